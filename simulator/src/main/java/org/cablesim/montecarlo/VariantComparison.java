package org.cablesim.montecarlo;

import java.util.List;
import org.cablesim.random.RandomStreams;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Interval;

/**
 * Compares two variants of a link class with common random numbers: both run the same trials, and a
 * mated pair present in both (same element key and model) draws the same losses in both, because its
 * stream is (seed, "loss", elementKey, block) whatever its place in the channel. The per-trial
 * differences are then strongly correlated and their mean has a far smaller variance than the
 * difference of two independent runs.
 */
public final class VariantComparison {
    private VariantComparison() {
    }

    /**
     * Paired comparison with common random numbers, on one thread.
     *
     * @param a      variant A
     * @param b      variant B (same lane count not required)
     * @param trials paired trials, &ge; 2
     * @param seed   master seed of both
     * @return P_A − P_B and the mean margin difference with 95 % intervals
     */
    public static VariantDifference difference(LinkClass a, LinkClass b, long trials, long seed) {
        return difference(a, b, trials, seed, seed, 1);
    }

    /**
     * Paired comparison; with {@code seedA != seedB} the variants draw independently (the baseline that
     * common random numbers beat).
     *
     * @param a       variant A
     * @param b       variant B
     * @param trials  paired trials, &ge; 2
     * @param seedA   master seed of A's draws
     * @param seedB   master seed of B's draws
     * @param threads worker threads, &ge; 1 (results do not depend on it)
     * @return the paired estimate
     */
    public static VariantDifference difference(LinkClass a, LinkClass b, long trials, long seedA, long seedB, int threads) {
        Checks.atLeast("trials", trials, 2);
        RandomStreams streamsA = RandomStreams.of(seedA);
        RandomStreams streamsB = RandomStreams.of(seedB);
        long blocks = (trials + PlainMonteCarlo.BLOCK_TRIALS - 1) / PlainMonteCarlo.BLOCK_TRIALS;
        double[][] sums = new double[(int) blocks][];
        boolean aBroken = !a.reflectanceCompliant();
        boolean bBroken = !b.reflectanceCompliant();
        ParallelBlocks.run(threads, 0, blocks,
                () -> new ChannelTrials[] {new ChannelTrials(a, streamsA), new ChannelTrials(b, streamsB)}, (w, blk) -> {
                    w[0].startBlock(blk);
                    w[1].startBlock(blk);
                    int n = (int) Math.min(PlainMonteCarlo.BLOCK_TRIALS, trials - blk * PlainMonteCarlo.BLOCK_TRIALS);
                    double[] s = new double[7]; // failA, failB, Σd, Σd², ΣmA, ΣmB, Σ(mA−mB)²
                    for (int start = 0; start < n; start += ChannelTrials.BATCH) {
                        int m = Math.min(ChannelTrials.BATCH, n - start);
                        w[0].drawLosses(m);
                        w[1].drawLosses(m);
                        for (int i = 0; i < m; i++) {
                            double mA = a.budgetDb() - w[0].worstLaneLossDb(i);
                            double mB = b.budgetDb() - w[1].worstLaneLossDb(i);
                            int fA = mA < 0 || aBroken ? 1 : 0;
                            int fB = mB < 0 || bBroken ? 1 : 0;
                            s[0] += fA;
                            s[1] += fB;
                            s[2] += fA - fB;
                            s[3] += (fA - fB) * (fA - fB);
                            s[4] += mA;
                            s[5] += mB;
                            s[6] += (mA - mB) * (mA - mB);
                        }
                    }
                    sums[(int) blk] = s;
                });
        double[] t = new double[7];
        for (double[] s : sums) {
            for (int i = 0; i < 7; i++) {
                t[i] += s[i];
            }
        }
        double n = trials;
        double pA = t[0] / n;
        double pB = t[1] / n;
        double d = t[2] / n;
        double varD = Math.max(0, (t[3] / n - d * d) * n / (n - 1));
        double mA = t[4] / n;
        double mB = t[5] / n;
        double dm = mA - mB;
        double varM = Math.max(0, (t[6] / n - dm * dm) * n / (n - 1));
        return new VariantDifference(trials, pA, pB, d, Interval.normal(d, Math.sqrt(varD / n)), varD,
                mA, mB, dm, Interval.normal(dm, Math.sqrt(varM / n)), varM);
    }

    /**
     * Paired comparison of two groups of classes (e.g. the classes of two plans), each class weighted (e.g. by
     * the links it stands for): every trial draws every class exactly as its plain run with the same seed does
     * (trial t of block b), so with {@code seedA == seedB} shared element keys draw alike across the groups
     * and the per-trial difference has a small variance. Classes of one group also share draws with each
     * other where their keys agree, exactly as in their plain runs, so the variance is that of the plug-in
     * estimate Σ w·p̂ built from those runs.
     *
     * @param a       group A's classes
     * @param weightsA one weight per class of A, finite
     * @param b       group B's classes
     * @param weightsB one weight per class of B, finite
     * @param trials  paired trials, &ge; 2
     * @param seedA   master seed of A's draws
     * @param seedB   master seed of B's draws
     * @param threads worker threads, &ge; 1 (results do not depend on it)
     * @return the mean and variance of Σ w_A·1{A fails} − Σ w_B·1{B fails} per trial
     */
    public static WeightedDifference weightedDifference(List<LinkClass> a, double[] weightsA, List<LinkClass> b,
            double[] weightsB, long trials, long seedA, long seedB, int threads) {
        Checks.atLeast("trials", trials, 2);
        if (weightsA.length != a.size() || weightsB.length != b.size()) {
            throw new IllegalArgumentException("one weight per class needed");
        }
        List<LinkClass> classes = new java.util.ArrayList<>(a);
        classes.addAll(b);
        double[] w = new double[classes.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < a.size() ? weightsA[i] : -weightsB[i - a.size()];
            if (!Double.isFinite(w[i])) {
                throw new IllegalArgumentException("weights must be finite");
            }
        }
        RandomStreams streamsA = RandomStreams.of(seedA);
        RandomStreams streamsB = RandomStreams.of(seedB);
        long blocks = (trials + PlainMonteCarlo.BLOCK_TRIALS - 1) / PlainMonteCarlo.BLOCK_TRIALS;
        double[][] sums = new double[(int) blocks][];
        ParallelBlocks.run(threads, 0, blocks, () -> {
            ChannelTrials[] t = new ChannelTrials[classes.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = new ChannelTrials(classes.get(i), i < a.size() ? streamsA : streamsB);
            }
            return t;
        }, (workers, blk) -> {
            int n = (int) Math.min(PlainMonteCarlo.BLOCK_TRIALS, trials - blk * PlainMonteCarlo.BLOCK_TRIALS);
            double[] d = new double[n];
            for (int c = 0; c < workers.length; c++) {
                boolean broken = !classes.get(c).reflectanceCompliant();
                ChannelTrials t = workers[c];
                t.startBlock(blk);
                for (int start = 0; start < n; start += ChannelTrials.BATCH) {
                    int m = Math.min(ChannelTrials.BATCH, n - start);
                    t.drawDecisions(m);
                    for (int i = 0; i < m; i++) {
                        if (broken || t.fails(i)) {
                            d[start + i] += w[c];
                        }
                    }
                }
            }
            double s1 = 0;
            double s2 = 0;
            for (double x : d) {
                s1 += x;
                s2 += x * x;
            }
            sums[(int) blk] = new double[] {s1, s2};
        });
        double s1 = 0;
        double s2 = 0;
        for (double[] s : sums) {
            s1 += s[0];
            s2 += s[1];
        }
        double n = trials;
        double mean = s1 / n;
        double variance = Math.max(0, (s2 / n - mean * mean) * n / (n - 1));
        return new WeightedDifference(trials, mean, variance, Interval.normal(mean, Math.sqrt(variance / n)));
    }
}
