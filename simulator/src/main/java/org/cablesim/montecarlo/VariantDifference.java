package org.cablesim.montecarlo;

import org.cablesim.stats.Interval;

/**
 * Paired estimate of how two plan variants' link classes differ.
 *
 * @param trials                     paired trials
 * @param failProbabilityA           P_A estimate
 * @param failProbabilityB           P_B estimate
 * @param failProbabilityDifference  P_A − P_B
 * @param failDifferenceCi95         normal 95 % interval of P_A − P_B from the paired per-trial differences
 * @param failDifferenceVariance     sample variance of the per-trial difference 1{A fails} − 1{B fails}
 * @param meanMarginADb              mean margin of A, dB
 * @param meanMarginBDb              mean margin of B, dB
 * @param marginDifferenceDb         mean margin A − B, dB
 * @param marginDifferenceCi95       95 % interval of it
 * @param marginDifferenceVariance   sample variance of the per-trial margin difference, dB²
 */
public record VariantDifference(long trials, double failProbabilityA, double failProbabilityB,
                                double failProbabilityDifference, Interval failDifferenceCi95, double failDifferenceVariance,
                                double meanMarginADb, double meanMarginBDb, double marginDifferenceDb,
                                Interval marginDifferenceCi95, double marginDifferenceVariance) {
}
