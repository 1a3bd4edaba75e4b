package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A value that is always the same (a degenerate distribution), e.g. a splice budget allowance in dB or a fixed
 * repair time in hours.
 *
 * @param value the value, in the unit of the field holding the distribution; finite, &ge; 0
 */
public record FixedDistribution(double value) implements Distribution {
    public FixedDistribution {
        Checks.nonNegative("value", value);
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return value;
    }

    @Override
    public double survival(double x) {
        return x < value ? 1 : 0;
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        double v = value;
        return () -> v;
    }

    @Override
    public double sampleByInversion(UniformRandomProvider rng) {
        rng.nextDouble(); // keeps one uniform per draw whatever the family
        return value;
    }

    @Override
    public Family family() {
        return Family.FIXED;
    }
}
