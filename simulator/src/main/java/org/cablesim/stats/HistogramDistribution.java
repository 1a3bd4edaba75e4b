package org.cablesim.stats;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A histogram (e.g. of measured losses) read as a piecewise-uniform density (uniform within each bin), the continuous
 * counterpart of {@link EmpiricalDistribution}; quantiles invert its piecewise-linear CDF exactly and sampling
 * is by that inverse CDF.
 *
 * @param edges  bin edges, in the unit of the field holding the distribution; strictly increasing, finite,
 *               first &ge; 0; one more than {@code counts}
 * @param counts observations per bin, each &ge; 0, total &gt; 0
 */
public record HistogramDistribution(double[] edges, long[] counts) implements Distribution {
    public HistogramDistribution {
        if (edges == null || counts == null || counts.length == 0 || edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram needs n >= 1 counts and n + 1 edges");
        }
        edges = edges.clone();
        counts = counts.clone();
        Checks.nonNegative("first edge", edges[0]);
        for (int i = 1; i < edges.length; i++) {
            Checks.finite("edge", edges[i]);
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edges must be strictly increasing at index " + i);
            }
        }
        long total = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("counts must be >= 0, was " + c);
            }
            total = Math.addExact(total, c);
        }
        if (total == 0) {
            throw new IllegalArgumentException("a histogram needs at least one observation");
        }
    }

    /** @return a copy of the bin edges */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** @return a copy of the counts */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    private double total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    @Override
    public double mean() {
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i] * (edges[i] + edges[i + 1]) / 2;
        }
        return sum / total();
    }

    @Override
    public double variance() {
        // E[(X − m)²] bin by bin about the mean, to avoid the cancellation of E[X²] − m²
        double m = mean();
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double a = edges[i] - m;
            double b = edges[i + 1] - m;
            sum += counts[i] * (a * a + a * b + b * b) / 3;
        }
        return sum / total();
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        double target = p * total();
        double below = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && below + counts[i] >= target) {
                double f = Math.max(0, (target - below) / counts[i]);
                return edges[i] + f * (edges[i + 1] - edges[i]);
            }
            below += counts[i];
        }
        return edges[edges.length - 1];
    }

    @Override
    public double survival(double x) {
        double above = 0;
        for (int i = counts.length - 1; i >= 0; i--) {
            double a = edges[i];
            double b = edges[i + 1];
            if (x >= b) {
                break;
            }
            above += x <= a ? counts[i] : counts[i] * (b - x) / (b - a);
        }
        return above / total();
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        int bins = counts.length;
        double[] cumulative = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            cumulative[i + 1] = cumulative[i] + counts[i];
        }
        double total = cumulative[bins];
        double[] e = edges;
        return () -> {
            double t = rng.nextDouble() * total;
            // largest i with cumulative[i] <= t; empty bins have zero width in t and are never chosen
            int lo = 0;
            int hi = bins;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] <= t) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double f = (t - cumulative[lo]) / (cumulative[lo + 1] - cumulative[lo]);
            return e[lo] + f * (e[lo + 1] - e[lo]);
        };
    }

    @Override
    public Family family() {
        return Family.HISTOGRAM;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramDistribution other && Arrays.equals(edges, other.edges) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "HistogramDistribution[edges=" + Arrays.toString(edges) + ", counts=" + Arrays.toString(counts) + "]";
    }
}
