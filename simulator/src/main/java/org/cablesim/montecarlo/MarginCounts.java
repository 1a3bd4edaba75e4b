package org.cablesim.montecarlo;

import java.util.Arrays;

/**
 * A frozen, compact copy of a {@link MarginHistogram}: only the bins from the first to the last non-empty
 * one, so a plan can keep or mix the margin distributions of many link classes cheaply.
 *
 * @param firstBin  index of {@code counts[0]} in the histogram's bins (0 when empty)
 * @param counts    counts of bins {@code firstBin .. firstBin + counts.length − 1}, each &ge; 0
 * @param underflow margins below {@link MarginHistogram#LOW_DB}, &ge; 0
 * @param overflow  margins at or above {@link MarginHistogram#HIGH_DB}, &ge; 0
 */
public record MarginCounts(int firstBin, long[] counts, long underflow, long overflow) {
    public MarginCounts {
        counts = counts.clone();
        if (firstBin < 0 || firstBin + counts.length > MarginHistogram.BINS || underflow < 0 || overflow < 0) {
            throw new IllegalArgumentException("invalid margin counts: first bin " + firstBin + ", " + counts.length
                    + " bins, underflow " + underflow + ", overflow " + overflow);
        }
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("bin counts must be >= 0");
            }
        }
    }

    /** @return a copy of the bin counts */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** @return the count of bin {@code firstBin + i}, without copying */
    public long count(int i) {
        return counts[i];
    }

    /** @return bins held */
    public int binCount() {
        return counts.length;
    }

    /** @return margins recorded, under- and overflow included */
    public long total() {
        long t = underflow + overflow;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarginCounts m && firstBin == m.firstBin && Arrays.equals(counts, m.counts)
                && underflow == m.underflow && overflow == m.overflow;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * firstBin + Arrays.hashCode(counts)) + Long.hashCode(underflow) + 7 * Long.hashCode(overflow);
    }

    @Override
    public String toString() {
        return "MarginCounts[bins " + firstBin + ".." + (firstBin + counts.length - 1) + ", total " + total() + "]";
    }
}
