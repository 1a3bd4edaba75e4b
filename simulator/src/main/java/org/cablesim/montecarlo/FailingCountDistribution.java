package org.cablesim.montecarlo;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The distribution of the number of failing links: a Poisson-binomial law (each class contributes
 * Binomial(members, p), classes independent).
 *
 * <p>{@value #EXACT}: binomials convolved exactly, truncated at kMax = mean + 10·sd + 10 (the dropped
 * upper tail is below ~1e−12 by a Bernstein bound), used while the work Σ (kMax+1)(min(m, kMax)+1) stays
 * below {@link #EXACT_WORK_LIMIT}. Beyond: {@value #POISSON} with the same mean when every p ≤ 0.05 (Le
 * Cam: total-variation error ≤ Σ m·p²), else {@value #NORMAL} with the same mean and variance and a
 * continuity correction.
 *
 * @param method   how the pmf was computed
 * @param pmf      P(count = k) for k = 0 .. pmf.length−1 (the rest of the mass is negligible)
 * @param mean     exact expected count Σ m·p
 * @param variance exact variance Σ m·p(1−p)
 */
public record FailingCountDistribution(String method, double[] pmf, double mean, double variance) {
    /** Method id: exact convolution. */
    public static final String EXACT = "exact";
    /** Method id: Poisson approximation. */
    public static final String POISSON = "poisson";
    /** Method id: normal approximation. */
    public static final String NORMAL = "normal";
    /** Largest convolution work (multiply-adds) done exactly. */
    public static final long EXACT_WORK_LIMIT = 20_000_000L;

    public FailingCountDistribution {
        pmf = pmf.clone();
    }

    /** @return a copy of the pmf */
    @Override
    public double[] pmf() {
        return pmf.clone();
    }

    /**
     * Builds the distribution for (member count, probability) pairs.
     *
     * @param classes the classes' results
     * @return the distribution
     */
    public static FailingCountDistribution of(List<ClassLossResult> classes) {
        double mean = 0;
        double variance = 0;
        long links = 0;
        double maxP = 0;
        for (ClassLossResult c : classes) {
            double p = c.failProbability();
            mean += c.memberCount() * p;
            variance += c.memberCount() * p * (1 - p);
            links += c.memberCount();
            maxP = Math.max(maxP, p);
        }
        int kMax = (int) Math.min(Math.min(links, Integer.MAX_VALUE - 1L), (long) Math.ceil(mean + 10 * Math.sqrt(variance) + 10));
        long work = 0;
        boolean fitsInt = true;
        for (ClassLossResult c : classes) {
            work += (kMax + 1L) * (Math.min(c.memberCount(), kMax) + 1L);
            fitsInt &= c.memberCount() <= Integer.MAX_VALUE;
        }
        if (fitsInt && work <= EXACT_WORK_LIMIT) {
            return new FailingCountDistribution(EXACT, exact(classes, kMax), mean, variance);
        }
        double[] pmf = new double[kMax + 1];
        if (maxP <= 0.05) {
            PoissonDistribution poisson = mean > 0 ? PoissonDistribution.of(mean) : null;
            for (int k = 0; k <= kMax; k++) {
                pmf[k] = poisson == null ? (k == 0 ? 1 : 0) : poisson.probability(k);
            }
            return new FailingCountDistribution(POISSON, pmf, mean, variance);
        }
        NormalDistribution normal = NormalDistribution.of(mean, Math.sqrt(variance));
        for (int k = 0; k <= kMax; k++) {
            pmf[k] = normal.probability(k - 0.5, k + 0.5);
        }
        pmf[0] += normal.cumulativeProbability(-0.5);
        return new FailingCountDistribution(NORMAL, pmf, mean, variance);
    }

    private static double[] exact(List<ClassLossResult> classes, int kMax) {
        double[] pmf = new double[kMax + 1];
        pmf[0] = 1;
        int top = 0; // highest k with possibly non-zero mass so far
        for (ClassLossResult c : classes) {
            double p = c.failProbability();
            if (p == 0) {
                continue;
            }
            int m = (int) c.memberCount();
            int width = Math.min(m, kMax);
            double[] b = new double[width + 1];
            BinomialDistribution binomial = BinomialDistribution.of(m, p);
            for (int i = 0; i <= width; i++) {
                b[i] = binomial.probability(i);
            }
            int newTop = Math.min(kMax, top + width);
            double[] next = new double[kMax + 1];
            for (int k = 0; k <= newTop; k++) {
                double sum = 0;
                for (int i = Math.max(0, k - top); i <= Math.min(width, k); i++) {
                    sum += pmf[k - i] * b[i];
                }
                next[k] = sum;
            }
            pmf = next;
            top = newTop;
        }
        return pmf;
    }

    /** @return P(count ≤ k) */
    public double probabilityAtMost(int k) {
        double sum = 0;
        for (int i = 0; i <= Math.min(k, pmf.length - 1); i++) {
            sum += pmf[i];
        }
        return Math.min(1, sum);
    }

    /** @return the smallest k with P(count ≤ k) ≥ q, q in (0, 1) */
    public int quantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("q must be in (0, 1), was " + q);
        }
        double sum = 0;
        for (int k = 0; k < pmf.length; k++) {
            sum += pmf[k];
            if (sum >= q) {
                return k;
            }
        }
        return pmf.length - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FailingCountDistribution d && method.equals(d.method) && Arrays.equals(pmf, d.pmf)
                && Double.compare(mean, d.mean) == 0 && Double.compare(variance, d.variance) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * method.hashCode() + Arrays.hashCode(pmf);
    }

    @Override
    public String toString() {
        return "FailingCountDistribution[" + method + ", mean=" + mean + ", variance=" + variance + ", support 0.." + (pmf.length - 1) + "]";
    }
}
