package org.cablesim.montecarlo;

import java.util.List;
import org.cablesim.random.RandomStreams;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Interval;

/**
 * Plain Monte Carlo of a link class's installation loss: trials are cut into fixed blocks of
 * {@link #BLOCK_TRIALS}; block b of every connector draws from stream (seed, "loss", elementKey, b);
 * blocks run on any number of threads and are reduced in block order (margin sums) or by integer
 * addition (failures, histogram), so the result is bit-identical for every thread count.
 */
public final class PlainMonteCarlo {
    /** Trials per block (2^14): the unit of seeding and of parallel work. */
    public static final int BLOCK_TRIALS = 1 << 14;

    private final int threads;

    /**
     * @param threads worker threads, &ge; 1 (results do not depend on it)
     */
    public PlainMonteCarlo(int threads) {
        Checks.atLeast("threads", threads, 1);
        this.threads = threads;
    }

    /** Per-thread state: the trial generator and the order-free accumulators. */
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
        Checks.atLeast("trials", trials, 1);
        RandomStreams streams = RandomStreams.of(seed);
        long blocks = (trials + BLOCK_TRIALS - 1) / BLOCK_TRIALS;
        if (blocks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many trials: " + trials);
        }
        long[] failures = new long[(int) blocks];
        double[] marginSums = new double[(int) blocks];
        double budget = linkClass.budgetDb();
        boolean reflectanceFails = !linkClass.reflectanceCompliant();
        List<Worker> workers = ParallelBlocks.run(threads, 0, blocks, () -> new Worker(linkClass, streams), (w, b) -> {
            w.trials.startBlock(b);
            long n = Math.min(BLOCK_TRIALS, trials - b * BLOCK_TRIALS);
            long fails = 0;
            double sum = 0;
            for (long i = 0; i < n; i++) {
                double margin = budget - w.trials.worstLaneLossDb();
                if (margin < 0 || reflectanceFails) {
                    fails++;
                }
                sum += margin;
                w.histogram.add(margin);
            }
            failures[(int) b] = fails;
            marginSums[(int) b] = sum;
        });
        MarginHistogram histogram = new MarginHistogram();
        for (Worker w : workers) {
            histogram.merge(w.histogram);
        }
        long totalFails = 0;
        double marginSum = 0;
        for (int b = 0; b < blocks; b++) {
            totalFails += failures[b];
            marginSum += marginSums[b];
        }
        return new PlainResult(linkClass.classId(), trials, totalFails, (double) totalFails / trials,
                Interval.wilson(totalFails, trials), marginSum / trials,
                histogram.quantile(0.01), histogram.quantile(0.05), histogram.quantile(0.50), histogram.snapshot());
    }
}
