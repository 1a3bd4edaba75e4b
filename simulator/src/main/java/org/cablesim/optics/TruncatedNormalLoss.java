package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.cablesim.stats.Checks;

/**
 * A normal distribution truncated to loss &ge; 0 (the parent's mean and sd are the parameters, not the
 * truncated distribution's moments).
 *
 * @param muDb    mean of the parent normal in dB, finite, with {@code muDb/sigmaDb >= -30}
 *                (further left the truncated law is indistinguishable from an exponential; use that)
 * @param sigmaDb standard deviation of the parent normal in dB, finite, &gt; 0
 */
public record TruncatedNormalLoss(double muDb, double sigmaDb) implements LossModel {
    /** Smallest accepted {@code muDb / sigmaDb}: the truncated mass Φ(−30) ≈ 5e−198 is still representable. */
    public static final double MIN_STANDARDISED_MEAN = -30;

    public TruncatedNormalLoss {
        Checks.finite("muDb", muDb);
        Checks.positive("sigmaDb", sigmaDb);
        if (muDb / sigmaDb < MIN_STANDARDISED_MEAN) {
            throw new IllegalArgumentException("muDb/sigmaDb must be >= " + MIN_STANDARDISED_MEAN + ", was " + muDb / sigmaDb);
        }
    }

    private TruncatedNormalDistribution distribution() {
        return TruncatedNormalDistribution.of(muDb, sigmaDb, 0, Double.POSITIVE_INFINITY);
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
        return sigmaDb * TruncatedStandardNormal.quantileOffset(-muDb / sigmaDb, p);
    }

    @Override
    public double survival(double xDb) {
        return distribution().survivalProbability(xDb);
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        return new TruncatedNormalSampler(rng, muDb, sigmaDb);
    }

    @Override
    public String family() {
        return LossFamily.TRUNCATED_NORMAL.id();
    }
}
