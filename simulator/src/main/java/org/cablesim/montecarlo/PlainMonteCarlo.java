package org.cablesim.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.random.RandomStreams;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Interval;

/**
 * Plain Monte Carlo of a link class's installation loss: trials are cut into fixed blocks of
 * {@link #BLOCK_TRIALS}; block b of every connector draws from stream (seed, "loss", elementKey, b);
 * blocks run on any number of threads and are reduced in block order (margin sums) or by integer
 * addition (failures, histogram), so the result is bit-identical for every thread count.
 *
 * <p>Every trial decides pass or fail. The margins (budget − worst lane loss: the mean and the histogram) come from
 * a fixed subsample, the first {@link #MARGIN_TRIALS_PER_BLOCK} trials of every block; the other trials only need
 * the decision, which {@link ChannelTrials#fails} reaches without computing the losses of lanes that provably
 * pass. A class whose P(fail) comes from elsewhere (a closed form) needs only the margins: its run stops every
 * block after the margin subsample ({@link #runAll(List, long, long, boolean[])}), with the same margins.
 */
public final class PlainMonteCarlo {
    /** Trials per block (2^12): the unit of seeding and of parallel work. */
    public static final int BLOCK_TRIALS = 1 << 12;
    /** Trials at the start of every block whose margins are recorded (1/8 of a block). */
    public static final int MARGIN_TRIALS_PER_BLOCK = 1 << 9;

    private final int threads;

    /**
     * @param threads worker threads, &ge; 1 (results do not depend on it)
     */
    public PlainMonteCarlo(int threads) {
        Checks.atLeast("threads", threads, 1);
        this.threads = threads;
    }

    /** Per-thread and per-class state: the trial generator and the order-free accumulators. */
    private static final class Worker {
        final ChannelTrials trials;
        final MarginHistogram histogram = new MarginHistogram();

        Worker(LinkClass c, RandomStreams streams) {
            this.trials = new ChannelTrials(c, streams);
        }
    }

    /**
     * Runs {@code trials} trials.
     *
     * @param linkClass the class
     * @param trials    number of trials, &ge; 1
     * @param seed      master seed
     * @return the estimate
     */
    public PlainResult run(LinkClass linkClass, long trials, long seed) {
        return runAll(List.of(linkClass), trials, seed).get(0);
    }

    /**
     * Runs {@code trials} trials of every class, the blocks of all classes shared out among the threads; each
     * result equals {@link #run} of its class alone.
     *
     * @param classes the classes
     * @param trials  trials per class, &ge; 1
     * @param seed    master seed
     * @return one estimate per class, in order
     */
    public List<PlainResult> runAll(List<LinkClass> classes, long trials, long seed) {
        return runAll(classes, trials, seed, new boolean[classes.size()]);
    }

    /**
     * As {@link #runAll(List, long, long)}, except that a class with {@code marginsOnly[c]} runs only the margin
     * subsample of every block (the first {@link #MARGIN_TRIALS_PER_BLOCK} trials): its margins are those of the
     * full run, and its trials and failures count that subsample alone.
     *
     * @param marginsOnly per class, whether it needs no pass-or-fail decision beyond the margin subsample
     */
    public List<PlainResult> runAll(List<LinkClass> classes, long trials, long seed, boolean[] marginsOnly) {
        Checks.atLeast("trials", trials, 1);
        if (marginsOnly.length != classes.size()) {
            throw new IllegalArgumentException("marginsOnly has " + marginsOnly.length + " entries for "
                    + classes.size() + " classes");
        }
        RandomStreams streams = RandomStreams.of(seed);
        long blocks = (trials + BLOCK_TRIALS - 1) / BLOCK_TRIALS;
        if (blocks * classes.size() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many trials: " + trials);
        }
        int units = (int) blocks * classes.size();
        long[] failures = new long[units];
        double[] marginSums = new double[units];
        List<Worker[]> workers = ParallelBlocks.run(threads, 0, units, () -> new Worker[classes.size()], (ws, u) -> {
            int c = (int) (u / blocks);
            if (ws[c] == null) {
                ws[c] = new Worker(classes.get(c), streams);
            }
            long b = u % blocks;
            int n = (int) Math.min(BLOCK_TRIALS, trials - b * BLOCK_TRIALS);
            runBlock(ws[c], b, marginsOnly[c] ? Math.min(n, MARGIN_TRIALS_PER_BLOCK) : n, failures, marginSums,
                    (int) u);
        });
        List<PlainResult> out = new ArrayList<>(classes.size());
        for (int c = 0; c < classes.size(); c++) {
            MarginHistogram histogram = new MarginHistogram();
            for (Worker[] ws : workers) {
                if (ws[c] != null) {
                    histogram.merge(ws[c].histogram);
                }
            }
            long totalFails = 0;
            double marginSum = 0;
            for (int u = (int) (c * blocks); u < (c + 1) * blocks; u++) {
                totalFails += failures[u];
                marginSum += marginSums[u];
            }
            long run = marginsOnly[c] ? histogram.total() : trials;
            out.add(new PlainResult(classes.get(c).classId(), run, totalFails, (double) totalFails / run,
                    Interval.wilson(totalFails, run), marginSum / histogram.total(), histogram.quantile(0.01),
                    histogram.quantile(0.05), histogram.quantile(0.50), histogram.snapshot()));
        }
        return out;
    }

    /** One block of {@code n} trials: margins for its first trials, pass or fail for all. */
    private static void runBlock(Worker w, long block, int n, long[] failures, double[] marginSums, int unit) {
        ChannelTrials t = w.trials;
        double budget = t.linkClass().budgetDb();
        boolean reflectanceFails = !t.linkClass().reflectanceCompliant();
        t.startBlock(block);
        long fails = 0;
        double sum = 0;
        for (int start = 0; start < n; start += ChannelTrials.BATCH) {
            int m = Math.min(ChannelTrials.BATCH, n - start);
            if (start < MARGIN_TRIALS_PER_BLOCK) {
                t.drawMargins(m);
                for (int i = 0; i < m; i++) {
                    double margin = budget - t.worstLaneLossDb(i);
                    fails += margin < 0 || reflectanceFails ? 1 : 0;
                    sum += margin;
                    w.histogram.add(margin);
                }
            } else {
                t.drawDecisions(m);
                for (int i = 0; i < m; i++) {
                    fails += reflectanceFails || t.fails(i) ? 1 : 0;
                }
            }
        }
        failures[unit] = fails;
        marginSums[unit] = sum;
    }
}
