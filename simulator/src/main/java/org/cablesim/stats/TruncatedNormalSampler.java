package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws a normal truncated to ≥ 0 in standardised form Z &gt; a = −μ/σ: plain rejection from the
 * normal when at least ~31 % of it survives (a &le; 0.5), otherwise Robert's (1995) translated-exponential
 * rejection, which accepts &gt; 76 % of proposals for any a &gt; 0.5.
 *
 * <p>Written here because Commons Statistics 1.1's {@code TruncatedNormalDistribution.createSampler}
 * chooses its half-normal shortcut by testing the unstandardised bound ({@code lower >= 0}), so a
 * normal with μ &gt; 0 truncated at 0 is sampled as μ + σ|Z| (mean off by 0.8σ); see
 * {@code SamplerStatisticsTest}.
 */
final class TruncatedNormalSampler implements Sampler {
    private static final double NORMAL_REJECTION_LIMIT = 0.5;

    private final ZigguratSampler.NormalizedGaussian gauss;
    private final ZigguratSampler.Exponential exponential;
    private final double mu;
    private final double sigma;
    private final double a;
    private final double lambda;

    TruncatedNormalSampler(UniformRandomProvider rng, double mu, double sigma) {
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        this.exponential = ZigguratSampler.Exponential.of(rng);
        this.mu = mu;
        this.sigma = sigma;
        this.a = -mu / sigma;
        this.lambda = (a + Math.sqrt(a * a + 4)) / 2;
    }

    @Override
    public double sample() {
        double z;
        if (a <= NORMAL_REJECTION_LIMIT) {
            do {
                z = gauss.sample();
            } while (z < a);
        } else {
            // proposal a + Exp(λ); accept with probability exp(−(z − λ)²/2), tested as 2·Exp(1) ≥ (z − λ)²
            double t;
            do {
                z = a + exponential.sample() / lambda;
                t = z - lambda;
            } while (2 * exponential.sample() < t * t);
        }
        return Math.max(0, mu + sigma * z);
    }
}
