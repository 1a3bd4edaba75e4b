package org.cablesim.stats;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A distribution of a non-negative quantity: an immutable parameter object, randomness entering only through
 * the random source handed to {@link #sampler} or {@link #sampleByInversion}. Values and parameters carry the
 * unit of the field holding the distribution: dB for a connector loss, hours for a duration.
 */
public sealed interface Distribution
        permits FixedDistribution, UniformDistribution, ExponentialDistribution, WeibullDistribution,
                LognormalDistribution, GammaDistribution, TruncatedNormalDistribution, EmpiricalDistribution,
                HistogramDistribution {

    /** @return the expected value */
    double mean();

    /** @return the variance, in the unit squared */
    double variance();

    /**
     * The left-continuous inverse CDF {@code inf{x : P(X <= x) >= p}}.
     *
     * @param p probability in [0, 1]
     * @return the quantile; {@code +Infinity} at p = 1 for unbounded families
     */
    double quantile(double p);

    /**
     * Upper-tail probability, computed directly (not as 1 − CDF) so it stays accurate far in the tail.
     *
     * @param x threshold
     * @return P(X &gt; x)
     */
    double survival(double x);

    /**
     * Creates an allocation-free sampler bound to {@code rng}, free to use as many uniforms per draw as the
     * fastest exact method needs (the loss engine's draws).
     *
     * @param rng the random stream the sampler consumes
     * @return a new sampler
     */
    Sampler sampler(UniformRandomProvider rng);

    /**
     * Draws one value by inversion, consuming exactly one {@code nextDouble()} whatever the family, so that
     * named streams stay aligned however a scenario changes its distributions (the lifecycle's draws).
     *
     * @param rng the random stream
     * @return the value, &ge; 0
     */
    default double sampleByInversion(UniformRandomProvider rng) {
        return quantile(rng.nextDouble());
    }

    /** @return the family */
    Family family();
}
