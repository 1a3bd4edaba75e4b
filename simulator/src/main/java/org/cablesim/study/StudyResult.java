package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of running one scenario: one result per plan, in scenario order.
 *
 * @param scenarioName scenario name
 * @param seed         master seed used
 * @param provenance   reproduction facts
 * @param plans        per-plan results
 * @param lossDifferences installation-loss differences of every other plan against the baseline (empty with one plan)
 * @param comparison   lifecycle paired differences of each plan against the baseline, or null when none was made
 * @param robustness   whether the winner holds across the plausible connector-loss shapes; empty when there is no
 *                     choice to make or no class of uncertain shape in play
 */
public record StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans,
        List<LossDifference> lossDifferences, BaselineComparison comparison, Optional<ShapeRobustness> robustness) {
    public StudyResult {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(robustness, "robustness");
        plans = List.copyOf(plans);
        lossDifferences = List.copyOf(lossDifferences);
    }

    /** A result without a robustness check. */
    public StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans,
            List<LossDifference> lossDifferences, BaselineComparison comparison) {
        this(scenarioName, seed, provenance, plans, lossDifferences, comparison, Optional.empty());
    }

    /** A result without comparisons. */
    public StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans) {
        this(scenarioName, seed, provenance, plans, List.of(), null);
    }

    /** The paired differences against the baseline (empty without a comparison). */
    public List<PlanDifference> differences() {
        return comparison == null ? List.of() : comparison.differences();
    }
}
