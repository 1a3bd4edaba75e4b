package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * The study's comparison of every plan against its baseline (summary.json {@code comparison}).
 *
 * @param baselinePlan the baseline plan's name
 * @param differences  paired differences of each other plan against it, plans in scenario order
 */
public record BaselineComparison(String baselinePlan, List<PlanDifference> differences) {
    public BaselineComparison {
        Objects.requireNonNull(baselinePlan, "baselinePlan");
        differences = List.copyOf(differences);
    }
}
