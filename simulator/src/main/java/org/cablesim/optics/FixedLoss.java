package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.stats.Checks;

/**
 * A loss that is always the same value (a degenerate distribution), e.g. a splice budget allowance.
 *
 * @param lossDb the loss in dB, finite, &ge; 0
 */
public record FixedLoss(double lossDb) implements LossModel {
    public FixedLoss {
        Checks.nonNegative("lossDb", lossDb);
    }

    @Override
    public double mean() {
        return lossDb;
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return lossDb;
    }

    @Override
    public double survival(double xDb) {
        return xDb < lossDb ? 1 : 0;
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        double value = lossDb;
        return () -> value;
    }

    @Override
    public String family() {
        return LossFamily.FIXED.id();
    }
}
