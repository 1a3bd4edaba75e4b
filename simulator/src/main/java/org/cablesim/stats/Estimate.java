package org.cablesim.stats;

import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean over replications with its two-sided 95 % Student-t confidence interval.
 *
 * <p>The unit of every value is that of the quantity estimated.
 *
 * @param mean          mean of the per-replication values
 * @param ci95          the 95 % interval (both ends NaN with one replication)
 * @param standardError standard deviation of the values over √n (NaN with one replication)
 * @param n             number of replications, ≥ 1
 */
public record Estimate(double mean, Interval ci95, double standardError, int n) {
    public Estimate {
        Objects.requireNonNull(ci95, "ci95");
        Checks.atLeast("n", n, 1);
    }

    /**
     * Estimates the mean of per-replication values, summed in index order.
     *
     * @param values one value per replication, non-empty
     * @return the estimate
     */
    public static Estimate of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(mean, new Interval(Double.NaN, Double.NaN), Double.NaN, 1);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(squares / (n - 1) / n);
        double half = quantile(n, 0.975) * se;
        return new Estimate(mean, new Interval(mean - half, mean + half), se, n);
    }

    /**
     * The same estimate with its interval cut to the range the quantity can take (a count cannot be negative, a share
     * not above 1): intersecting a confidence interval with the parameter space keeps its coverage.
     *
     * @param min the smallest value the quantity can take
     * @param max the largest, ≥ min
     * @return the estimate with {@code ci95} inside [min, max] (NaN ends stay NaN)
     */
    public Estimate within(double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min > max: " + min + " > " + max);
        }
        if (Double.isNaN(ci95.low())) {
            return this;
        }
        double low = Math.min(Math.max(ci95.low(), min), max);
        double high = Math.max(Math.min(ci95.high(), max), min);
        return new Estimate(mean, new Interval(low, high), standardError, n);
    }

    /**
     * The half-width of a two-sided interval at another confidence level, from the same standard error.
     *
     * @param confidence level in (0, 1), e.g. 0.999
     * @return half-width; NaN with one replication
     */
    public double halfWidth(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        return n == 1 ? Double.NaN : quantile(n, 0.5 + confidence / 2) * standardError;
    }

    /** Returns true if {@code value} lies within {@link #halfWidth}({@code confidence}) of the mean. */
    public boolean covers(double value, double confidence) {
        return Math.abs(value - mean) <= halfWidth(confidence);
    }

    private static double quantile(int n, double p) {
        return TDistribution.of(n - 1).inverseCumulativeProbability(p);
    }
}
