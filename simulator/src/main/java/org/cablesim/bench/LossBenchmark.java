package org.cablesim.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.LossClassChoice;
import org.cablesim.scenario.LossMethod;
import org.cablesim.scenario.MonteCarloSpec;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;
import org.cablesim.study.PlanLoss;
import org.cablesim.study.PlanLossEstimator;
import org.cablesim.study.PlanLossInputs;

/**
 * Times the installation-loss estimate of every link of the {@link PlantBenchmark} fabric at rare-event accuracy
 * ({@code method: rare-event}, 10 % relative half-width on every class's P(fail)). The plan is the plant
 * benchmark's representative one with low-loss MPO panel adapters ({@code mpo-low-loss}) and the two MDI
 * matings counted at {@code mpo-standard}: two gamma scales in one channel, so no class has the closed form
 * and every class goes to importance sampling, the hardest case for the engine. Routing is not timed.
 *
 * <p>Measured on the project machine (2 shared cores, OpenJDK 17, seed 1): 100,352 GPUs, 203,776 links, 307,200
 * channels in 40 classes, 17.1 M trials: building the channels 0.4–0.5 s, estimating 3.1–3.3 s with 2 threads
 * (4.4 s with 1); about 10 s in total while other builds loaded both cores.
 */
public final class LossBenchmark {
    /** Plain trials per class (margins), as a scenario's default {@code montecarlo.trials}. */
    public static final long PLAIN_TRIALS = 100_000;

    /**
     * One measurement.
     *
     * @param gpus            GPUs in the fabric
     * @param links           logical links
     * @param channels        routed channels estimated (one per MDI)
     * @param classes         link classes
     * @param classesByMethod classes per estimation method
     * @param trials          trials run (plain and importance sampling)
     * @param threads         worker threads
     * @param expectedFailingLinks expected links failing at installation
     * @param linkFailureProbability mean P(link fails)
     * @param inputSeconds    time to build the channels from the routed plan, s
     * @param estimateSeconds time to classify and estimate, s
     */
    public record Result(long gpus, int links, int channels, int classes, Map<String, Integer> classesByMethod,
            long trials, int threads, double expectedFailingLinks, double linkFailureProbability, double inputSeconds,
            double estimateSeconds) {
        public Result {
            classesByMethod = Map.copyOf(classesByMethod);
        }

        /** @return input building plus estimation, s */
        public double lossSeconds() {
            return inputSeconds + estimateSeconds;
        }
    }

    private LossBenchmark() {
    }

    /**
     * Routes the benchmark plan (untimed) and times its loss estimate.
     *
     * @param gpus    GPUs wanted, ≥ 1 (whole scalable units of 1,024 GPUs)
     * @param seed    master seed of the estimate
     * @param threads worker threads, ≥ 1
     * @return the measurement
     */
    public static Result run(long gpus, long seed, int threads) {
        PlantBenchmark.Setup setup = PlantBenchmark.setup(gpus);
        TierCabling d = TierCabling.defaults();
        TierCabling lowLossAdapters = d.withLossClasses(new LossClassChoice(Optional.of("mpo-standard"),
                Optional.of("mpo-low-loss"), Optional.empty()));
        Map<String, TierCabling> tiers = new HashMap<>();
        for (TierSpec t : setup.fabric().tiers()) {
            tiers.put(t.name(), lowLossAdapters);
        }
        PlanSpec plan = new PlanSpec("bench-loss", "", tiers, CapacityPolicy.ADD);
        CablingPlan routed = new ShortestTrayRouter().route(setup.fabric(), setup.floor(), setup.catalog(), plan);
        MonteCarloSpec spec = new MonteCarloSpec(PLAIN_TRIALS, LossMethod.RARE_EVENT, true);

        long t0 = System.nanoTime();
        PlanLossInputs.Inputs inputs = PlanLossInputs.of(routed, true);
        long t1 = System.nanoTime();
        PlanLoss loss = new PlanLossEstimator(spec, threads).estimate(inputs, routed.fabric().links(), seed);
        long t2 = System.nanoTime();
        return new Result(routed.fabric().gpus(), routed.linkCount(), inputs.channels().size(), loss.classes().size(),
                loss.classesByMethod(), loss.trialsSpent(), threads, loss.summary().plan().expectedFailingLinks(),
                loss.summary().plan().meanLinkFailureProbability(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
