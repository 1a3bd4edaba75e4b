package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Uniform on [min, max], e.g. a repair time in hours or the loss a dirty connection adds in dB.
 *
 * @param min lower end, in the unit of the field holding the distribution; finite, &ge; 0
 * @param max upper end, same unit; finite, &ge; min
 */
public record UniformDistribution(double min, double max) implements Distribution {
    public UniformDistribution {
        Checks.nonNegative("min", min);
        Checks.nonNegative("max", max);
        if (max < min) {
            throw new IllegalArgumentException("max must be >= min, were " + min + ", " + max);
        }
    }

    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    @Override
    public double variance() {
        double w = max - min;
        return w * w / 12;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return min + (max - min) * p;
    }

    @Override
    public double survival(double x) {
        if (x < min) {
            return 1;
        }
        return x >= max ? 0 : (max - x) / (max - min);
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        double lo = min;
        double width = max - min;
        return () -> lo + width * rng.nextDouble();
    }

    @Override
    public double sampleByInversion(UniformRandomProvider rng) {
        return min + (max - min) * rng.nextDouble();
    }

    @Override
    public Family family() {
        return Family.UNIFORM;
    }
}
