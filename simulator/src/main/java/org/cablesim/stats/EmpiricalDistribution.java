package org.cablesim.stats;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The empirical distribution of user-supplied measurements (e.g. losses): each sample has probability 1/n,
 * quantiles are exact on the empirical CDF, sampling draws one measurement uniformly (inverse CDF of
 * the step function).
 *
 * @param samples the measurements, in the unit of the field holding the distribution; at least one, each finite
 *                and &ge; 0; stored sorted, copied in and out
 */
public record EmpiricalDistribution(double[] samples) implements Distribution {
    public EmpiricalDistribution {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("an empirical distribution needs at least one sample");
        }
        samples = samples.clone();
        for (double s : samples) {
            Checks.nonNegative("every sample", s);
        }
        Arrays.sort(samples);
    }

    /** @return a sorted copy of the samples */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    /** @return the number of samples */
    public int size() {
        return samples.length;
    }

    @Override
    public double mean() {
        // two-pass mean: the residual sum corrects the rounding of the first pass
        double m = plainMean();
        double r = 0;
        for (double s : samples) {
            r += s - m;
        }
        return m + r / samples.length;
    }

    private double plainMean() {
        double sum = 0;
        for (double s : samples) {
            sum += s;
        }
        return sum / samples.length;
    }

    /** @return the variance of the empirical measure (divisor n, not n − 1), in the unit squared */
    @Override
    public double variance() {
        double m = mean();
        double ss = 0;
        for (double s : samples) {
            ss += (s - m) * (s - m);
        }
        return ss / samples.length;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        int n = samples.length;
        // smallest k in 1..n with k/n >= p, decided by the same double comparison a reader would make
        int k = (int) Math.ceil(p * n);
        if (k > 1 && (double) (k - 1) / n >= p) {
            k--;
        }
        if (k < n && (double) k / n < p) {
            k++;
        }
        return samples[Math.max(k, 1) - 1];
    }

    @Override
    public double survival(double x) {
        return (double) (samples.length - countAtMost(x)) / samples.length;
    }

    private int countAtMost(double x) {
        int lo = 0;
        int hi = samples.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samples[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        double[] sorted = samples;
        int n = sorted.length;
        return () -> sorted[rng.nextInt(n)];
    }

    @Override
    public Family family() {
        return Family.EMPIRICAL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmpiricalDistribution other && Arrays.equals(samples, other.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "EmpiricalDistribution[n=" + samples.length + ", min=" + samples[0] + ", max=" + samples[samples.length - 1] + "]";
    }
}
