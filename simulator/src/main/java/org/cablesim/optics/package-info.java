/**
 * Optical insertion-loss models of mated connector pairs: immutable distribution objects
 * ({@link org.cablesim.optics.LossModel}, {@link org.cablesim.optics.MatedPairLossModel}) that hand out
 * allocation-free samplers bound to an injected random source, calibration from (mean, percentile)
 * figures, the Gaussian-beam MT-ferrule physics model and exact gamma-sum tails for test references.
 */
package org.cablesim.optics;
