package org.cablesim.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.CablingRouter;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.stats.Checks;
import org.cablesim.topology.FabricGrowth;
import org.cablesim.topology.LogicalFabric;

/** Runs every plan variant of a scenario through the pipeline stages and collects their results. */
public final class StudyRunner {
    private final int threads;

    /**
     * @param threads worker threads for parallel stages, ≥ 1; results do not depend on it
     */
    public StudyRunner(int threads) {
        Checks.atLeast("threads", threads, 1);
        this.threads = threads;
    }

    /** Worker threads this runner uses. */
    public int threads() {
        return threads;
    }

    /**
     * Runs all plans of {@code scenario} on the already generated {@code fabric}: routes each plan's plant,
     * estimates its installation loss and simulates its lifecycle, then compares every other plan with the
     * baseline (loss and lifecycle, each with common random numbers) and decides which plan to recommend
     * ({@link CheapestUndominatedRule}). A growing cluster's plans run over every phase ({@code fabric} is then
     * the last phase's), and their cost is the horizon cost of growing with them.
     *
     * @throws org.cablesim.plant.PlantConfigurationException when a plan's cabling cannot be built
     */
    public StudyResult run(Scenario scenario, LogicalFabric fabric, long seed, Provenance provenance) {
        return run(scenario, fabric, seed, provenance, ProgressListener.NONE);
    }

    /**
     * As {@link #run(Scenario, LogicalFabric, long, Provenance)}, reporting each plan's stages ({@code <plan>:
     * route and check}, {@code loss}, {@code lifecycle} with one unit per replication) to {@code progress}.
     */
    public StudyResult run(Scenario scenario, LogicalFabric fabric, long seed, Provenance provenance,
            ProgressListener progress) {
        FabricSummary fabricSummary = FabricSummary.of(fabric);
        CablingRouter router = new ShortestTrayRouter(threads);
        FabricGrowth growth = StudyPreparation.growth(scenario);
        List<Callable<PlanResult>> work = new ArrayList<>();
        // a study of several plans checks the shape of its uncertain loss classes: each plan's re-estimates run
        // alongside its lifecycle, stored by plan index
        boolean checksShape = scenario.plans().size() > 1;
        List<ShapeRobustness.Reestimates> reestimated = new ArrayList<>(Collections.nCopies(scenario.plans().size(),
                null));
        for (PlanSpec plan : scenario.plans()) {
            int index = work.size();
            work.add(() -> {
                if (growth != null) {
                    return GrowthPlanRun.run(scenario, growth, plan, seed, threads, progress);
                }
                progress.stage(plan.name() + ": route and check " + fabric.links().size() + " links", 0);
                CablingPlan cabling = router.route(fabric, scenario.floor(), scenario.catalog(), plan);
                progress.stage(plan.name() + ": loss", 0);
                return alongside(() -> {
                    PlanLoss loss = new PlanLossEstimator(scenario.montecarlo(), threads).estimate(cabling, seed);
                    if (checksShape) {
                        reestimated.set(index, ShapeRobustness.reestimate(cabling, scenario, seed, threads));
                    }
                    return loss;
                }, loss -> {
                    String lifecycle = plan.name() + ": lifecycle replications";
                    progress.stage(lifecycle, scenario.lifecycle().replications());
                    PlantSummary plant = PlantSummary.of(cabling, scenario.lifecycle().spares());
                    PlanLifecycle life = PlanLifecycleRunner.run(cabling, scenario, seed, threads,
                            () -> progress.advance(lifecycle, 1));
                    return new PlanResult(plan.name(), plan.description(), fabricSummary, plant, cabling,
                            loss.get(), life);
                });
            });
        }
        List<PlanResult> plans = runAll(work);
        String baseline = scenario.study().baselinePlan();
        List<PlanDifference> differences = new ArrayList<>(lossDifferences(plans, baseline, seed));
        differences.addAll(PairedDifferences.against(baseline, plans));
        Recommendation recommendation = CheapestUndominatedRule.decide(
                plans.stream().map(PlanFigures::of).toList(), baseline, differences);
        Comparison comparison = new Comparison(baseline, differences, recommendation, Optional.empty());
        if (plans.size() > 1) {
            progress.stage("robustness to connector-loss shape", 0);
        }
        Optional<ShapeRobustness> robustness = ShapeRobustness.of(plans, comparison, scenario, seed, threads,
                reestimated);
        return new StudyResult(scenario.name(), seed, provenance, plans, comparison.withRobustness(robustness));
    }

    private List<PlanDifference> lossDifferences(List<PlanResult> plans, String baseline, long seed) {
        return lossDifferences(plans, baseline, seed, threads);
    }

    /** Every other plan against the baseline, in plan order, with common random numbers (one seed). */
    static List<PlanDifference> lossDifferences(List<PlanResult> plans, String baseline, long seed, int threads) {
        PlanResult base = plans.stream().filter(p -> p.name().equals(baseline)).findFirst().orElseThrow();
        List<PlanDifference> out = new ArrayList<>();
        for (PlanResult p : plans) {
            if (p != base) {
                out.addAll(LossComparisons.differences(p.name(), p.loss(), base.loss(), seed, seed, threads));
            }
        }
        return out;
    }

    /** Runs independent plan computations, in parallel when allowed; results in scenario order either way. */
    private List<PlanResult> runAll(List<Callable<PlanResult>> work) {
        List<PlanResult> results = new ArrayList<>();
        if (threads == 1 || work.size() == 1) {
            for (Callable<PlanResult> w : work) {
                results.add(call(w));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()));
        try {
            List<Future<PlanResult>> futures = new ArrayList<>();
            for (Callable<PlanResult> w : work) {
                futures.add(pool.submit(w));
            }
            for (Future<PlanResult> f : futures) {
                results.add(Futures.get(f, "routing plans"));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code first} and {@code then} at once when threads allow (the loss estimate and the lifecycle of one
     * plan only read its routed plant, and each draws from its own streams), else one after the other; {@code then}
     * reads {@code first}'s result through the supplier it is given, which waits for it.
     */
    private <A, R> R alongside(Callable<A> first, java.util.function.Function<Supplier<A>, R> then) {
        if (threads == 1) {
            A a = call(first);
            return then.apply(() -> a);
        }
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cablesim-plan-loss");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<A> a = pool.submit(first);
            R r = then.apply(() -> Futures.get(a, "estimating the loss"));
            return r;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> w) {
        try {
            return w.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
