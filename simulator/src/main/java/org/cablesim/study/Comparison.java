package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The study's comparison of its plans (summary.json {@code comparison}): the baseline, the paired differences of
 * every other plan against it, and the decision.
 *
 * @param baselinePlan   the baseline plan's name
 * @param differences    paired differences, plans in scenario order: the installation-loss metrics of every plan
 *                       first, then the lifecycle metrics
 * @param recommendation which plan is recommended, by which rule, and why
 * @param robustness     whether the recommended plan holds across the plausible connector-loss shapes; empty when
 *                       there is no choice to make or no loss class of uncertain shape in play
 */
public record Comparison(String baselinePlan, List<PlanDifference> differences, Recommendation recommendation,
        Optional<ShapeRobustness> robustness) {
    public Comparison {
        Objects.requireNonNull(baselinePlan, "baselinePlan");
        differences = List.copyOf(differences);
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(robustness, "robustness");
    }

    /** The same comparison with a robustness check. */
    public Comparison withRobustness(Optional<ShapeRobustness> check) {
        return new Comparison(baselinePlan, differences, recommendation, check);
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
