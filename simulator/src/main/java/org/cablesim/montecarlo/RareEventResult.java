package org.cablesim.montecarlo;

import org.cablesim.stats.Interval;

/**
 * An importance-sampling estimate of a link class's installation failure probability.
 *
 * @param classId           the class estimated
 * @param failProbability   the estimate
 * @param ci95              normal-approximation 95 % interval, clipped to [0, 1]
 * @param relativeHalfWidth achieved 95 % half-width / estimate (+∞ when the estimate is 0, 0 when exact)
 * @param trials            importance-sampling trials used (all lane groups together)
 * @param hits              trials that landed in the failure region
 * @param scheme            "tilted-lanes" (independent lanes, per-lane mixture of tilts/shifts),
 *                          "scaled-offsets" (correlated Gaussian-beam pairs) or "reflectance" (rule broken: 1)
 */
public record RareEventResult(String classId, double failProbability, Interval ci95, double relativeHalfWidth,
                              long trials, long hits, String scheme) {
}
