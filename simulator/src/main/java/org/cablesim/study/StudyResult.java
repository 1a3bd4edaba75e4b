package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running one scenario: one result per plan, in scenario order, and their comparison.
 *
 * @param scenarioName scenario name
 * @param seed         master seed used
 * @param provenance   reproduction facts
 * @param plans        per-plan results (the routed plants and estimates behind the per-plan files)
 * @param comparison   paired differences against the baseline and the recommendation
 */
public record StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans,
        Comparison comparison) {
    public StudyResult {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(provenance, "provenance");
        plans = List.copyOf(plans);
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The installation-loss differences against the baseline. */
    public List<PlanDifference> lossDifferences() {
        return comparison.lossDifferences();
    }

    /** The lifecycle paired differences against the baseline. */
    public List<PlanDifference> lifecycleDifferences() {
        return comparison.lifecycleDifferences();
    }
}
