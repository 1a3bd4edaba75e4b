package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.cablesim.stats.Checks;

/**
 * Lognormal loss: ln(loss in dB) is normal.
 *
 * @param muLogDb  mean of ln(loss/1 dB), finite
 * @param sigmaLog standard deviation of ln(loss/1 dB), finite, &gt; 0
 */
public record LognormalLoss(double muLogDb, double sigmaLog) implements LossModel {
    public LognormalLoss {
        Checks.finite("muLogDb", muLogDb);
        Checks.positive("sigmaLog", sigmaLog);
    }

    private LogNormalDistribution distribution() {
        return LogNormalDistribution.of(muLogDb, sigmaLog);
    }

    @Override
    public double mean() {
        return Math.exp(muLogDb + sigmaLog * sigmaLog / 2);
    }

    @Override
    public double variance() {
        double s2 = sigmaLog * sigmaLog;
        return Math.expm1(s2) * Math.exp(2 * muLogDb + s2);
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
        return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), muLogDb, sigmaLog)::sample;
    }

    @Override
    public String family() {
        return LossFamily.LOGNORMAL.id();
    }
}
