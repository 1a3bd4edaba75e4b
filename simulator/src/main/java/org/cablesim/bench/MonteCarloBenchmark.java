package org.cablesim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.cablesim.montecarlo.LinkClass;
import org.cablesim.montecarlo.MatedPairSlot;
import org.cablesim.montecarlo.PlainMonteCarlo;
import org.cablesim.montecarlo.PlainResult;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.LossCalibration;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.ReseedableStream;
import org.cablesim.stats.LognormalDistribution;

/**
 * The plain Monte Carlo reference workload, run by the loss engine itself ({@link PlainMonteCarlo#runAll}): every
 * link is a link class whose {@code lanes} lanes pass through {@code connectors} mated pairs, each pair's per-lane
 * loss lognormal calibrated to IEC grade C (mean 0.25 dB, p97 0.50 dB), independent per lane, plus 0.5 dB/km × a
 * link length uniform in 20–300 m drawn once per link (stream (seed, "bench-length", "", link)); budget 3.0 dB; a
 * link-trial fails if any lane exceeds the budget. Each link's pairs have their own element keys, so links draw
 * independently, as in the numpy peer ({@code bench/peers/montecarlo_numpy.py}).
 *
 * <p>The engine's path is the product's: margins for the first
 * {@link PlainMonteCarlo#MARGIN_TRIALS_PER_BLOCK} trials of every block, the pass bound for the others, blocks of
 * every link shared out among the threads.
 */
public final class MonteCarloBenchmark {
    /** Channel budget of the workload, dB. */
    public static final double BUDGET_DB = 3.0;
    /** Fibre attenuation of the workload, dB/km. */
    public static final double ATTENUATION_DB_PER_KM = 0.5;
    /** Shortest and longest link, m. */
    public static final double MIN_LENGTH_M = 20;
    public static final double MAX_LENGTH_M = 300;

    /**
     * One measurement.
     *
     * @param links                     links simulated
     * @param trialsPerLink             trials per link
     * @param connectors                mated pairs per link
     * @param lanes                     lanes per link
     * @param threads                   worker threads
     * @param samples                   connector-loss samples drawn: links × trials × connectors × lanes
     * @param failures                  failing link-trials
     * @param failFraction              failures / (links × trials)
     * @param seconds                   wall-clock seconds of the timed run
     * @param cpuSeconds                CPU seconds the process used meanwhile (all threads; JIT and GC included),
     *                                  a steadier figure than wall time on a machine shared with other work
     * @param samplesPerSecond          samples / seconds
     * @param samplesPerSecondPerThread samplesPerSecond / threads
     */
    public record Result(int links, long trialsPerLink, int connectors, int lanes, int threads, long samples,
                         long failures, double failFraction, double seconds, double cpuSeconds,
                         double samplesPerSecond,
                         double samplesPerSecondPerThread) {
    }

    private MonteCarloBenchmark() {
    }

    /**
     * Builds the workload, runs it once untimed with another seed (JIT warm-up: the JIT compiler's own threads
     * would otherwise burn CPU during the timed run), then timed.
     *
     * @param links         links, &ge; 1
     * @param trialsPerLink trials per link, &ge; 1
     * @param connectors    mated pairs per link, &ge; 1
     * @param lanes         lanes per link, &ge; 1
     * @param threads       worker threads, &ge; 1
     * @param seed          master seed
     * @return the measurement, without CPU seconds (NaN)
     */
    public static Result run(int links, long trialsPerLink, int connectors, int lanes, int threads, long seed) {
        return run(links, trialsPerLink, connectors, lanes, threads, seed, () -> -1L);
    }

    /**
     * As {@link #run(int, long, int, int, int, long)}, reading the process's CPU time around the timed run.
     *
     * @param processCpuNanos the CPU time of the whole process so far, ns (negative where the JVM does not report
     *                        it: cpuSeconds is then NaN); the CLI reads it from the platform's management bean
     */
    public static Result run(int links, long trialsPerLink, int connectors, int lanes, int threads, long seed,
            LongSupplier processCpuNanos) {
        if (links < 1 || trialsPerLink < 1 || connectors < 1 || lanes < 1 || threads < 1) {
            throw new IllegalArgumentException("links, trials, connectors, lanes and threads must be >= 1");
        }
        List<LinkClass> classes = workload(links, connectors, lanes, seed);
        PlainMonteCarlo engine = new PlainMonteCarlo(threads);
        engine.runAll(classes, trialsPerLink, seed + 1);
        long cpuStart = processCpuNanos.getAsLong();
        long start = System.nanoTime();
        List<PlainResult> results = engine.runAll(classes, trialsPerLink, seed);
        double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
        long cpuEnd = processCpuNanos.getAsLong();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9;
        long failures = results.stream().mapToLong(PlainResult::failures).sum();
        long samples = (long) links * trialsPerLink * connectors * lanes;
        double rate = samples / seconds;
        return new Result(links, trialsPerLink, connectors, lanes, threads, samples, failures,
                (double) failures / ((double) links * trialsPerLink), seconds, cpuSeconds, rate, rate / threads);
    }

    /** The workload's link classes, one per link. */
    static List<LinkClass> workload(int links, int connectors, int lanes, long seed) {
        LognormalDistribution grade = LossCalibration.lognormal(0.25, LossCalibration.P97, 0.50);
        IndependentPositions model = new IndependentPositions(grade);
        RandomStreams streams = RandomStreams.of(seed);
        ReseedableStream lengths = new ReseedableStream(streams.key("bench-length", ""), 0);
        List<LinkClass> classes = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            lengths.reseed(streams.key("bench-length", ""), i);
            double lengthM = MIN_LENGTH_M + (MAX_LENGTH_M - MIN_LENGTH_M) * lengths.nextDouble();
            double[] fixed = new double[lanes];
            Arrays.fill(fixed, ATTENUATION_DB_PER_KM * lengthM / 1000);
            List<MatedPairSlot> pairs = new ArrayList<>(connectors);
            for (int c = 0; c < connectors; c++) {
                pairs.add(MatedPairSlot.inOrder("link" + i + "/pair" + c, model, lanes, lanes, -60));
            }
            classes.add(new LinkClass("link" + i, "bench", lanes, pairs, fixed, BUDGET_DB, ReflectanceRule.none(), 1));
        }
        return classes;
    }
}
