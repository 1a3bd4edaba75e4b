package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LossClass;
import org.cablesim.stats.Family;
import org.cablesim.io.LoadedScenario;
import org.cablesim.lifecycle.UpgradeDecision;
import org.junit.jupiter.api.Test;

/** Which PMDs the installed cabling carries without re-cabling: hand cases on the tiny fabrics. */
class PlantUpgradeFeasibilityTest {
    private static final LoadedScenario TINY = StudyFixtures.load("tiny.yaml");
    private static final LoadedScenario TWIN = StudyFixtures.load("twin.yaml");
    private static final List<String> MPO12_ONE_MDI = List.of("400GBASE-DR4", "800GBASE-DR4", "NDR200");

    private static PlantUpgradeFeasibility feasibility(LoadedScenario s, String plan) {
        return new PlantUpgradeFeasibility(PlanLifecycleInputs.of(StudyFixtures.route(s, plan), false));
    }

    /*
     * DR4 on base-12 MPO-12 (Tx 1–4, Rx 9–12 on a centre-keyed 12-fibre APC ferrule): carries the one-MDI MPO-12 SM
     * APC PMDs whose lanes land there: 400GBASE-DR4, the 200G-per-lane 800GBASE-DR4 (same positions and budget) and
     * NDR200 (Tx 1-2 / Rx 11-12, within its 100 m). Not 800GBASE-DR8 / 1.6TBASE-DR8 / 800G-PSM8 (MPO-16: offset key,
     * 16 positions), not the two-MDI 800G-2xDR4 or 800GBASE-DR8-2xMPO12 (one channel per link), not LC duplex PMDs;
     * multimode PMDs not considered.
     */
    @Test
    void dr4OnBase12CarriesOnlyDr4() {
        PlantUpgradeFeasibility f = feasibility(TINY, "interconnect");
        assertEquals(Map.of("server-leaf", MPO12_ONE_MDI, "leaf-spine", MPO12_ONE_MDI), f.readinessByTier());
        Catalog catalog = TINY.scenario().catalog();
        assertTrue(f.carries(0, catalog.pmd("400GBASE-DR4")));
        assertFalse(f.carries(0, catalog.pmd("800GBASE-DR8")));
        assertFalse(f.carries(0, catalog.pmd("800G-2xDR4")));
        assertFalse(f.carries(0, catalog.pmd("100GBASE-SR4")));
    }

    /* Direct MPO-12 assemblies, cassettes and cross-connects are all MPO-12 at the MDI: DR4 again, and only DR4. */
    @Test
    void everyMpo12ArchitectureCarriesDr4() {
        for (String plan : List.of("direct", "cassettes", "xconnect")) {
            assertEquals(Map.of("server-leaf", MPO12_ONE_MDI, "leaf-spine", MPO12_ONE_MDI),
                    feasibility(TINY, plan).readinessByTier(), plan);
        }
    }

    /*
     * Twin-port 2×DR4 on two MPO-12 legs carries the other two-MDI MPO-12 PMDs (1.6T twin-port 2×DR4,
     * 800GBASE-DR8-2xMPO12) but not native DR8 on MPO-16; base-16 native DR8 carries every MPO-16 SM APC PMD
     * (1.6TBASE-DR8, 800G-PSM8 within its 100 m: the channels are 19 m; 800GBASE-DR8-2 within its 2 km) but no
     * MPO-12 one.
     */
    @Test
    void twinPortAndNativeDr8() {
        assertEquals(Map.of("server-leaf", MPO12_ONE_MDI,
                        "leaf-spine", List.of("1.6T-2xDR4", "800G-2xDR4", "800GBASE-DR8-2xMPO12")),
                feasibility(TWIN, "base12").readinessByTier());
        assertEquals(List.of("1.6TBASE-DR8", "800G-PSM8", "800GBASE-DR8", "800GBASE-DR8-2"),
                feasibility(TWIN, "base16-dr8").readinessByTier().get("leaf-spine"));
    }

    /*
     * The mean-loss rule: two panel adapters of mean m plus 14 m (server–leaf) or 19 m (leaf–spine) of OS2 fibre
     * must stay within DR4's 3.0 dB (800GBASE-DR4's too; NDR200's 2.8 dB is exceeded). With m = 1.49 dB: 2.98 +
     * 19 m × 0.4 dB/km = 2.988 dB, carried; with m = 1.5:
     * 3.0 + 0.0056 > 3.0 on every link, re-cable.
     */
    @Test
    void meanLossAgainstTheNewBudget() {
        double attenuation = TINY.scenario().catalog().fibre("OS2").attenuationDbPerKm();
        assertEquals(0.4, attenuation, 1e-12, "the hand figures above assume OS2 at 0.4 dB/km");
        assertEquals(List.of("400GBASE-DR4", "800GBASE-DR4"),
                withAdapterMean(1.49).readinessByTier().get("leaf-spine"));
        assertEquals(List.of(), withAdapterMean(1.5).readinessByTier().get("leaf-spine"));
        assertEquals(List.of(), withAdapterMean(1.5).readinessByTier().get("server-leaf"));
    }

    private static PlantUpgradeFeasibility withAdapterMean(double meanDb) {
        Catalog catalog = TINY.scenario().catalog().toBuilder()
                .lossClass(new LossClass("mpo-standard", meanDb, 2 * meanDb, 97, Family.GAMMA, Map.of(), "test"))
                .build();
        return new PlantUpgradeFeasibility(PlanLifecycleInputs.of(
                StudyFixtures.route(TINY, "interconnect", catalog), false));
    }

    /*
     * A reused link gets the new PMD's budget; a re-cabled one that budget, or its fibre loss plus the new
     * connection allocation if more (DR8: 3.0 vs 0.0076 + 2.75: 3.0).
     */
    @Test
    void decisionsCarryTheNewBudget() {
        PlanLifecycleInputs inputs = PlanLifecycleInputs.of(StudyFixtures.route(TINY, "interconnect"), false);
        PlantUpgradeFeasibility f = new PlantUpgradeFeasibility(inputs);
        int spine = 8;
        assertEquals("L000009", inputs.plant().links().get(spine).linkId());
        assertEquals(new UpgradeDecision(true, 3.0), f.assess(spine, "400GBASE-DR4", "400GBASE-DR4"));
        assertEquals(new UpgradeDecision(false, 3.0), f.assess(spine, "400GBASE-DR4", "800GBASE-DR8"));
    }
}
