package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Exponential: a constant-hazard time to failure, or the loss zero-mean 2-D Gaussian lateral offsets produce
 * (p97/mean = −ln 0.03 ≈ 3.51).
 *
 * @param mean the mean, in the unit of the field holding the distribution; finite, &gt; 0
 */
public record ExponentialDistribution(double mean) implements Distribution {
    public ExponentialDistribution {
        Checks.positive("mean", mean);
    }

    @Override
    public double variance() {
        return mean * mean;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return -mean * Math.log1p(-p);
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : Math.exp(-x / mean);
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        ZigguratSampler.Exponential unit = ZigguratSampler.Exponential.of(rng);
        double scale = mean;
        return () -> scale * unit.sample();
    }

    @Override
    public double sampleByInversion(UniformRandomProvider rng) {
        // 1 - u lies in (0, 1]: log never sees 0.
        return -mean * Math.log(1.0 - rng.nextDouble());
    }

    @Override
    public Family family() {
        return Family.EXPONENTIAL;
    }
}
