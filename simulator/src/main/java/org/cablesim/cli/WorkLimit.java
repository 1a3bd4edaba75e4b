package org.cablesim.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cablesim.io.LoadedScenario;
import org.cablesim.search.DesignPointChecks;
import org.cablesim.scenario.Problem;
import org.cablesim.io.ScenarioGate;
import org.cablesim.scenario.SweepPoint;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.WorkEstimate;

/**
 * Refuses, before anything is generated, a scenario whose estimated work ({@link WorkEstimate}) would run for
 * more than {@value #MAX_WALL_HOURS} hours on this machine's threads, or needs more Java heap than this JVM has.
 * {@code --no-work-limit} lifts the limit.
 */
final class WorkLimit implements ScenarioGate {
    /** Longest estimated run accepted without {@code --no-work-limit}, hours of wall-clock time. */
    static final double MAX_WALL_HOURS = 4;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final int threads;
    private final long maxHeapBytes;

    /**
     * @param threads      worker threads of the run, ≥ 1
     * @param maxHeapBytes the heap the estimate must fit in (the JVM's maximum)
     */
    WorkLimit(int threads, long maxHeapBytes) {
        this.threads = threads;
        this.maxHeapBytes = maxHeapBytes;
    }

    /** The limit for this JVM, or a gate that lets everything through when {@code disabled}. */
    static ScenarioGate forRun(int threads, boolean disabled) {
        return disabled ? ScenarioGate.NONE : new WorkLimit(threads, Runtime.getRuntime().maxMemory());
    }

    @Override
    public Optional<Problem> check(Scenario scenario) {
        return refusal(WorkEstimate.of(List.of(scenario), threads));
    }

    /** The problem with the whole study (scenario and every sweep point together), or empty. */
    Optional<Problem> checkStudy(LoadedScenario loaded) {
        return refusal(estimate(loaded, threads));
    }

    /**
     * The estimate of the scenario and all its sweep and design points (a design point counted at the size of
     * the scenario itself: its scenario is only read when it runs).
     */
    static WorkEstimate estimate(LoadedScenario loaded, int threads) {
        List<Scenario> points = new ArrayList<>();
        points.add(loaded.scenario());
        for (SweepPoint point : loaded.sweepPoints()) {
            points.add(point.scenario());
        }
        points.addAll(java.util.Collections.nCopies(DesignPointChecks.designPoints(loaded), loaded.scenario()));
        return WorkEstimate.of(points, threads);
    }

    private Optional<Problem> refusal(WorkEstimate estimate) {
        String how = " Run anyway with --no-work-limit.";
        if (estimate.heapBytes() > maxHeapBytes) {
            return Optional.of(new Problem("cluster.servers", String.format(Locale.ROOT,
                    "the study needs about %.1f GiB of Java heap (%s), more than the %.1f GiB this run has; give it"
                            + " more with CABLESIM_JAVA_OPTS=-Xmx%dg (this machine has %.0f GiB of memory) or make"
                            + " the fabric smaller.%s",
                    estimate.heapBytes() / GIB, describe(estimate, threads), maxHeapBytes / GIB,
                    (long) Math.ceil(estimate.heapBytes() * 1.25 / GIB), physicalMemoryBytes() / GIB, how)));
        }
        double hours = estimate.wallSeconds(threads) / 3600;
        if (hours > MAX_WALL_HOURS) {
            String field = switch (estimate.dominantStage()) {
                case "lifecycle" -> "lifecycle.replications";
                case "loss" -> "montecarlo.trials";
                default -> "cluster.servers";
            };
            return Optional.of(new Problem(field, String.format(Locale.ROOT,
                    "the study would run for about %s on %d thread(s) (%s), over the limit of %.0f hours; the %s"
                            + " stage dominates, so lower %s (or horizon, plans, sweep points).%s",
                    TerminalProgress.duration(estimate.wallSeconds(threads)), threads, describe(estimate, threads),
                    MAX_WALL_HOURS, estimate.dominantStage(), field, how)));
        }
        return Optional.empty();
    }

    /** The estimate for a person: size, work per stage and heap. */
    static String describe(WorkEstimate e, int threads) {
        return String.format(Locale.ROOT, "%,d links, %,d channels, %d plan(s), %d point(s); CPU time: plant %s,"
                        + " loss %s (%.3g trials), lifecycle %s (%.3g events); heap %.1f GiB",
                e.links(), e.channels(), e.plans(), e.points(), TerminalProgress.duration(e.plantSeconds()),
                TerminalProgress.duration(e.lossSeconds()), e.lossTrials(),
                TerminalProgress.duration(e.lifecycleSeconds()), e.lifecycleEvents(), e.heapBytes() / GIB);
    }

    private static double physicalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Double.NaN;
    }
}
