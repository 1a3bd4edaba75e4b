package org.cablesim.lifecycle;


import java.util.Objects;
import org.cablesim.stats.Checks;

/**
 * A scheduled conversion of one tier to a new PMD: on {@code day} every link of the tier is queued, in link
 * order, for the wave's own crews; each link is down (planned) while worked on. Reused links get new optics and
 * are reworked if over the new budget; the others are re-cabled: every connection re-mated with new parts.
 *
 * @param label       name in results, non-blank
 * @param day         start, days after the start of operations, ≥ 0 and before the horizon
 * @param tierIndex   the tier converted, ≥ 0
 * @param fromPmd     PMD replaced (passed to the feasibility predicate), non-blank
 * @param toPmd       new PMD, non-blank
 * @param crews       crews of the wave, ≥ 1
 * @param feasibility the caller's predicate: reuse or re-cable, and the new budget
 * @param costs       labour and money per action
 */
public record UpgradeWave(String label, double day, int tierIndex, String fromPmd, String toPmd, int crews,
        UpgradeFeasibility feasibility, UpgradeCosts costs) {
    public UpgradeWave {
        if (label == null || label.isBlank() || fromPmd == null || fromPmd.isBlank() || toPmd == null
                || toPmd.isBlank()) {
            throw new IllegalArgumentException("label, fromPmd and toPmd must be non-blank");
        }
        Checks.nonNegative("day", day);
        if (tierIndex < 0 || crews < 1) {
            throw new IllegalArgumentException("tierIndex must be >= 0 and crews >= 1");
        }
        Objects.requireNonNull(feasibility, "feasibility");
        Objects.requireNonNull(costs, "costs");
    }
}
