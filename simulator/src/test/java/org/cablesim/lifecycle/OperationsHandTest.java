package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cablesim.scenario.FlapSpec;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PartKind;
import org.cablesim.scenario.SparesSpec;
import org.cablesim.scenario.TurnUpSpec;
import org.cablesim.stats.FixedDistribution;
import org.junit.jupiter.api.Test;

/** Deterministic operations (fixed failure and repair times) checked against hand calculations. */
class OperationsHandTest {
    private static final double HOUR_PER_YEAR = LifecycleSpec.HOURS_PER_YEAR;

    private static LifecycleResult run(LifecyclePlant plant, LifecycleModel model, double horizonHours) {
        return LifecycleSimulator.run(plant, model, new LifecycleSettings(1, horizonHours / 24, 1, 1));
    }

    /*
     * A transceiver fails 10 h after each (re)installation; a repair takes 1 h. Without misdiagnosis the cycle is
     * 11 h: failures at 10, 21, …, 109 (10 in 120 h), each 1 h down ⇒ availability 1 − 10/120. With every first
     * visit wrong (a cord swapped, 1 h) a second 1 h visit follows: cycle 12 h, failures at 10, …, 118 (10), each
     * 2 h down (the last ends exactly at the horizon) ⇒ 1 − 20/120. Failures count over the 3 links.
     */
    @Test
    void misdiagnosisAddsASecondVisit() {
        LifecyclePlant plant = TestPlants.ownParts(3, false, PartKind.TRANSCEIVER, PartKind.CORD);
        LifecycleModel right = TestPlants.quiet(PartKind.TRANSCEIVER, new FixedDistribution(10),
                new FixedDistribution(1));
        LifecycleResult r = run(plant, right, 120);
        assertEquals(1 - 10.0 / 120, r.availability().mean(), 1e-12);
        assertEquals(3 * 10 * HOUR_PER_YEAR / 120, r.failuresPerYear().get(FailureCause.TRANSCEIVER).mean(), 1e-9);
        assertEquals(3 * 10 * HOUR_PER_YEAR / 120, r.linkDownHoursPerYear().mean(), 1e-9);

        LifecycleModel wrong = right.withRepairs(right.repairs().withMisdiagnosisShare(1.0));
        LifecycleResult w = run(plant, wrong, 120);
        assertEquals(1 - 20.0 / 120, w.availability().mean(), 1e-12);
        assertEquals(3 * 10 * HOUR_PER_YEAR / 120, w.failuresPerYear().get(FailureCause.TRANSCEIVER).mean(), 1e-9);
    }

    /*
     * Two links A, B whose transceivers fail 10 h after installation, repairs 1 h, unlimited crews, but one spare
     * with a 50 h restock. t=10: both fail; A takes the spare (reorder due at 60), B waits. A is back at 11,
     * fails again at 21 and waits behind B. t=60: the spare goes to B (next reorder due at 110, after the
     * horizon), B is back at 61 and fails again at 71. A is down 10–11 and 21–100, B 10–61 and 71–100: 80 h each,
     * availability 1 − 160/200 = 0.2.
     * Day 0 (0–24 h): links down A 1 h + 3 h, B 14 h = 18 link-hours ⇒ 0.75; queued B 10–24, A 21–24 = 17 h
     * ⇒ 17/24; capacity (the tier is switch–switch, 2 links) = 1 − down/2 ⇒ 1 − 0.375. Last day (96–100 h):
     * both down and queued throughout. The one tier's up share equals the capacity on every day.
     */
    @Test
    void sparesQueueAndTimeline() {
        LifecyclePlant plant = TestPlants.ownParts(2, false, PartKind.TRANSCEIVER);
        LifecycleModel model = TestPlants.quiet(PartKind.TRANSCEIVER, new FixedDistribution(10),
                new FixedDistribution(1));
        model = model.withSpares(new SparesSpec(Map.of(PartKind.TRANSCEIVER, 1), 0, 50.0 / 24));
        LifecycleResult r = run(plant, model, 100);
        assertEquals(0.2, r.availability().mean(), 1e-12);
        List<TimelineDay> days = r.timeline();
        assertEquals(5, days.size());
        assertEquals(18.0 / 24, days.get(0).linksDown(), 1e-12);
        assertEquals(17.0 / 24, days.get(0).repairsQueued(), 1e-12);
        assertEquals(1 - 18.0 / 48, days.get(0).capacityFraction(), 1e-12);
        assertEquals(2.0, days.get(4).linksDown(), 1e-12);
        assertEquals(2.0, days.get(4).repairsQueued(), 1e-12);
        assertEquals(0.0, days.get(4).capacityFraction(), 1e-12);
        assertEquals(0.2, r.capacityFractionByTier().get("t0").mean(), 1e-12);
        for (TimelineDay day : days) {
            assertEquals(List.of("t0"), List.copyOf(day.upShareByTier().keySet()));
            assertEquals(day.capacityFraction(), day.upShareByTier().get("t0"), 1e-12);
        }
        assertEquals(1, r.perReplication().availability().size());
        assertEquals(0.2, r.perReplication().availability().get(0), 1e-12);
    }

    /*
     * One server (8 GPUs, one job on all of them), its link's transceiver fails 10 h after installation and is
     * repaired in 1 h (> 1 min tolerance). Interruptions at 10 h + 1 min, then every 11 h: 10 in 120 h. The job
     * checkpoints every 2 h from each restart (0.5 h): the first interruption loses 8 × (1/60 + 0.5) GPU h; each
     * later one comes 10.5 h after the restart ends, 0.5 h after a checkpoint: 8 × (0.5 + 0.5). A 30 s repair
     * (under the tolerance) interrupts nothing.
     */
    @Test
    void jobInterruptionsHandCalculated() {
        LifecyclePlant plant = TestPlants.ownParts(1, true, PartKind.TRANSCEIVER);
        LifecycleModel model = TestPlants.quiet(PartKind.TRANSCEIVER, new FixedDistribution(10),
                new FixedDistribution(1)).withJobs(new JobModel(8, 0, 2, 0.5, 1.0 / 60));
        LifecycleResult r = run(plant, model, 120);
        double years = 120 / HOUR_PER_YEAR;
        assertEquals(10 / years, r.jobInterruptionsPerYear().mean(), 1e-9);
        double lost = 8 * (1.0 / 60 + 0.5) + 9 * 8 * 1.0;
        assertEquals(lost / years, r.lostGpuHoursPerYear().mean(), 1e-6);

        LifecycleModel quick = TestPlants.quiet(PartKind.TRANSCEIVER, new FixedDistribution(10),
                new FixedDistribution(0.5 / 60)).withJobs(new JobModel(8, 0, 2, 0.5, 1.0 / 60));
        assertEquals(0.0, run(plant, quick, 120).jobInterruptionsPerYear().mean());
    }

    /*
     * Flaps of exactly 2 min at 8,766 per link-year (1 per hour on average) on one server link: every flap
     * outlasts the 1 min tolerance, so each interrupts the job; each adds 2 min of link-down time.
     */
    @Test
    void longFlapsInterruptJobs() {
        LifecyclePlant plant = TestPlants.ownParts(1, true, PartKind.TRANSCEIVER);
        LifecycleModel model = LifecycleModel.defaults()
                .withOperations(TestPlants.quietOperations(Map.of())
                        .withFlaps(new FlapSpec(HOUR_PER_YEAR, new FixedDistribution(2.0 / 60))))
                .withRepairs(TestPlants.instantRepairs(new FixedDistribution(1))).withSpares(SparesSpec.unlimited())
                .withJobs(new JobModel(8, 0, 2, 0.5, 1.0 / 60));
        LifecycleResult r = run(plant, model, 1000);
        double flaps = r.failuresPerYear().get(FailureCause.FLAP).mean();
        assertEquals(flaps, r.jobInterruptionsPerYear().mean(), 1e-9);
        assertEquals(flaps * 2.0 / 60, r.linkDownHoursPerYear().mean(), 1e-6);
    }

    /*
     * Ageing: 2 connections of fixed 0.5 dB, budget 2.0 dB, drift 0.5 dB per connection-year. The worst lane is
     * 1.0 + 2 × 0.5 dB/yr × t: it crosses the budget at exactly 1 year. The crew (instant detection and travel)
     * re-mates the worst connection in 10 min, resetting its drift: loss 1.0 + 0.5 = 1.5 dB. The next crossing
     * is at (1 + 2)/2 = 1.5 years, after the 1.25-year horizon: one ageing outage of 10 min.
     */
    @Test
    void ageingCrossesTheBudgetOnTime() {
        LifecyclePlant plant = TestPlants.withConnections(1, 2, new FixedDistribution(0.5), 0, 2.0, 4);
        LifecycleModel model = LifecycleModel.defaults()
                .withTurnUp(new TurnUpSpec(1, 2, 5, 10, 20))
                .withOperations(TestPlants.quietOperations(Map.of()).withAgeing(0.5))
                .withRepairs(TestPlants.instantRepairs(new FixedDistribution(1))).withSpares(SparesSpec.unlimited());
        double horizon = 1.25 * HOUR_PER_YEAR;
        LifecycleResult r = run(plant, model, horizon);
        double years = 1.25;
        assertEquals(1 / years, r.failuresPerYear().get(FailureCause.AGEING).mean(), 1e-9);
        assertEquals(10.0 / 60 / years, r.linkDownHoursPerYear().mean(), 1e-6);
        assertEquals(1 - 10.0 / 60 / horizon, r.availability().mean(), 1e-12);
    }
}
