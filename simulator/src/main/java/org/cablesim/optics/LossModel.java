package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The insertion-loss distribution of one fibre position of one randomly mated connector pair, in dB
 * (support &ge; 0): an immutable parameter object; randomness enters only through {@link #sampler}.
 */
public sealed interface LossModel
        permits FixedLoss, TruncatedNormalLoss, LognormalLoss, GammaLoss, WeibullLoss, ExponentialLoss,
                EmpiricalLoss, HistogramLoss {

    /** @return the expected loss in dB */
    double mean();

    /** @return the variance of the loss in dB² */
    double variance();

    /**
     * The left-continuous inverse CDF {@code inf{x : P(loss <= x) >= p}}.
     *
     * @param p probability in [0, 1]
     * @return loss in dB; {@code +Infinity} at p = 1 for unbounded families
     */
    double quantile(double p);

    /**
     * Upper-tail probability, computed directly (not as 1 − CDF) so it stays accurate far in the tail.
     *
     * @param xDb loss threshold in dB
     * @return P(loss &gt; xDb)
     */
    double survival(double xDb);

    /**
     * Creates an allocation-free sampler bound to {@code rng}.
     *
     * @param rng the random stream the sampler consumes
     * @return a new sampler
     */
    LossSampler sampler(UniformRandomProvider rng);

    /** @return the family id ({@link LossFamily#id()}) */
    String family();

    /** @return this distribution applied independently to every position of a mated pair */
    default MatedPairLossModel independentPositions() {
        return new IndependentPositions(this);
    }
}
