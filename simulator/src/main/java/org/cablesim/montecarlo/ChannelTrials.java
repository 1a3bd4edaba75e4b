package org.cablesim.montecarlo;

import java.util.List;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.StreamKey;

/**
 * One thread's nominal (plain) trial generator for a link class, a batch of up to {@link #BATCH} trials at a time:
 * each mated pair draws from its own stream (seed, {@value #PURPOSE}, elementKey, block), so shared elements of two
 * variants draw alike ({@link LaneDraws}). A lane's loss is its fixed loss plus each pair's loss on it, added in
 * channel order.
 *
 * <p>{@link #drawLosses} gives every lane's loss. When every pair's loss grows with its raw draw (lognormal or
 * Weibull by inversion), {@link #drawMargins} and {@link #drawDecisions} draw the same values but keep them as raw
 * uniforms ({@link BoundedDraws}), and compute losses only where they matter. {@link #fails} passes a lane whose draws are all below the pass bound (each of its
 * n pairs' losses at most (budget − largest fixed loss)/n), then one whose losses' upper bounds from their draws'
 * top bits sum within budget, and sums the rest exactly; {@link #worstLaneLossDb} after {@link #drawMargins} sums
 * exactly only the lanes whose upper bound reaches the largest lower bound of a lane. All three consume the same
 * draws, and the results are exactly those of the losses: bounds carry safety margins far above the rounding, and
 * an exact lane is summed in the same order as {@link #drawLosses} sums it.
 */
final class ChannelTrials {
    /** Stream purpose of every nominal connector-loss draw. */
    static final String PURPOSE = "loss";
    /** Trials per batch: a batch's lane losses of every pair stay in the first-level cache. */
    static final int BATCH = 64;
    /**
     * Smallest slack (budget − largest fixed loss), relative to the budget, that takes the bounds: the pass bounds'
     * relative margin of 1e−9 must stay far above the rounding of a lane's sum (≈ 1e−15 of the budget per term).
     */
    private static final double MIN_RELATIVE_SLACK = 1e-5;

    private final LinkClass linkClass;
    private final int slots;
    private final int lanes;
    private final StreamKey[] keys;
    private final LaneDraws[] draws;
    private final double[] fixed;
    private final double budget;
    /** Per trial and lane of the batch: the loss, dB. */
    private final double[] loss;
    /** The pairs' draws when every pair's loss grows with its raw draw and a pass bound exists, else null. */
    private final BoundedDraws[] bounded;
    /** Per pair: the largest raw draw that keeps it within its share of the slack. */
    private final long[] passBits;
    /** Per trial of the batch: the lanes some pair's draw put above its pass bound (bit l for lane l). */
    private final long[] above = new long[BATCH];
    /** Per lane of one trial: its loss's lower and upper bound. */
    private final double[] lowerSum;
    private final double[] upperSum;
    /** Whether the last batch has every lane's loss ({@link #drawLosses}) rather than raw draws. */
    private boolean lossesDrawn;

    ChannelTrials(LinkClass linkClass, RandomStreams streamsOfSeed) {
        this.linkClass = linkClass;
        List<MatedPairSlot> pairs = linkClass.matedPairs();
        this.slots = pairs.size();
        this.lanes = linkClass.lanes();
        this.keys = new StreamKey[slots];
        this.draws = new LaneDraws[slots];
        boolean allBounded = slots > 0;
        for (int s = 0; s < slots; s++) {
            keys[s] = streamsOfSeed.key(PURPOSE, pairs.get(s).elementKey());
            draws[s] = LaneDraws.of(pairs.get(s), lanes);
            allBounded &= draws[s] instanceof BoundedDraws;
        }
        this.fixed = linkClass.fixedLossDbPerLane();
        this.budget = linkClass.budgetDb();
        this.loss = new double[BATCH * lanes];
        this.lowerSum = new double[lanes];
        this.upperSum = new double[lanes];
        double largestFixed = 0;
        for (double f : fixed) {
            largestFixed = Math.max(largestFixed, f);
        }
        double slack = budget - largestFixed;
        if (allBounded && slack > MIN_RELATIVE_SLACK * budget && lanes <= Long.SIZE) {
            bounded = new BoundedDraws[slots];
            passBits = new long[slots];
            for (int s = 0; s < slots; s++) {
                bounded[s] = (BoundedDraws) draws[s];
                passBits[s] = bounded[s].passBits(slack / slots);
            }
        } else {
            bounded = null;
            passBits = null;
        }
    }

    /** The class the trials are of. */
    LinkClass linkClass() {
        return linkClass;
    }

    /** Moves every pair's stream to the start of {@code block}. */
    void startBlock(long block) {
        for (int s = 0; s < slots; s++) {
            draws[s].startBlock(keys[s], block);
        }
    }

    /** Draws the next {@code n} (&le; {@link #BATCH}) trials with every lane's loss. */
    void drawLosses(int n) {
        lossesDrawn = true;
        for (int t = 0; t < n; t++) {
            System.arraycopy(fixed, 0, loss, t * lanes, lanes);
        }
        for (int s = 0; s < slots; s++) {
            draws[s].add(loss, n);
        }
    }

    /** Draws the next {@code n} trials for {@link #worstLaneLossDb} and {@link #fails}. */
    void drawMargins(int n) {
        if (bounded == null) {
            drawLosses(n);
            return;
        }
        lossesDrawn = false;
        for (int s = 0; s < slots; s++) {
            bounded[s].draw(n);
        }
    }

    /** Draws the next {@code n} trials for {@link #fails} only. */
    void drawDecisions(int n) {
        if (bounded == null) {
            drawLosses(n);
            return;
        }
        lossesDrawn = false;
        java.util.Arrays.fill(above, 0, n, 0);
        for (int s = 0; s < slots; s++) {
            bounded[s].draw(n, passBits[s], above);
        }
    }

    /** The worst lane's loss of trial {@code t} of the last {@link #drawLosses} or {@link #drawMargins} batch, dB. */
    double worstLaneLossDb(int t) {
        int from = t * lanes;
        if (!lossesDrawn) {
            return boundedWorstLaneLossDb(from);
        }
        double worst = loss[from];
        for (int l = 1; l < lanes; l++) {
            worst = Math.max(worst, loss[from + l]);
        }
        return worst;
    }

    private double boundedWorstLaneLossDb(int from) {
        double largestLower = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < lanes; l++) {
            double lo = fixed[l];
            double hi = fixed[l];
            for (int s = 0; s < slots; s++) {
                int k = bounded[s].bucket(from + l);
                lo += bounded[s].lowerBound(k);
                hi += bounded[s].upperBound(k);
            }
            lowerSum[l] = lo;
            upperSum[l] = hi;
            largestLower = Math.max(largestLower, lo);
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < lanes; l++) {
            if (upperSum[l] >= largestLower) {
                worst = Math.max(worst, laneLossDb(from + l, l));
            }
        }
        return worst;
    }

    /** Whether some lane of trial {@code t} of the last batch is over budget. */
    boolean fails(int t) {
        if (bounded == null) {
            return worstLaneLossDb(t) > budget;
        }
        for (long lanesAbove = above[t]; lanesAbove != 0; lanesAbove &= lanesAbove - 1) {
            int l = Long.numberOfTrailingZeros(lanesAbove);
            int i = t * lanes + l;
            double upper = fixed[l];
            for (int s = 0; s < slots; s++) {
                upper += bounded[s].upperBound(bounded[s].bucket(i));
            }
            if (upper > budget && laneLossDb(i, l) > budget) {
                return true;
            }
        }
        return false;
    }

    /** A lane's loss from the raw draws, summed as {@link #drawLosses} sums it. */
    private double laneLossDb(int i, int lane) {
        double sum = fixed[lane];
        for (int s = 0; s < slots; s++) {
            sum += bounded[s].loss(i);
        }
        return sum;
    }
}
