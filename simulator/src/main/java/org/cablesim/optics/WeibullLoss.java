package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.WeibullDistribution;
import org.cablesim.stats.Checks;

/**
 * Weibull loss, {@code P(loss > x) = exp(−(x/scale)^shape)}; shape ≈ 2 gives the tight IEC-grade p97/mean ≈ 2.
 *
 * @param shape   shape k, finite, &gt; 0
 * @param scaleDb scale λ in dB, finite, &gt; 0
 */
public record WeibullLoss(double shape, double scaleDb) implements LossModel {
    public WeibullLoss {
        Checks.positive("shape", shape);
        Checks.positive("scaleDb", scaleDb);
    }

    @Override
    public double mean() {
        return WeibullDistribution.of(shape, scaleDb).getMean();
    }

    @Override
    public double variance() {
        return WeibullDistribution.of(shape, scaleDb).getVariance();
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return scaleDb * Math.pow(-Math.log1p(-p), 1 / shape);
    }

    @Override
    public double survival(double xDb) {
        return xDb <= 0 ? 1 : Math.exp(-Math.pow(xDb / scaleDb, shape));
    }

    @Override
    public LossSampler sampler(UniformRandomProvider rng) {
        double invShape = 1 / shape;
        double scale = scaleDb;
        // inverse transform on the survival function; nextDouble() is in [0, 1) so 1 - u is in (0, 1]
        return () -> scale * Math.pow(-Math.log(1 - rng.nextDouble()), invShape);
    }

    @Override
    public String family() {
        return LossFamily.WEIBULL.id();
    }
}
