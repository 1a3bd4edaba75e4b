package org.cablesim.montecarlo;

import java.util.Objects;
import org.cablesim.stats.Checks;

/**
 * One class's estimate together with the margin histogram of its plain run, for callers that mix margin
 * distributions over classes.
 *
 * @param result      the class's result
 * @param margins     margin counts of the plain run (one per trial of its margin subsample)
 * @param plainTrials trials of that plain run ({@code montecarlo.trials}), &ge; 1; a class with an exact P(fail)
 *                    draws only their margin subsample
 */
public record ClassEstimate(ClassLossResult result, MarginCounts margins, long plainTrials) {
    public ClassEstimate {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(margins, "margins");
        Checks.atLeast("plainTrials", plainTrials, 1);
    }

    /**
     * @return true when the failure probability is the plain run's own estimate (same trials, same draws), so
     *         a paired re-run with the same seed reproduces it draw for draw
     */
    public boolean probabilityFromPlainRun() {
        return LossEngine.PLAIN.equals(result.method()) && result.trials() == plainTrials;
    }

    /** @return trials spent on this class: the plain run, plus any separate run for the probability */
    public long trialsSpent() {
        return probabilityFromPlainRun() ? plainTrials : plainTrials + result.trials();
    }
}
