package org.cablesim.montecarlo;

import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.MatedPairSampler;
import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKey;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.Sampler;
import org.cablesim.stats.WeibullDistribution;

/**
 * The draws of one mated pair of a link class in a plain trial generator: for a batch of trials, the loss the pair
 * adds to each lane. Each pair draws from its own stream (seed, "loss", elementKey, block), moved in place at
 * every block, trial after trial and lane after lane within a trial; any sampler state is dropped at the block
 * start, so a block's draws depend on its index alone. One per thread and pair.
 *
 * <p>A pair whose positions are independent draws of one distribution ({@link IndependentPositions}) draws only
 * the positions its lanes use, one value per lane; lognormal, Weibull and gamma pairs draw with the engine's own
 * exact samplers ({@link LognormalDraws}, {@link WeibullDraws}, {@link GammaDraws}), with no call through an
 * interface per value.
 */
abstract class LaneDraws {
    final ReseedableStream rng;
    final int lanes;

    LaneDraws(int lanes) {
        this.rng = new ReseedableStream(new StreamKey(0, 0), 0);
        this.lanes = lanes;
    }

    /** Moves to the start of {@code block}'s stream of {@code key}. */
    void startBlock(StreamKey key, long block) {
        rng.reseed(key, block);
        newSampler();
    }

    /** Drops any sampler state at a block start (a sampler bound to {@link #rng} is rebuilt). */
    void newSampler() {
    }

    /**
     * Draws {@code n} trials and adds each lane's loss: {@code loss[t · lanes + l]} gains trial t's loss on lane l.
     *
     * @param loss per trial and lane, dB; at least {@code n · lanes} long
     * @param n    trials
     */
    abstract void add(double[] loss, int n);

    /** The draws of {@code slot} for a class of {@code lanes} lanes. */
    static LaneDraws of(MatedPairSlot slot, int lanes) {
        MatedPairLossModel model = slot.model();
        if (model instanceof IndependentPositions independent) {
            Distribution d = independent.perPosition();
            if (d instanceof LognormalDistribution ln) {
                return new LognormalDraws(ln, lanes);
            }
            if (d instanceof GammaDistribution g) {
                return new GammaDraws(g, lanes);
            }
            if (d instanceof WeibullDistribution w) {
                return new WeibullDraws(w, lanes);
            }
            return new Independent(d, lanes);
        }
        return new Joint(model, slot, lanes);
    }

    /** Any other distribution, independent per position: its own sampler, one value per lane. */
    private static final class Independent extends LaneDraws {
        private final Distribution distribution;
        private Sampler sampler;

        Independent(Distribution distribution, int lanes) {
            super(lanes);
            this.distribution = distribution;
        }

        @Override
        void newSampler() {
            sampler = distribution.sampler(rng);
        }

        @Override
        void add(double[] loss, int n) {
            for (int i = 0; i < n * lanes; i++) {
                loss[i] += sampler.sample();
            }
        }
    }

    /** A pair whose positions are drawn together (correlated lanes): every position, then each lane's. */
    private static final class Joint extends LaneDraws {
        private final MatedPairLossModel model;
        private final int positions;
        private final int[] positionOfLane;
        private final double[] buffer;
        private MatedPairSampler sampler;

        Joint(MatedPairLossModel model, MatedPairSlot slot, int lanes) {
            super(lanes);
            this.model = model;
            this.positions = slot.positions();
            this.positionOfLane = slot.positionOfLane();
            this.buffer = new double[positions];
        }

        @Override
        void newSampler() {
            sampler = model.sampler(rng);
        }

        @Override
        void add(double[] loss, int n) {
            for (int t = 0; t < n; t++) {
                sampler.fill(buffer, positions);
                for (int l = 0; l < lanes; l++) {
                    loss[t * lanes + l] += buffer[positionOfLane[l]];
                }
            }
        }
    }
}
