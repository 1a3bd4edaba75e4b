package org.cablesim.montecarlo;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * One connector's loss on one lane, seen by importance sampling as a one-parameter family of proposals
 * on a "driver" variable: parameter 0 is the nominal law, and the log density ratio proposal/nominal
 * at the driver is exact. Tilted families (gamma, exponential, truncated normal, empirical) drive the
 * loss itself with density ∝ exp(t·x); Gaussian-driven families (lognormal, Weibull, histogram) write
 * the loss as x(z), z standard normal, and shift z to N(δ, 1).
 */
interface LaneVariable {
    /** Draws drivers for one proposal; bound to one random source. */
    @FunctionalInterface
    interface DriverSampler {
        double sample();
    }

    /** @return the nominal mean loss, dB */
    double mean();

    /** @return the nominal standard deviation of the loss, dB */
    double sd();

    /** @return the supremum of the loss (+∞ if unbounded), dB */
    double supremum();

    /** @return true for Gaussian-driven (mean-shift) variables, whose tails can be heavier than exponential */
    boolean gaussianDriven();

    /**
     * @param locationDb where the proposal should put this loss (its mean for tilts, its median for shifts), dB
     * @return the proposal parameter (t in 1/dB, or δ); 0 means nominal
     */
    double parameterFor(double locationDb);

    /** @return a sampler of the driver under the proposal with {@code parameter} */
    DriverSampler sampler(UniformRandomProvider rng, double parameter);

    /** @return the loss in dB for a driver value */
    double loss(double driver);

    /** @return log(proposal density / nominal density) at {@code driver} */
    double logRatio(double parameter, double driver);
}
