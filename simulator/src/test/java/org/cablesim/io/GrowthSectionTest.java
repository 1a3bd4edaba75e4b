package org.cablesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code growth} section and the plans' {@code provision} choices. */
class GrowthSectionTest {
    private static final String BASE = """
            schemaVersion: 1
            name: grow
            cluster: {servers: 128}
            fabric:
              topology: rail-optimized
              switchRadix: 64
              switchPortSpeedGbps: 400
              serversPerUnit: 32
              tiers:
                - {name: server-leaf, pmd: 400GBASE-DR4}
                - {name: leaf-spine, pmd: 400GBASE-DR4}
                - {name: spine-core, pmd: 400GBASE-DR4}
            plans:
              - name: as-needed
              - name: prewired
                provision: final-size
              - name: spine-only
                tiers:
                  leaf-spine: {provision: final-size}
            lifecycle: {horizonDays: 1000}
            """;

    @Test
    void phasesAreSizedByServersOrUnitsAbsoluteOrAdded() throws InvalidInputException {
        Scenario s = ScenarioReader.read(BASE + """
                growth:
                  capitalCostPerYear: 0.1
                  phases:
                    - {name: 8su, day: 100, units: 8, crews: 3}
                    - {day: 200, addUnits: 4}
                    - {day: 300, addServers: 32}
                    - {name: big, day: 400, servers: 1024}
                """, "yaml", null);
        GrowthSpec g = s.growth();
        assertEquals(List.of(new GrowthPhaseSpec("8su", 100, 256, 3), new GrowthPhaseSpec("phase-2", 200, 384, 8),
                new GrowthPhaseSpec("phase-3", 300, 416, 8), new GrowthPhaseSpec("big", 400, 1024, 8)), g.phases());
        assertEquals(0.1, g.capitalCostPerYear());
        assertEquals(GrowthSpec.DEFAULT_GPU_HOUR_USD, g.gpuHourUsd());
    }

    @Test
    void plansStateTheirProvisionPerTier() throws InvalidInputException {
        Scenario s = ScenarioReader.read(BASE, "yaml", null);
        assertEquals(GrowthSpec.NONE, s.growth());
        assertEquals(Provision.PER_PHASE, s.plans().get(0).provision().forTier("leaf-spine"));
        assertEquals(Provision.FINAL_SIZE, s.plans().get(1).provision().forTier("server-leaf"));
        assertEquals(Map.of("leaf-spine", Provision.FINAL_SIZE), s.plans().get(2).provision().byTier());
        assertEquals(Provision.PER_PHASE, s.plans().get(2).provision().forTier("spine-core"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{day: 100}|growth.phases[0]|give exactly one of servers, addServers, units or addUnits (had 0)",
        "{day: 100, servers: 256, units: 8}|growth.phases[0]|give exactly one of servers, addServers, units or"
                + " addUnits (had 2)",
        "{day: 100, servers: 128}|growth.phases[0].servers|a growth phase must add servers: 128 servers is not"
                + " more than the 128 before it",
        "{day: 1000, addUnits: 1}|growth.phases[0].day|must be before lifecycle.horizonDays (1000), was 1000",
        "{day: 0, addUnits: 1}|growth.phases[0].day|must be in (0, 36500], was 0",
        "{day: 10, addUnits: 1, colour: red}|growth.phases[0].colour|unknown field 'colour'",
    })
    void badPhasesAreReportedAtTheirPath(String phase, String path, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read(BASE + "growth:\n  phases:\n    - " + phase + "\n", "yaml", null));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        Problem p = e.problems().get(0);
        assertEquals(path, p.path());
        assertTrue(p.message().startsWith(message), p.message());
    }

    @Test
    void phasesMustComeInDayOrderAndUnitsNeedAScalableUnit() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioReader.read(BASE
                + "growth:\n  phases:\n    - {day: 200, addUnits: 1}\n    - {day: 100, addUnits: 1}\n", "yaml", null));
        assertEquals("growth.phases[1].day", e.problems().get(0).path());
        assertEquals("must be after the phase before (day 200), was 100", e.problems().get(0).message());

        String leafSpine = BASE.replace("topology: rail-optimized", "topology: leaf-spine")
                .replace("  serversPerUnit: 32\n", "");
        InvalidInputException units = assertThrows(InvalidInputException.class, () -> ScenarioReader.read(
                leafSpine + "growth:\n  phases:\n    - {day: 100, units: 8}\n", "yaml", null));
        assertEquals("growth.phases[0].units", units.problems().get(0).path());
        assertTrue(units.problems().get(0).message().startsWith("scalable units need fabric.serversPerUnit > 0"));
    }

    @Test
    void aBadProvisionNamesTheChoices() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioReader.read(
                BASE.replace("provision: final-size\n", "provision: day-one\n"), "yaml", null));
        assertEquals("plans[1].provision", e.problems().get(0).path());
        assertEquals("unknown value 'day-one' (expected one of: per-phase, final-size)", e.problems().get(0).message());
    }
}
