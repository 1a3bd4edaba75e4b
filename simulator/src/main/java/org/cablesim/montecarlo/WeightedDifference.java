package org.cablesim.montecarlo;

import org.cablesim.stats.Interval;

/**
 * The paired estimate of a difference of two weighted sums of class failure indicators,
 * D = Σ w_A·1{A-class fails} − Σ w_B·1{B-class fails}, from trials in which every class draws its plain-run
 * losses.
 *
 * @param trials   paired trials, &ge; 2
 * @param mean     mean of D over the trials
 * @param variance sample variance of the per-trial D
 * @param ci95     normal 95 % interval of the mean: mean ± 1.96·√(variance / trials)
 */
public record WeightedDifference(long trials, double mean, double variance, Interval ci95) {
    /** @return the standard error of the mean, √(variance / trials) */
    public double standardError() {
        return Math.sqrt(variance / trials);
    }
}
