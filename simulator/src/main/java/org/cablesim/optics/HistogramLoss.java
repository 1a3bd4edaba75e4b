package org.cablesim.optics;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.stats.Checks;

/**
 * A loss histogram read as a piecewise-uniform density (uniform within each bin), the continuous
 * counterpart of {@link EmpiricalLoss}; quantiles invert its piecewise-linear CDF exactly and sampling
 * is by that inverse CDF.
 *
 * @param edgesDb bin edges in dB, strictly increasing, finite, first &ge; 0; one more than {@code counts}
 * @param counts  observations per bin, each &ge; 0, total &gt; 0
 */
public record HistogramLoss(double[] edgesDb, long[] counts) implements LossModel {
    public HistogramLoss {
        if (edgesDb == null || counts == null || counts.length == 0 || edgesDb.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram needs n >= 1 counts and n + 1 edges");
        }
        edgesDb = edgesDb.clone();
        counts = counts.clone();
        Checks.nonNegative("first edge", edgesDb[0]);
        for (int i = 1; i < edgesDb.length; i++) {
            Checks.finite("edge", edgesDb[i]);
            if (!(edgesDb[i] > edgesDb[i - 1])) {
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

    /** @return a copy of the bin edges in dB */
    @Override
    public double[] edgesDb() {
        return edgesDb.clone();
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
            sum += counts[i] * (edgesDb[i] + edgesDb[i + 1]) / 2;
        }
        return sum / total();
    }

    @Override
    public double variance() {
        // E[(X − m)²] bin by bin about the mean, to avoid the cancellation of E[X²] − m²
        double m = mean();
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double a = edgesDb[i] - m;
            double b = edgesDb[i + 1] - m;
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
                return edgesDb[i] + f * (edgesDb[i + 1] - edgesDb[i]);
            }
            below += counts[i];
        }
        return edgesDb[edgesDb.length - 1];
    }

    @Override
    public double survival(double xDb) {
        double above = 0;
        for (int i = counts.length - 1; i >= 0; i--) {
            double a = edgesDb[i];
            double b = edgesDb[i + 1];
            if (xDb >= b) {
                break;
            }
            above += xDb <= a ? counts[i] : counts[i] * (b - xDb) / (b - a);
        }
        return above / total();
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        int bins = counts.length;
        double[] cumulative = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            cumulative[i + 1] = cumulative[i] + counts[i];
        }
        double total = cumulative[bins];
        double[] edges = edgesDb;
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
            return edges[lo] + f * (edges[lo + 1] - edges[lo]);
        };
    }

    @Override
    public String family() {
        return LossFamily.HISTOGRAM.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramLoss other && Arrays.equals(edgesDb, other.edgesDb) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edgesDb) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "HistogramLoss[edgesDb=" + Arrays.toString(edgesDb) + ", counts=" + Arrays.toString(counts) + "]";
    }
}
