/**
 * Optical insertion-loss models of mated connector pairs: one-position losses are
 * {@link org.cablesim.stats.Distribution}s in dB, applied to a whole ferrule by
 * {@link org.cablesim.optics.IndependentPositions}, or a correlated whole-ferrule
 * {@link org.cablesim.optics.MatedPairLossModel} (the Gaussian-beam MT-ferrule physics model); calibration from
 * (mean, percentile) figures and exact gamma-sum tails for test references.
 *
 * <p>May import: catalog, stats, Apache Commons maths.
 */
package org.cablesim.optics;
