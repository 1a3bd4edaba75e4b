package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.scenario.CleaningChoice;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.RepairSpec;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.WeibullDistribution;
import org.junit.jupiter.api.Test;

/** Results depend on the seed and the inputs only, never on the thread count. */
class ReproducibilityTest {

    /** Every mechanism on: limited crews and spares, misdiagnosis, dirt, ageing, flaps, disturbance, an upgrade. */
    static LifecycleModel busyModel() {
        LifecycleModel d = LifecycleModel.defaults();
        java.util.EnumMap<PartKind, Distribution> laws = new java.util.EnumMap<>(PartKind.class);
        laws.put(PartKind.TRANSCEIVER, new WeibullDistribution(0.7, 20_000));
        laws.put(PartKind.CORD, new FailureLawSpec(0.5, 1).timeToFailureHours());
        laws.put(PartKind.TRUNK, new FailureLawSpec(0.05, 1).timeToFailureHours());
        laws.put(PartKind.SWITCH_PORT, new FailureLawSpec(0.1, 1).timeToFailureHours());
        OperationsModel ops = d.operations().withFailures(laws)
                .withContamination(ContaminationModel.forPolicy(CleaningChoice.CLEAN_ONLY)).withAgeing(0.05);
        RepairSpec repairs = d.repairs().withCrews(2);
        SparesSpec spares = new SparesSpec(Map.of(PartKind.CORD, 1), 0.005, 10);
        UpgradeWave wave = new UpgradeWave("to-800G", 100, 1, "400GBASE-DR4", "800GBASE-DR8", 2,
                // links are the fabric's in order (index i is L<i+1>): every third is re-cabled
                (link, from, to) -> new UpgradeDecision((link + 1) % 3 != 0, 2.8),
                new UpgradeCosts(20, 90, 1000, 150, 120));
        return d.withOperations(ops).withRepairs(repairs).withSpares(spares).withJobs(new JobModel(8, 64, 2, 0.5, 1.0 / 60))
                .withUpgrades(List.of(wave));
    }

    @Test
    void identicalForOneAndTwoThreads() {
        LifecyclePlant plant = LifecyclePlants.fromFabric(TestFabrics.rail(64, 2), PlantShape.defaults());
        LifecycleModel model = busyModel();
        LifecycleResult one = LifecycleSimulator.run(plant, model, new LifecycleSettings(4, 200, 7, 1));
        LifecycleResult two = LifecycleSimulator.run(plant, model, new LifecycleSettings(4, 200, 7, 2));
        LifecycleResult three = LifecycleSimulator.run(plant, model, new LifecycleSettings(4, 200, 7, 3));
        assertEquals(one, two);
        assertEquals(one.toString(), two.toString());
        assertEquals(one, three);
        // The model really exercised its mechanisms (so equality is not vacuous).
        assertTrue(one.failuresPerYear().get(FailureCause.CORD).mean() > 0);
        assertTrue(one.disturbedRematingsPerYear().mean() > 0);
        assertTrue(one.jobInterruptionsPerYear().mean() > 0);
        assertEquals(1, one.upgrades().size());
        assertTrue(one.upgrades().get(0).newCables().mean() > 0);
        assertEquals(200, one.timeline().size());
    }

    @Test
    void seedMatters() {
        LifecyclePlant plant = LifecyclePlants.fromFabric(TestFabrics.rail(32, 2), PlantShape.defaults());
        LifecycleModel model = busyModel();
        LifecycleResult a = LifecycleSimulator.run(plant, model, new LifecycleSettings(2, 150, 1, 1));
        LifecycleResult b = LifecycleSimulator.run(plant, model, new LifecycleSettings(2, 150, 2, 1));
        assertNotEquals(a.availability(), b.availability());
        assertEquals(1L, a.seed());
    }

    /*
     * Common random numbers: streams are named by meaning, so two variants that differ only in operation
     * (crews, cleaning policy) share the turn-up draws exactly, and their operation results differ.
     */
    @Test
    void variantsShareTheirTurnUpDraws() {
        LifecyclePlant plant = LifecyclePlants.fromFabric(TestFabrics.rail(32, 2), PlantShape.defaults());
        LifecycleModel model = busyModel();
        LifecycleModel other = model.withRepairs(model.repairs().withCrews(1))
                .withOperations(model.operations().withAgeing(0.2));
        LifecycleResult a = LifecycleSimulator.run(plant, model, new LifecycleSettings(3, 150, 5, 2));
        LifecycleResult b = LifecycleSimulator.run(plant, other, new LifecycleSettings(3, 150, 5, 2));
        assertEquals(a.turnUp(), b.turnUp());
        assertNotEquals(a.failuresPerYear(), b.failuresPerYear());
    }
}
