package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The joint insertion-loss distribution of all fibre positions of one mated pair (lanes of one
 * ferrule may be correlated); a Monte Carlo engine holds one {@link MatedPairSampler} per connector.
 */
public interface MatedPairLossModel {
    /**
     * Creates a sampler that draws whole mated pairs from {@code rng}.
     *
     * @param rng the random stream this sampler consumes; never shared with another thread
     * @return a new allocation-free sampler
     */
    MatedPairSampler sampler(UniformRandomProvider rng);

    /**
     * Exact expected loss at one position.
     *
     * @param position  zero-based position index, {@code 0 <= position < positions}
     * @param positions fibre positions in the row, &ge; 1
     * @return mean loss in dB
     */
    double meanAtPosition(int position, int positions);

    /** @return the family id, e.g. {@code gamma} or {@code gaussian-beam-mpo} */
    String family();

    /** Rejects a position index outside {@code 0 .. positions-1}. */
    static void checkPosition(int position, int positions) {
        if (positions < 1 || position < 0 || position >= positions) {
            throw new IllegalArgumentException("position " + position + " outside 0.." + (positions - 1));
        }
    }
}
