package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cablesim.stats.Checks;

/**
 * Exponential loss: what zero-mean 2-D Gaussian lateral offsets produce (p97/mean = −ln 0.03 ≈ 3.51).
 *
 * @param meanDb the mean loss in dB, finite, &gt; 0
 */
public record ExponentialLoss(double meanDb) implements LossModel {
    public ExponentialLoss {
        Checks.positive("meanDb", meanDb);
    }

    @Override
    public double mean() {
        return meanDb;
    }

    @Override
    public double variance() {
        return meanDb * meanDb;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return -meanDb * Math.log1p(-p);
    }

    @Override
    public double survival(double xDb) {
        return xDb <= 0 ? 1 : Math.exp(-xDb / meanDb);
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        ZigguratSampler.Exponential unit = ZigguratSampler.Exponential.of(rng);
        double scale = meanDb;
        return () -> scale * unit.sample();
    }

    @Override
    public String family() {
        return LossFamily.EXPONENTIAL.id();
    }
}
