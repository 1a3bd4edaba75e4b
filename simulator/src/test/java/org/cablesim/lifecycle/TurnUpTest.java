package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.optics.GammaSums;
import org.cablesim.scenario.TurnUpSpec;
import org.cablesim.stats.Estimate;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;

/** Turn-up against exact references; statistical checks use 99.9 % intervals (0.1 % false-failure rate). */
class TurnUpTest {

    /*
     * 3 connections of Gamma(2, 0.2 dB) per lane, 4 independent lanes, fixed 0.05 dB, budget 2.05 dB, no dirt: a
     * lane fails when Gamma(6, 0.2) > 2.0 dB, P = Q(6, 10) = 0.0671; a link passes its first test with
     * (1 − P)^4 = 0.758.
     */
    @Test
    void firstPassYieldIsExactGammaTail() {
        GammaDistribution perPair = new GammaDistribution(2.0, 0.2);
        LifecyclePlant plant = TestPlants.withConnections(2000, 3, perPair, 0.05, 2.05, 4);
        LifecycleModel model = LifecycleModel.defaults().withOperations(
                TestPlants.quietOperations(java.util.Map.of()));
        LifecycleResult r = LifecycleSimulator.run(plant, model, new LifecycleSettings(10, 1, 3, 2));

        double lane = GammaSums.exactTail(3, perPair, 2.0);
        assertEquals(0.0671, lane, 1e-4);
        double expected = Math.pow(1 - lane, 4);
        Estimate yield = r.turnUp().firstPassYield();
        assertTrue(yield.covers(expected, 0.999), () -> yield + " vs exact " + expected);
        assertTrue(yield.halfWidth(0.999) < 0.02, "sharp enough to tell (1 - P)^4 from 1 - P");
    }

    /*
     * Dirt that adds no loss but raises reflectance from −60 to −30 dB with probability 0.3 per mating, judged by
     * the 802.3cd table (reflectances above −55 dB counted): one at −30 dB passes (≤ −25 dB for one), two do not
     * (≤ −31 dB each for two). A link of 2 connections passes first time iff not both are dirty: 1 − 0.3² = 0.91.
     */
    @Test
    void reflectanceFailsDirtyLinks() {
        LifecyclePlant plant = TestPlants.withConnections(2000, 2, new FixedDistribution(0.2), 0, 3.0, 4);
        ContaminationModel dirt = new ContaminationModel(0.3, true, new FixedDistribution(0), 30);
        LifecycleModel model = LifecycleModel.defaults().withOperations(
                TestPlants.quietOperations(java.util.Map.of()).withContamination(dirt));
        LifecycleResult r = LifecycleSimulator.run(plant, model, new LifecycleSettings(10, 1, 4, 2));
        Estimate yield = r.turnUp().firstPassYield();
        assertTrue(yield.covers(0.91, 0.999), () -> yield.toString());
    }

    /* 4 links of one 0.5 dB connection on a 1 dB budget all pass: 4 tests × 6 min = 24 min; 2 crews take 12 min. */
    @Test
    void labourAndDaysHandCalculated() {
        LifecyclePlant plant = TestPlants.withConnections(4, 1, new FixedDistribution(0.5), 0, 1.0, 1);
        LifecycleModel model = LifecycleModel.defaults()
                .withTurnUp(new TurnUpSpec(2, 2, 6, 10, 20))
                .withOperations(TestPlants.quietOperations(java.util.Map.of()));
        LifecycleResult r = LifecycleSimulator.run(plant, model, new LifecycleSettings(1, 1, 1, 1));
        assertEquals(1.0, r.turnUp().firstPassYield().mean());
        assertEquals(0.4, r.turnUp().labourHours().mean(), 1e-12);
        assertEquals(0.2 / 24, r.turnUp().daysToFullFabric().mean(), 1e-12);
        assertEquals(0.0, r.turnUp().reworkActions().mean());
    }

    /* Every mating leaves +1 dB of dirt on a 1 dB budget: no re-mate or replacement can help; turn-up reports it. */
    @Test
    void unreachableBudgetIsReported() {
        LifecyclePlant plant = TestPlants.withConnections(1, 1, new FixedDistribution(0.2), 0, 1.0, 1);
        ContaminationModel alwaysDirty = new ContaminationModel(1.0, true, new FixedDistribution(1.0), 0);
        LifecycleModel model = LifecycleModel.defaults().withOperations(
                TestPlants.quietOperations(java.util.Map.of()).withContamination(alwaysDirty));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LifecycleSimulator.run(plant, model, new LifecycleSettings(1, 1, 1, 1)));
        assertTrue(e.getMessage().contains("L0") && e.getMessage().contains("1000"), e.getMessage());
    }

    /* Connections well inside the budget: every link passes at once, labour is the tests alone. */
    @Test
    void cleanPlantNeedsNoRework() {
        LifecyclePlant plant = TestPlants.withConnections(10, 2, new FixedDistribution(0.2), 0.1, 1.0, 8);
        LifecycleModel model = LifecycleModel.defaults().withOperations(
                TestPlants.quietOperations(java.util.Map.of()));
        LifecycleResult r = LifecycleSimulator.run(plant, model, new LifecycleSettings(2, 1, 1, 1));
        assertEquals(1.0, r.turnUp().firstPassYield().mean());
        assertEquals(0.0, r.turnUp().reworkActions().mean());
        assertEquals(10 * LifecycleDefaults.TEST_MINUTES / 60, r.turnUp().labourHours().mean(), 1e-12);
        assertEquals(List.of(), r.upgrades());
    }
}
