package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A normal distribution truncated to X &ge; 0 (the parent's mean and sd are the parameters, not the truncated
 * distribution's moments).
 *
 * @param mu    mean of the parent normal, in the unit of the field holding the distribution; finite, with
 *              {@code mu/sigma >= -30} (further left the truncated law is indistinguishable from an
 *              exponential; use that)
 * @param sigma standard deviation of the parent normal, same unit; finite, &gt; 0
 */
public record TruncatedNormalDistribution(double mu, double sigma) implements Distribution {
    /** Smallest accepted {@code mu / sigma}: the truncated mass Φ(−30) ≈ 5e−198 is still representable. */
    public static final double MIN_STANDARDISED_MEAN = -30;

    public TruncatedNormalDistribution {
        Checks.finite("mu", mu);
        Checks.positive("sigma", sigma);
        if (mu / sigma < MIN_STANDARDISED_MEAN) {
            throw new IllegalArgumentException("mu/sigma must be >= " + MIN_STANDARDISED_MEAN + ", was " + mu / sigma);
        }
    }

    private org.apache.commons.statistics.distribution.TruncatedNormalDistribution distribution() {
        return org.apache.commons.statistics.distribution.TruncatedNormalDistribution.of(mu, sigma, 0,
                Double.POSITIVE_INFINITY);
    }

    @Override
    public double mean() {
        return distribution().getMean();
    }

    @Override
    public double variance() {
        return distribution().getVariance();
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return sigma * TruncatedStandardNormal.quantileOffset(-mu / sigma, p);
    }

    @Override
    public double survival(double x) {
        return distribution().survivalProbability(x);
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        return new TruncatedNormalSampler(rng, mu, sigma);
    }

    @Override
    public Family family() {
        return Family.TRUNCATED_NORMAL;
    }
}
