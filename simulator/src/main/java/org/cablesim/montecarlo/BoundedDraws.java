package org.cablesim.montecarlo;

import java.util.function.LongPredicate;

/**
 * Draws whose loss grows with a 53-bit raw value b per lane and trial, drawn by inversion: a trial that only decides
 * pass or fail compares b with a threshold ({@link #passBits}) and bounds a lane's loss from the top bits of its
 * values' b ({@link #bucket}), so {@link ChannelTrials} computes the loss only of lanes that may fail or may be the
 * worst. The loss of a value is exactly the one {@link #add} gives it.
 */
abstract class BoundedDraws extends LaneDraws {
    /** Buckets of the value bounds: the top 8 bits of b. */
    static final int BUCKET_BITS = 8;
    /** Relative widening of the bucket bounds, far above the rounding of the inverse distribution function. */
    private static final double BOUND_SLACK = 1e-12;

    /** Loss bounds of the values in each bucket: [lower[k], upper[k]] holds every value whose b has top bits k. */
    private final double[] lower = new double[1 << BUCKET_BITS];
    private final double[] upper = new double[1 << BUCKET_BITS];

    BoundedDraws(int lanes) {
        super(lanes);
    }

    /** Fills the bucket bounds from {@link #lossOfBits}; the subclass constructor calls it last. */
    final void bound() {
        int buckets = 1 << BUCKET_BITS;
        for (int k = 0; k < buckets; k++) {
            long from = (long) k << (53 - BUCKET_BITS);
            long to = ((long) (k + 1) << (53 - BUCKET_BITS)) - 1;
            lower[k] = lossOfBits(from) * (1 - BOUND_SLACK);
            upper[k] = k == buckets - 1 ? Double.POSITIVE_INFINITY : lossOfBits(to) * (1 + BOUND_SLACK);
        }
    }

    /** The loss of a value with raw bits b, 0 &le; b &lt; 2⁵³, dB; non-decreasing in b. */
    abstract double lossOfBits(long b);

    /** Draws {@code n} trials, keeping their raw values. */
    abstract void draw(int n);

    /**
     * Draws {@code n} trials and marks in {@code above[t]} (bit l for lane l, lanes &le; 64) every lane of trial t
     * with a value whose b exceeds {@code passBits}.
     */
    abstract void draw(int n, long passBits, long[] above);

    @Override
    final void add(double[] loss, int n) {
        draw(n);
        for (int i = 0; i < n * lanes; i++) {
            loss[i] += loss(i);
        }
    }

    /** The loss of value {@code i} of the last batch (trial i / lanes, lane i % lanes), dB. */
    abstract double loss(int i);

    /** The bucket of value {@code i} of the last batch: the top {@value #BUCKET_BITS} bits of its b. */
    abstract int bucket(int i);

    /** A lower bound of the loss of every value in bucket {@code k}, dB. */
    final double lowerBound(int k) {
        return lower[k];
    }

    /** An upper bound of the loss of every value in bucket {@code k} (+∞ for the top bucket), dB. */
    final double upperBound(int k) {
        return upper[k];
    }

    /**
     * The largest b whose loss is at most {@code capDb} with a relative safety margin far above the rounding, or −1
     * when no b is that small.
     *
     * @param capDb the largest loss that surely passes, dB, &gt; 0
     */
    abstract long passBits(double capDb);

    /**
     * The largest b in [0, 2⁵³) that {@code within} accepts, or −1 when it accepts none, by bisection; {@code within}
     * must accept every b below one it accepts.
     */
    static long largestBits(LongPredicate within) {
        long lo = -1;
        long hi = 1L << 53;
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (within.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
