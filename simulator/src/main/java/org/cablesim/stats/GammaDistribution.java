package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * Gamma, the default IEC-grade loss shape (grade B: shape ≈ 4.28, scale ≈ 0.028 dB); sums of independent gamma
 * values with a common scale are gamma again.
 *
 * @param shape shape k, finite, &gt; 0
 * @param scale scale θ, in the unit of the field holding the distribution; finite, &gt; 0
 */
public record GammaDistribution(double shape, double scale) implements Distribution {
    public GammaDistribution {
        Checks.positive("shape", shape);
        Checks.positive("scale", scale);
    }

    private org.apache.commons.statistics.distribution.GammaDistribution distribution() {
        return org.apache.commons.statistics.distribution.GammaDistribution.of(shape, scale);
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return distribution().inverseCumulativeProbability(p);
    }

    @Override
    public double survival(double x) {
        return distribution().survivalProbability(x);
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale)::sample;
    }

    @Override
    public Family family() {
        return Family.GAMMA;
    }
}
