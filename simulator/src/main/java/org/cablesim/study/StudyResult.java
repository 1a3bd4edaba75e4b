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
 */
public record StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans,
        List<LossDifference> lossDifferences) {
    /** A result without loss differences. */
    public StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans) {
        this(scenarioName, seed, provenance, plans, List.of());
    }

    public StudyResult {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(provenance, "provenance");
        plans = List.copyOf(plans);
        lossDifferences = List.copyOf(lossDifferences);
    }
}
