package org.cablesim.stats;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Weibull, {@code P(X > x) = exp(−(x/scale)^shape)}: as a time to failure, shape &lt; 1 models infant
 * mortality (falling hazard), 1 is exponential, &gt; 1 wear-out; as a loss, shape ≈ 2 gives the tight IEC-grade
 * p97/mean ≈ 2.
 *
 * @param shape shape k, finite, &gt; 0
 * @param scale scale λ, in the unit of the field holding the distribution; finite, &gt; 0
 */
public record WeibullDistribution(double shape, double scale) implements Distribution {
    public WeibullDistribution {
        Checks.positive("shape", shape);
        Checks.positive("scale", scale);
    }

    /**
     * The Weibull with this mean and shape: scale = mean / Γ(1 + 1/shape).
     *
     * @param mean  the mean, finite, &gt; 0
     * @param shape shape k, finite, &gt; 0
     * @return the distribution
     */
    public static WeibullDistribution withMean(double mean, double shape) {
        Checks.positive("mean", mean);
        Checks.positive("shape", shape);
        return new WeibullDistribution(shape, mean / Math.exp(Gamma.logGamma(1 + 1 / shape)));
    }

    @Override
    public double mean() {
        return org.apache.commons.statistics.distribution.WeibullDistribution.of(shape, scale).getMean();
    }

    @Override
    public double variance() {
        return org.apache.commons.statistics.distribution.WeibullDistribution.of(shape, scale).getVariance();
    }

    @Override
    public double quantile(double p) {
        Checks.probability("probability", p);
        return scale * Math.pow(-Math.log1p(-p), 1 / shape);
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : Math.exp(-Math.pow(x / scale, shape));
    }

    @Override
    public Sampler sampler(UniformRandomProvider rng) {
        double invShape = 1 / shape;
        double lambda = scale;
        // inverse transform on the survival function; nextDouble() is in [0, 1) so 1 - u is in (0, 1]
        return () -> lambda * Math.pow(-Math.log(1 - rng.nextDouble()), invShape);
    }

    @Override
    public double sampleByInversion(UniformRandomProvider rng) {
        return scale * Math.pow(-Math.log(1.0 - rng.nextDouble()), 1.0 / shape);
    }

    @Override
    public Family family() {
        return Family.WEIBULL;
    }
}
