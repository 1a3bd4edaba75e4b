package org.cablesim.optics;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.Sampler;

/**
 * Adapts a one-position {@link Distribution} to a whole mated pair whose positions are independent
 * draws of the same distribution (slightly conservative for P(any lane fails), blind to edge fibres).
 *
 * @param perPosition the loss distribution of every position
 */
public record IndependentPositions(Distribution perPosition) implements MatedPairLossModel {
    public IndependentPositions {
        Objects.requireNonNull(perPosition, "perPosition");
    }

    @Override
    public MatedPairSampler sampler(UniformRandomProvider rng) {
        Sampler one = perPosition.sampler(rng);
        return (out, positions) -> {
            for (int i = 0; i < positions; i++) {
                out[i] = one.sample();
            }
        };
    }

    @Override
    public double meanAtPosition(int position, int positions) {
        MatedPairLossModel.checkPosition(position, positions);
        return perPosition.mean();
    }

    @Override
    public String family() {
        return perPosition.family().id();
    }
}
