package org.cablesim.montecarlo;

/**
 * A fixed-bin histogram of link margins in dB, mergeable in any order (integer counts), from which the
 * margin percentiles are read. Bins are {@link #BIN_DB} = 0.001 dB wide over [{@link #LOW_DB},
 * {@link #HIGH_DB}); margins outside fall into under/overflow counts. A percentile is reported as the
 * centre of the bin holding the ⌈q·n⌉-th smallest margin, so it is within 0.0005 dB of the exact
 * order statistic (or is ±∞ when that order statistic is outside the range).
 */
public final class MarginHistogram {
    /** Bin width in dB: the resolution of every reported margin percentile. */
    public static final double BIN_DB = 0.001;
    /** Lowest margin binned, dB. */
    public static final double LOW_DB = -30;
    /** Highest margin binned (exclusive), dB; margins cannot exceed the budget. */
    public static final double HIGH_DB = 30;

    /** Bins between {@link #LOW_DB} and {@link #HIGH_DB}. */
    static final int BINS = (int) Math.round((HIGH_DB - LOW_DB) / BIN_DB);

    /** Bins per chunk; chunks are allocated when first used, as a class's margins cover a narrow range. */
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final long[][] chunks = new long[(BINS + CHUNK - 1) / CHUNK][];
    private long underflow;
    private long overflow;
    private long total;

    /** Records one margin. */
    public void add(double marginDb) {
        double x = (marginDb - LOW_DB) / BIN_DB;
        if (x < 0) {
            underflow++;
        } else if (x >= BINS) {
            overflow++;
        } else {
            int bin = (int) x;
            long[] chunk = chunks[bin >>> CHUNK_BITS];
            if (chunk == null) {
                chunk = new long[CHUNK];
                chunks[bin >>> CHUNK_BITS] = chunk;
            }
            chunk[bin & (CHUNK - 1)]++;
        }
        total++;
    }

    /** Adds every count of {@code other} into this histogram. */
    public void merge(MarginHistogram other) {
        for (int c = 0; c < chunks.length; c++) {
            if (other.chunks[c] != null) {
                if (chunks[c] == null) {
                    chunks[c] = new long[CHUNK];
                }
                for (int i = 0; i < CHUNK; i++) {
                    chunks[c][i] += other.chunks[c][i];
                }
            }
        }
        underflow += other.underflow;
        overflow += other.overflow;
        total += other.total;
    }

    /** Empties the histogram. */
    public void clear() {
        java.util.Arrays.fill(chunks, null);
        underflow = 0;
        overflow = 0;
        total = 0;
    }

    /** @return margins recorded */
    public long total() {
        return total;
    }

    /**
     * The q-quantile of the recorded margins at bin resolution.
     *
     * @param q probability in (0, 1]
     * @return the margin in dB (NaN when empty)
     */
    public double quantile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in (0, 1], was " + q);
        }
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = underflow;
        if (seen >= rank) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < BINS; i++) {
            seen += count(i);
            if (seen >= rank) {
                return LOW_DB + (i + 0.5) * BIN_DB;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** @return the non-empty range of bins with the under- and overflow counts, as an immutable copy */
    public MarginCounts snapshot() {
        int first = 0;
        while (first < BINS && count(first) == 0) {
            first++;
        }
        int last = BINS - 1;
        while (last >= first && count(last) == 0) {
            last--;
        }
        long[] kept = new long[Math.max(0, last - first + 1)];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = count(first + i);
        }
        return new MarginCounts(first > last ? 0 : first, kept, underflow, overflow);
    }

    private long count(int bin) {
        long[] chunk = chunks[bin >>> CHUNK_BITS];
        return chunk == null ? 0 : chunk[bin & (CHUNK - 1)];
    }
}
