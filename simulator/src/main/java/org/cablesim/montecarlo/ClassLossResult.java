package org.cablesim.montecarlo;

import org.cablesim.stats.Interval;

/**
 * The loss engine's verdict on one link class: installation failure probability of one member link and
 * its margin distribution.
 *
 * @param classId              the class
 * @param tier                 the class's tier
 * @param memberCount          links in the class
 * @param method               {@link LossEngine#EXACT}, {@link LossEngine#PLAIN} or {@link LossEngine#IMPORTANCE_SAMPLING}
 * @param failProbability      P(one member link fails at installation)
 * @param ci95                 95 % interval of it (a point for exact results)
 * @param relativeHalfWidth    achieved 95 % half-width / estimate (0 exact, +∞ when the estimate is 0)
 * @param trials               trials spent on the probability (plain or IS; 0 for exact)
 * @param reflectanceCompliant whether the reflectance rule holds (if not, failProbability is 1)
 * @param meanMarginDb         mean of budget − worst lane loss, dB (from the plain run)
 * @param marginP1Db           1st percentile of the margin, dB (plain run, 0.001 dB bins)
 * @param marginP5Db           5th percentile of the margin, dB
 * @param marginP50Db          median margin, dB
 */
public record ClassLossResult(String classId, String tier, long memberCount, String method, double failProbability,
                              Interval ci95, double relativeHalfWidth, long trials, boolean reflectanceCompliant,
                              double meanMarginDb, double marginP1Db, double marginP5Db, double marginP50Db) {
    public ClassLossResult {
        if (memberCount < 1 || !(failProbability >= 0 && failProbability <= 1)) {
            throw new IllegalArgumentException(classId + ": invalid member count or probability " + memberCount + ", " + failProbability);
        }
    }

    /** @return memberCount × failProbability, the expected failing links of this class */
    public double expectedFailingLinks() {
        return memberCount * failProbability;
    }

    /**
     * A result known only by its probability (for aggregation tests and for callers with their own estimates).
     *
     * @return a result with the given fields and NaN margins
     */
    public static ClassLossResult of(String classId, String tier, long memberCount, double failProbability, Interval ci95) {
        return new ClassLossResult(classId, tier, memberCount, LossEngine.EXACT, failProbability, ci95, 0, 0, true,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
