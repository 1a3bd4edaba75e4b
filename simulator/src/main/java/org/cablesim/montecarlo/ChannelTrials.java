package org.cablesim.montecarlo;

import java.util.List;
import org.cablesim.optics.MatedPairSampler;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKey;

/**
 * One thread's nominal (plain) trial generator for a link class: each mated pair draws from its own
 * stream (seed, {@value #PURPOSE}, elementKey, block), so shared elements of two variants draw alike.
 * Samplers are rebuilt at every block start so no sampler state leaks from one block into the next.
 */
final class ChannelTrials {
    /** Stream purpose of every nominal connector-loss draw. */
    static final String PURPOSE = "loss";

    private final LinkClass linkClass;
    private final int slots;
    private final int lanes;
    private final StreamKey[] keys;
    private final ReseedableStream[] streams;
    private final MatedPairSampler[] samplers;
    private final int[][] positionOfLane;
    private final int[] positions;
    private final double[] fixed;
    private final double[] laneLoss;
    private final double[] buffer;

    ChannelTrials(LinkClass linkClass, RandomStreams streamsOfSeed) {
        this.linkClass = linkClass;
        List<MatedPairSlot> pairs = linkClass.matedPairs();
        this.slots = pairs.size();
        this.lanes = linkClass.lanes();
        this.keys = new StreamKey[slots];
        this.streams = new ReseedableStream[slots];
        this.samplers = new MatedPairSampler[slots];
        this.positionOfLane = new int[slots][];
        this.positions = new int[slots];
        int maxPositions = 1;
        for (int s = 0; s < slots; s++) {
            MatedPairSlot slot = pairs.get(s);
            keys[s] = streamsOfSeed.key(PURPOSE, slot.elementKey());
            streams[s] = new ReseedableStream(keys[s], 0);
            positionOfLane[s] = slot.positionOfLane();
            positions[s] = slot.positions();
            maxPositions = Math.max(maxPositions, slot.positions());
        }
        this.fixed = linkClass.fixedLossDbPerLane();
        this.laneLoss = new double[lanes];
        this.buffer = new double[maxPositions];
    }

    /** Moves every slot's stream to the start of {@code block} and rebuilds the samplers. */
    void startBlock(long block) {
        List<MatedPairSlot> pairs = linkClass.matedPairs();
        for (int s = 0; s < slots; s++) {
            streams[s].reseed(keys[s], block);
            samplers[s] = pairs.get(s).model().sampler(streams[s]);
        }
    }

    /**
     * Draws one trial.
     *
     * @return the worst lane's total loss in dB
     */
    double worstLaneLossDb() {
        System.arraycopy(fixed, 0, laneLoss, 0, lanes);
        for (int s = 0; s < slots; s++) {
            samplers[s].fill(buffer, positions[s]);
            int[] map = positionOfLane[s];
            for (int l = 0; l < lanes; l++) {
                laneLoss[l] += buffer[map[l]];
            }
        }
        double worst = laneLoss[0];
        for (int l = 1; l < lanes; l++) {
            worst = Math.max(worst, laneLoss[l]);
        }
        return worst;
    }
}
