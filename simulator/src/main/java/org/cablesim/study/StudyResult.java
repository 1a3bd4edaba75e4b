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
 */
public record StudyResult(String scenarioName, long seed, Provenance provenance, List<PlanResult> plans) {
    public StudyResult {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(provenance, "provenance");
        plans = List.copyOf(plans);
    }
}
