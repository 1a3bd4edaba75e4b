package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.cablesim.stats.Distribution;

/**
 * Statistical assertions shared by the sampler tests. Each bound is a two-sided ±4.5 standard-error
 * band: for a correct sampler and a random seed it fails with probability 2·Φ(−4.5) ≈ 6.8e−6
 * (normal approximation, excellent at the 10⁵–10⁶ draws used); the chi-square tests use a 1e−5 critical value.
 */
final class SampleChecks {
    static final double Z = 4.5;
    static final double CHI_SQUARE_FALSE_FAILURE = 1e-5;

    private SampleChecks() {
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Unbiased sample variance (two-pass). */
    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /** Sample mean within Z standard errors sqrt(σ²/n) of the exact mean. */
    static void assertMean(String what, double[] x, double exactMean, double exactVariance) {
        double se = Math.sqrt(exactVariance / x.length);
        double m = mean(x);
        assertTrue(Math.abs(m - exactMean) <= Z * se,
                String.format("%s: sample mean %.10g vs exact %.10g, |diff| = %.2f SE", what, m, exactMean, Math.abs(m - exactMean) / se));
    }

    /**
     * Unbiased sample variance within Z standard errors of the exact variance, using
     * Var(s²) = μ4/n − σ⁴(n−3)/(n(n−1)) with μ4 the exact central fourth moment.
     */
    static void assertVariance(String what, double[] x, double exactVariance, double centralMoment4) {
        double n = x.length;
        double se = Math.sqrt(centralMoment4 / n - exactVariance * exactVariance * (n - 3) / (n * (n - 1)));
        double v = variance(x);
        assertTrue(Math.abs(v - exactVariance) <= Z * se,
                String.format("%s: sample variance %.10g vs exact %.10g, |diff| = %.2f SE", what, v, exactVariance, Math.abs(v - exactVariance) / se));
    }

    /**
     * Binomial order-statistics band for a quantile: the number of draws &le; the exact quantile q is
     * Binomial(n, F(q)), so the sample quantile lies between the order statistics that bracket it
     * exactly when |count − nF| &le; Z·sqrt(nF(1−F)).
     */
    static void assertQuantile(String what, double[] x, double exactQuantile, double cdfAtQuantile) {
        long count = Arrays.stream(x).filter(v -> v <= exactQuantile).count();
        double n = x.length;
        double sd = Math.sqrt(n * cdfAtQuantile * (1 - cdfAtQuantile));
        assertTrue(Math.abs(count - n * cdfAtQuantile) <= Z * sd,
                String.format("%s: %d draws <= %.8g, expected %.1f ± %.1f", what, count, exactQuantile, n * cdfAtQuantile, sd));
    }

    /** Pearson chi-square over cells with the given expected probabilities; df = cells − 1. */
    static void assertChiSquare(String what, long[] observed, double[] expectedProbability) {
        double n = Arrays.stream(observed).sum();
        double chi = 0;
        for (int i = 0; i < observed.length; i++) {
            double e = n * expectedProbability[i];
            chi += (observed[i] - e) * (observed[i] - e) / e;
        }
        double critical = ChiSquaredDistribution.of(observed.length - 1).inverseSurvivalProbability(CHI_SQUARE_FALSE_FAILURE);
        assertTrue(chi <= critical, String.format("%s: chi-square %.2f > critical %.2f (df %d, false-failure rate %.0e)",
                what, chi, critical, observed.length - 1, CHI_SQUARE_FALSE_FAILURE));
    }

    /** Counts draws in the 50 cells between the model's j/50 quantiles (equiprobable for a continuous law). */
    static long[] equiprobableCounts(double[] x, Distribution model, int cells) {
        double[] edges = new double[cells - 1];
        for (int j = 1; j < cells; j++) {
            edges[j - 1] = model.quantile((double) j / cells);
        }
        long[] counts = new long[cells];
        for (double v : x) {
            int pos = Arrays.binarySearch(edges, v);
            counts[pos >= 0 ? pos : -pos - 1]++;
        }
        return counts;
    }
}
