package org.cablesim.montecarlo;

import org.cablesim.stats.Interval;

/**
 * Plain Monte Carlo estimate for one link class.
 *
 * @param classId          the class estimated
 * @param trials           trials run, &ge; 1
 * @param failures         trials in which the link failed (any lane over budget, or reflectance broken)
 * @param failProbability  failures / trials
 * @param ci95             Wilson 95 % interval of the fail probability
 * @param meanMarginDb     mean of budget − worst lane loss over the margin subsample
 *                         ({@link PlainMonteCarlo#MARGIN_TRIALS_PER_BLOCK} of every block), dB
 * @param marginP1Db       1st percentile of the margin, dB (resolution {@link MarginHistogram#BIN_DB})
 * @param marginP5Db       5th percentile of the margin, dB
 * @param marginP50Db      median margin, dB
 * @param margins          the margin histogram of the run (one count per trial of the margin subsample)
 */
public record PlainResult(String classId, long trials, long failures, double failProbability, Interval ci95,
                          double meanMarginDb, double marginP1Db, double marginP5Db, double marginP50Db,
                          MarginCounts margins) {
    public PlainResult {
        if (trials < 1 || failures < 0 || failures > trials) {
            throw new IllegalArgumentException("invalid counts " + failures + "/" + trials);
        }
        java.util.Objects.requireNonNull(margins, "margins");
    }

    /** @return the 95 % half-width relative to the estimate (+∞ with no failures) */
    public double relativeHalfWidth() {
        return failProbability == 0 ? Double.POSITIVE_INFINITY : ci95.halfWidth() / failProbability;
    }
}
