package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cablesim.scenario.CleaningChoice;
import org.cablesim.scenario.FailureLawSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.FixedDistribution;
import org.junit.jupiter.api.Test;

/** Shared trunks: work on one link's connection re-mates its neighbours on the same trunk end. */
class DisturbanceTest {

    private static LifecycleResult run(boolean disturbance) {
        LifecyclePlant plant = LifecyclePlants.fromFabric(TestFabrics.rail(32, 2), PlantShape.defaults());
        // Cords fail often; each cord swap re-mates the cord–trunk connection at a trunk end shared by up to 16
        // links; without cleaning a third of matings are dirty (+0.5…3 dB), enough to push neighbours over 3 dB.
        OperationsModel ops = TestPlants.quietOperations(
                        TestPlants.fails(PartKind.CORD, new FailureLawSpec(1.0, 1).timeToFailureHours()))
                .withContamination(ContaminationModel.forPolicy(CleaningChoice.NONE))
                .withNeighbourDisturbance(disturbance);
        LifecycleModel model = LifecycleModel.defaults().withOperations(ops)
                .withRepairs(LifecycleDefaults.repair().withMisdiagnosisShare(0));
        return LifecycleSimulator.run(plant, model, new LifecycleSettings(2, 120, 21, 2));
    }

    @Test
    void repairsDisturbNeighboursOnlyWhenEnabled() {
        LifecycleResult on = run(true);
        LifecycleResult off = run(false);
        assertTrue(on.failuresPerYear().get(FailureCause.CORD).mean() > 100, "enough cord repairs to see it");
        assertTrue(on.disturbedRematingsPerYear().mean() > 0);
        assertEquals(0.0, off.disturbedRematingsPerYear().mean());
        // Disturbed neighbours that go over budget are correlated outages; without disturbance a crew leaves
        // every link it touched passing, so no link fails after a mating.
        assertTrue(on.failuresPerYear().get(FailureCause.CONTAMINATION).mean() > 0);
        assertEquals(0.0, off.failuresPerYear().get(FailureCause.CONTAMINATION).mean());
        assertTrue(on.availability().mean() < off.availability().mean());
    }

    /*
     * Hand count: one trunk end shared by 3 links (A, B, C), each with one connection on it mated to its own cord.
     * Every cord fails 10 h after installation and is swapped in 1 h (next failure at 21 h, after the 15 h
     * horizon): 3 swaps, each re-mating its own connection and disturbing the other two ⇒ 6 disturbed re-matings.
     */
    @Test
    void oneSwapDisturbsEachNeighbourOnce() {
        LifecyclePlant.Builder b = LifecyclePlant.builder();
        for (String id : new String[] {"A", "B", "C"}) {
            b.component("cord-" + id, PartKind.CORD, id);
            b.link(TestLinks.link(id, 0, "t0", false, null, java.util.List.of("cord-" + id), java.util.List.of(TestLinks.conn(id + ":c", "trunk-1:a", java.util.List.of("cord-" + id), new FixedDistribution(0.3), -60, 4)), 0.1, 3.0, 4));
        }
        LifecyclePlant plant = b.build();
        java.util.EnumMap<PartKind, Distribution> laws = new java.util.EnumMap<>(PartKind.class);
        laws.put(PartKind.CORD, new FixedDistribution(10));
        LifecycleModel model = LifecycleModel.defaults()
                .withOperations(TestPlants.quietOperations(laws).withNeighbourDisturbance(true))
                .withRepairs(TestPlants.instantRepairs(new FixedDistribution(1))).withSpares(SparesSpec.unlimited());
        LifecycleResult r = LifecycleSimulator.run(plant, model, new LifecycleSettings(1, 15.0 / 24, 1, 1));
        double years = 15 / LifecycleSpec.HOURS_PER_YEAR;
        assertEquals(3 / years, r.failuresPerYear().get(FailureCause.CORD).mean(), 1e-9);
        assertEquals(6 / years, r.disturbedRematingsPerYear().mean(), 1e-9);
    }
}
