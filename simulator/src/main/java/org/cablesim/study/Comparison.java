package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * The study's comparison of its plans (summary.json {@code comparison}): the baseline, the paired differences of
 * every other plan against it, and the decision.
 *
 * @param baselinePlan   the baseline plan's name
 * @param differences    paired differences, plans in scenario order: the installation-loss metrics of every plan
 *                       first, then the lifecycle metrics
 * @param recommendation which plan is recommended, by which rule, and why
 */
public record Comparison(String baselinePlan, List<PlanDifference> differences, Recommendation recommendation) {
    public Comparison {
        Objects.requireNonNull(baselinePlan, "baselinePlan");
        differences = List.copyOf(differences);
        Objects.requireNonNull(recommendation, "recommendation");
    }

    /** The differences the installation-loss stage estimated. */
    public List<PlanDifference> lossDifferences() {
        return differences.stream().filter(d -> d.metric().fromLossStage()).toList();
    }

    /** The differences the lifecycle stage estimated. */
    public List<PlanDifference> lifecycleDifferences() {
        return differences.stream().filter(d -> d.metric().fromLifecycleStage()).toList();
    }
}
