package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running one scenario: one result per plan, in scenario order.
 *
 * @param scenarioName scenario name
 * @param seed         master seed used
 * @param provenance   reproduction facts
 * @param plans        per-plan results
 * @param lossDifferences installation-loss differences of every other plan against the baseline (empty with one plan)
 * @param comparison   lifecycle paired differences of each plan against the baseline, or null when none was made
 * @param growth       the growth decision, or null when the cluster never grows
 */
public record StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans,
        List<LossDifference> lossDifferences, BaselineComparison comparison, GrowthComparison growth) {
    public StudyResult {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(provenance, "provenance");
        plans = List.copyOf(plans);
        lossDifferences = List.copyOf(lossDifferences);
    }

    /** A result of a cluster that never grows. */
    public StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans,
            List<LossDifference> lossDifferences, BaselineComparison comparison) {
        this(scenarioName, seed, provenance, plans, lossDifferences, comparison, null);
    }

    /** A result without comparisons. */
    public StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans) {
        this(scenarioName, seed, provenance, plans, List.of(), null, null);
    }

    /** The paired differences against the baseline (empty without a comparison). */
    public List<PlanDifference> differences() {
        return comparison == null ? List.of() : comparison.differences();
    }
}
