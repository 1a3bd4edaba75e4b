package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.cablesim.random.RandomStreams;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.stats.Estimate;

/**
 * Runs the lifecycle simulation: per replication a turn-up phase and an operation phase, each on its own
 * {@link org.cablesim.kernel.EventKernel}, drawing from named streams (seed, purpose, element, replication).
 * Replications run on a fixed pool of threads and are reduced in replication order, so the result is identical
 * for any thread count.
 */
public final class LifecycleSimulator {
    private LifecycleSimulator() {
    }

    /**
     * Runs every replication and reduces them.
     *
     * @param plant    the plant
     * @param model    the lifecycle model; each upgrade wave's tier must exist and its day lie before the horizon
     * @param settings replications, horizon, seed, threads
     * @return the reduced result
     * @throws IllegalArgumentException for a wave outside the plant or the horizon
     * @throws IllegalStateException    if a link cannot be brought within its budget
     */
    public static LifecycleResult run(LifecyclePlant plant, LifecycleModel model, LifecycleSettings settings) {
        return run(plant, model, settings, () -> { });
    }

    /** As {@link #run(LifecyclePlant, LifecycleModel, LifecycleSettings)}, calling {@code replicationDone} after each replication (progress only). */
    public static LifecycleResult run(LifecyclePlant plant, LifecycleModel model, LifecycleSettings settings,
            Runnable replicationDone) {
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
        PlantIndex index = new PlantIndex(plant);
        double horizonHours = settings.horizonDays() * 24;
        List<UpgradeDecision[]> decisions = decide(index, model.upgrades(), horizonHours);
        ExpansionWork.Plan growth = ExpansionWork.Plan.of(index, model.expansions());
        for (Expansion e : model.expansions()) {
            if (!(e.day() * 24 < horizonHours)) {
                throw new IllegalArgumentException("expansion " + e.label() + " starts on day " + e.day()
                        + ", not before the horizon of " + horizonHours / 24 + " days");
            }
        }
        RandomStreams streams = RandomStreams.of(settings.seed());
        ReplicationOutcome[] outcomes = new ReplicationOutcome[settings.replications()];
        if (settings.threads() == 1) {
            for (int r = 0; r < outcomes.length; r++) {
                outcomes[r] = replicate(index, model, streams, r, horizonHours, decisions, growth);
                replicationDone.run();
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), outcomes.length));
            try {
                List<Future<ReplicationOutcome>> futures = new ArrayList<>();
                for (int r = 0; r < outcomes.length; r++) {
                    int replication = r;
                    futures.add(pool.submit(() -> {
                        ReplicationOutcome outcome = replicate(index, model, streams, replication, horizonHours,
                                decisions, growth);
                        replicationDone.run();
                        return outcome;
                    }));
                }
                for (int r = 0; r < outcomes.length; r++) {
                    outcomes[r] = futures.get(r).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return reduce(index, model, settings, outcomes);
    }

    private static ReplicationOutcome replicate(PlantIndex index, LifecycleModel model, RandomStreams streams,
            int replication, double horizonHours, List<UpgradeDecision[]> decisions, ExpansionWork.Plan growth) {
        Draws draws = new Draws(streams, replication);
        LossState loss = new LossState(index, draws, model.operations());
        TurnUp.Outcome turnUp = TurnUp.run(index, loss, model.turnUp(), model.operations().contamination(),
                growth.absent(index.linkCount));
        return new Operations(index, model, draws, loss, horizonHours, decisions, growth).run(turnUp);
    }

    /** Asks each wave's predicate about each link of its tier once, on the calling thread. */
    private static List<UpgradeDecision[]> decide(PlantIndex index, List<UpgradeWave> waves, double horizonHours) {
        List<UpgradeDecision[]> all = new ArrayList<>();
        for (UpgradeWave wave : waves) {
            int tier = index.tierPosition(wave.tierIndex());
            if (tier < 0) {
                throw new IllegalArgumentException("upgrade wave " + wave.label() + ": the plant has no tier "
                        + wave.tierIndex());
            }
            if (!(wave.day() * 24 < horizonHours)) {
                throw new IllegalArgumentException("upgrade wave " + wave.label() + " starts on day " + wave.day()
                        + ", not before the horizon of " + horizonHours / 24 + " days");
            }
            int[] links = index.tierLinks[tier];
            UpgradeDecision[] decisions = new UpgradeDecision[links.length];
            for (int i = 0; i < links.length; i++) {
                PhysicalLink link = index.plant.links().get(links[i]);
                decisions[i] = Objects.requireNonNull(
                        wave.feasibility().assess(link, wave.fromPmd(), wave.toPmd()),
                        "feasibility returned null for " + link.linkId());
            }
            all.add(decisions);
        }
        return all;
    }

    private static LifecycleResult reduce(PlantIndex index, LifecycleModel model, LifecycleSettings settings,
            ReplicationOutcome[] outcomes) {
        double years = settings.horizonDays() * 24 / LifecycleSpec.HOURS_PER_YEAR;
        TurnUpResult turnUp = new TurnUpResult(
                estimate(outcomes, o -> o.turnUp().firstPassYield()).within(0, 1),
                estimate(outcomes, o -> o.turnUp().reworkActions()),
                estimate(outcomes, o -> o.turnUp().replacements()),
                estimate(outcomes, o -> o.turnUp().designReworks()),
                estimate(outcomes, o -> o.turnUp().labourHours()),
                estimate(outcomes, o -> o.turnUp().daysToFullFabric()));
        Estimate overall = estimate(outcomes, ReplicationOutcome::availability).within(0, 1);
        Map<String, Estimate> byTier = new LinkedHashMap<>();
        Map<String, Estimate> capacity = new LinkedHashMap<>();
        for (int t = 0; t < index.tierCount(); t++) {
            int tier = t;
            Estimate e = estimate(outcomes, o -> o.tierAvailability()[tier]).within(0, 1);
            byTier.put(index.tierNames.get(t), e);
            if (index.switchTier[t]) {
                capacity.put(index.tierNames.get(t), e);
            }
        }
        Map<FailureCause, Estimate> failures = new EnumMap<>(FailureCause.class);
        for (FailureCause cause : FailureCause.values()) {
            failures.put(cause, estimate(outcomes, o -> o.failures()[cause.ordinal()] / years));
        }
        List<UpgradeResult> upgrades = new ArrayList<>();
        for (int w = 0; w < model.upgrades().size(); w++) {
            UpgradeWave wave = model.upgrades().get(w);
            int wi = w;
            upgrades.add(new UpgradeResult(wave.label(), index.tierNames.get(index.tierPosition(wave.tierIndex())),
                    estimate(outcomes, o -> o.upgrades()[wi][0]), estimate(outcomes, o -> o.upgrades()[wi][1]),
                    estimate(outcomes, o -> o.upgrades()[wi][2]), estimate(outcomes, o -> o.upgrades()[wi][3]),
                    estimate(outcomes, o -> o.upgrades()[wi][4]), estimate(outcomes, o -> o.upgrades()[wi][5])));
        }
        List<ExpansionResult> expansions = new ArrayList<>();
        for (int e = 0; e < model.expansions().size(); e++) {
            Expansion x = model.expansions().get(e);
            int ei = e;
            List<Double> disruption = new ArrayList<>();
            for (ReplicationOutcome o : outcomes) {
                disruption.add(o.expansions()[ei][6]);
            }
            expansions.add(new ExpansionResult(x.label(), x.day(), x.installs(), x.moves(),
                    estimate(outcomes, o -> o.expansions()[ei][0]), estimate(outcomes, o -> o.expansions()[ei][1]),
                    estimate(outcomes, o -> o.expansions()[ei][2]), estimate(outcomes, o -> o.expansions()[ei][3]),
                    estimate(outcomes, o -> o.expansions()[ei][4]), estimate(outcomes, o -> o.expansions()[ei][5]),
                    estimate(outcomes, o -> o.expansions()[ei][6]), disruption));
        }
        int days = outcomes[0].dayLinksDown().length;
        List<TimelineDay> timeline = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            double down = 0;
            double queued = 0;
            double cap = 0;
            double inService = 0;
            for (ReplicationOutcome o : outcomes) {
                down += o.dayLinksDown()[d];
                queued += o.dayQueued()[d];
                cap += o.dayCapacity()[d];
                inService += o.dayInService()[d];
            }
            int n = outcomes.length;
            Map<String, Double> upByTier = new LinkedHashMap<>();
            for (int t = 0; t < index.tierCount(); t++) {
                double up = 0;
                for (ReplicationOutcome o : outcomes) {
                    up += o.dayTierUp()[t][d];
                }
                upByTier.put(index.tierNames.get(t), up / n);
            }
            timeline.add(new TimelineDay(d, down / n, queued / n, cap / n, upByTier, inService / n));
        }
        long events = 0;
        for (ReplicationOutcome o : outcomes) {
            events += o.events();
        }
        return new LifecycleResult(settings.seed(), RandomStreams.ALGORITHM, outcomes.length,
                settings.horizonDays(), turnUp,
                new Availability(overall.mean(), overall.ci95(), byTier),
                estimate(outcomes, o -> o.linkDownHours() / years), failures,
                estimate(outcomes, o -> o.interruptions() / years),
                estimate(outcomes, o -> o.lostGpuHours() / years),
                estimate(outcomes, ReplicationOutcome::crewUtilisation),
                estimate(outcomes, ReplicationOutcome::repairWaitHours),
                estimate(outcomes, o -> o.disturbed() / years), capacity, upgrades, expansions, timeline,
                ReplicationValues.of(outcomes, years), events);
    }

    private static Estimate estimate(ReplicationOutcome[] outcomes, ToDoubleFunction<ReplicationOutcome> f) {
        double[] values = new double[outcomes.length];
        for (int r = 0; r < outcomes.length; r++) {
            values[r] = f.applyAsDouble(outcomes[r]);
        }
        // every figure the lifecycle estimates is a count, duration, rate or share: none is negative
        return Estimate.of(values).within(0, Double.POSITIVE_INFINITY);
    }
}
