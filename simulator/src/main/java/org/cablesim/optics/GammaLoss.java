package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.cablesim.stats.Checks;

/**
 * Gamma loss, the default IEC-grade shape (grade B: shape ≈ 4.28, scale ≈ 0.028 dB); sums of
 * independent gamma losses with a common scale are gamma again, see {@link GammaSums}.
 *
 * @param shape   shape k, finite, &gt; 0
 * @param scaleDb scale θ in dB, finite, &gt; 0
 */
public record GammaLoss(double shape, double scaleDb) implements LossModel {
    public GammaLoss {
        Checks.positive("shape", shape);
        Checks.positive("scaleDb", scaleDb);
    }

    private GammaDistribution distribution() {
        return GammaDistribution.of(shape, scaleDb);
    }

    @Override
    public double mean() {
        return shape * scaleDb;
    }

    @Override
    public double variance() {
        return shape * scaleDb * scaleDb;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return distribution().inverseCumulativeProbability(p);
    }

    @Override
    public double survival(double xDb) {
        return distribution().survivalProbability(xDb);
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scaleDb)::sample;
    }

    @Override
    public String family() {
        return LossFamily.GAMMA.id();
    }
}
