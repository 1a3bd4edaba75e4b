package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Lognormal: ln(X / 1 unit) is normal, the unit being that of the field holding the distribution (dB for a
 * loss, hours for a duration).
 *
 * @param muLog    mean of ln X, finite (the median is e^muLog)
 * @param sigmaLog standard deviation of ln X, finite, &gt; 0
 */
public record LognormalDistribution(double muLog, double sigmaLog) implements Distribution {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** Inversion keeps u inside [2⁻⁵³, 1 − 2⁻⁵³] so the normal quantile stays finite. */
    private static final double U_CLAMP = 0x1.0p-53;

    public LognormalDistribution {
        Checks.finite("muLog", muLog);
        Checks.positive("sigmaLog", sigmaLog);
    }

    /**
     * The log-scale σ values of the lognormals whose quantile at {@code p} is {@code ratio} times their mean: the
     * roots of σ²/2 − zσ + ln(ratio) = 0 with z = Φ⁻¹(p), the one place that calibration is solved.
     *
     * @param p     probability of the quantile, in (0, 1)
     * @param ratio quantile / mean, &gt; 0
     * @return the two roots, smaller first (equal at the largest reachable ratio); empty when no lognormal reaches
     *         the ratio
     */
    public static double[] sigmaRoots(double p, double ratio) {
        double z = STANDARD_NORMAL_QUANTILE.applyAsDouble(p);
        double disc = z * z - 2 * Math.log(ratio);
        // At the largest ratio rounding may leave the discriminant a hair below 0: that is the double root z.
        if (!(ratio > 0) || disc < -1e-12) {
            return new double[0];
        }
        double root = Math.sqrt(Math.max(0, disc));
        return new double[] {z - root, z + root};
    }

    /** The largest quantile/mean ratio at {@code p} a lognormal reaches: exp(z²/2), z = Φ⁻¹(p). */
    public static double largestQuantileRatio(double p) {
        double z = STANDARD_NORMAL_QUANTILE.applyAsDouble(p);
        return Math.exp(z * z / 2);
    }

    private static final java.util.function.DoubleUnaryOperator STANDARD_NORMAL_QUANTILE =
            q -> org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).inverseCumulativeProbability(q);

    /**
     * The lognormal with this mean and log-standard deviation: muLog = ln(mean) − σ²/2.
     *
     * @param mean     the mean, finite, &gt; 0
     * @param sigmaLog standard deviation of ln X, finite, &gt; 0
     * @return the distribution
     */
    public static LognormalDistribution withMean(double mean, double sigmaLog) {
        Checks.positive("mean", mean);
        return new LognormalDistribution(Math.log(mean) - sigmaLog * sigmaLog / 2, sigmaLog);
    }

    private LogNormalDistribution distribution() {
        return LogNormalDistribution.of(muLog, sigmaLog);
    }

    @Override
    public double mean() {
        return Math.exp(muLog + sigmaLog * sigmaLog / 2);
    }

    @Override
    public double variance() {
        double s2 = sigmaLog * sigmaLog;
        return Math.expm1(s2) * Math.exp(2 * muLog + s2);
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
        return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), muLog, sigmaLog)::sample;
    }

    @Override
    public double sampleByInversion(UniformRandomProvider rng) {
        double p = Math.min(Math.max(rng.nextDouble(), U_CLAMP), 1.0 - U_CLAMP);
        return Math.exp(muLog + sigmaLog * STANDARD_NORMAL.inverseCumulativeProbability(p));
    }

    @Override
    public Family family() {
        return Family.LOGNORMAL;
    }
}
