package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.TierCabling;
import org.junit.jupiter.api.Test;

/** Every plan field reaches the domain records; unlisted tiers and fields take the documented defaults. */
class PlansReaderTest {
    private static final String HEAD = """
            schemaVersion: 1
            name: plans
            cluster: {servers: 64}
            fabric:
              topology: rail-optimized
              switchRadix: 64
              switchPortSpeedGbps: 800
              serversPerUnit: 32
              tiers:
                - {pmd: 400GBASE-DR4, linkSpeedGbps: 400, breakout: 2}
                - {pmd: 800G-2xDR4}
            """;

    @Test
    void readsEveryField() throws InvalidInputException {
        Scenario s = ScenarioReader.read(HEAD + """
                plans:
                  - name: full
                    onCapacityExhausted: fail
                    tiers:
                      leaf-spine:
                        architecture: cross-connect
                        pmd: 800GBASE-DR8
                        fibre: OS2
                        polish: APC
                        polarityMethod: A
                        adapterType: A
                        slackPerEndM: 2.5
                        trunk: {connector: MPO-16, legs: 9, type: A, legsReversed: true, gender: pinned,
                                polish: APC, perPanelPair: 2}
                        cords:
                          lower: {type: A, connector: MPO-16, equipmentGender: unpinned, panelGender: unpinned}
                          upper: {type: B, polish: APC}
                        jumpers: {type: A, equipmentSideGender: pinned, trunkSideGender: unpinned, polish: APC}
                        panels: {placement: network-rack, portsPerRu: 24, ruPerPanel: 2, perLocation: 3}
                        lossClasses: {mdi: grade-B, adapter: grade-C, cassette: mpo-low-loss}
                """, "yaml", null);
        PlanSpec plan = s.plans().get(0);
        assertEquals(CapacityPolicy.FAIL, plan.onCapacityExhausted());
        TierCabling t = plan.tier("leaf-spine");
        assertEquals(Architecture.CROSS_CONNECT, t.architecture());
        assertEquals(Optional.of("800GBASE-DR8"), t.pmdId());
        assertEquals(Optional.of("OS2"), t.fibreTypeId());
        assertEquals(Optional.of(Polish.APC), t.polish());
        assertEquals(java.util.Optional.of(PolarityMethod.A), t.polarityMethod());
        assertEquals(Optional.of(AdapterKeying.KEY_UP_KEY_DOWN), t.adapterType());
        assertEquals(2.5, t.slackPerEndM(), 0);
        assertEquals(Optional.of("MPO-16"), t.trunk().connectorId());
        assertEquals(OptionalInt.of(9), t.trunk().legs());
        assertEquals(Optional.of(PolarityType.A), t.trunk().type());
        assertTrue(t.trunk().legsReversed());
        assertEquals(Optional.of(Gender.PINNED), t.trunk().gender());
        assertEquals(2, t.trunk().perPanelPair());
        assertEquals(Optional.of(PolarityType.A), t.lowerCord().type());
        assertEquals(Optional.of(Gender.UNPINNED), t.lowerCord().panelGender());
        assertEquals(Optional.of(PolarityType.B), t.upperCord().type());
        assertEquals(Optional.empty(), t.upperCord().connectorId());
        assertEquals(Optional.of(Gender.PINNED), t.jumpers().equipmentSideGender());
        assertEquals(PanelPlacement.NETWORK_RACK, t.panels().placement());
        assertEquals(48, t.panels().portsPerPanel());
        assertEquals(3, t.panels().perLocation());
        assertEquals(Optional.of("grade-C"), t.lossClasses().adapter());
        // server-leaf is not listed: defaults.
        assertEquals(TierCabling.defaults(), plan.tier("server-leaf"));
    }

    @Test
    void absentPlansGiveOneDefaultBaseline() throws InvalidInputException {
        Scenario s = ScenarioReader.read(HEAD, "yaml", null);
        assertEquals(1, s.plans().size());
        assertEquals("baseline", s.plans().get(0).name());
        assertEquals(CapacityPolicy.ADD, s.plans().get(0).onCapacityExhausted());
        assertTrue(s.plans().get(0).tiers().isEmpty());
    }
}
