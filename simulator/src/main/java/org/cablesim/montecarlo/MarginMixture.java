package org.cablesim.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.stats.Checks;

/**
 * The margin distribution of a whole plan: the link classes' plain-run histograms mixed with weights
 * (typically member count / trials, so each class counts once per link it stands for). Bins are those of
 * {@link MarginHistogram}; adding classes in a fixed order gives bit-identical sums.
 */
public final class MarginMixture {
    private final double[] weights = new double[MarginHistogram.BINS];
    private double underflow;
    private double overflow;
    private double total;
    private int first = MarginHistogram.BINS;
    private int last = -1;

    /** One point of a cumulative distribution: the fraction of weight with margin below {@code marginDb}. */
    public record Point(double marginDb, double fraction) {
    }

    /**
     * Adds a class's margins.
     *
     * @param margins        the class's counts
     * @param weightPerCount weight of each counted trial, finite, &ge; 0 (e.g. members / trials)
     */
    public void add(MarginCounts margins, double weightPerCount) {
        Checks.nonNegative("weightPerCount", weightPerCount);
        for (int i = 0; i < margins.binCount(); i++) {
            long c = margins.count(i);
            if (c > 0) {
                int bin = margins.firstBin() + i;
                weights[bin] += c * weightPerCount;
                first = Math.min(first, bin);
                last = Math.max(last, bin);
            }
        }
        underflow += margins.underflow() * weightPerCount;
        overflow += margins.overflow() * weightPerCount;
        total += margins.total() * weightPerCount;
    }

    /** @return the total weight added */
    public double total() {
        return total;
    }

    /**
     * The q-quantile at bin resolution: the centre of the bin where the cumulative weight first reaches q·total.
     *
     * @param q probability in (0, 1]
     * @return the margin in dB (NaN when empty, ±∞ when the quantile lies in the under- or overflow)
     */
    public double quantile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in (0, 1], was " + q);
        }
        if (total <= 0) {
            return Double.NaN;
        }
        double target = q * total;
        double seen = underflow;
        if (seen >= target) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int i = first; i <= last; i++) {
            seen += weights[i];
            if (seen >= target * (1 - 1e-12)) {
                return MarginHistogram.LOW_DB + (i + 0.5) * MarginHistogram.BIN_DB;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The cumulative distribution at {@code points} margins evenly spaced (on bin edges) from the lower edge
     * of the lowest non-empty bin to the upper edge of the highest; each fraction is the weight of margins
     * strictly below that edge (underflow included) over the total.
     *
     * @param points how many points, &ge; 2 (fewer come back when the range spans fewer bins)
     * @return the points in increasing margin order; empty when nothing was added inside the binned range
     */
    public List<Point> cdf(int points) {
        Checks.atLeast("points", points, 2);
        List<Point> out = new ArrayList<>(points);
        if (total <= 0 || last < 0) {
            return out;
        }
        int span = last + 1 - first;
        double below = underflow;
        int bin = first;
        int previous = -1;
        for (int k = 0; k < points; k++) {
            int edge = first + (int) Math.round((double) k * span / (points - 1));
            if (edge == previous) {
                continue;
            }
            previous = edge;
            while (bin < edge) {
                below += weights[bin++];
            }
            out.add(new Point(edgeDb(edge), Math.min(1, below / total)));
        }
        return out;
    }

    /** Margin at a bin edge, rounded to the bin width's decimals so the edges print cleanly. */
    private static double edgeDb(int edge) {
        return Math.round((MarginHistogram.LOW_DB + edge * MarginHistogram.BIN_DB) * 1000) / 1000.0;
    }
}
