package org.cablesim.study;

import java.util.Objects;

/**
 * A plan's installation-loss figure minus the baseline's, with its 95 % interval (summary.json
 * {@code comparison.differences[]}).
 *
 * @param plan       the compared plan
 * @param baseline   the baseline plan
 * @param metric     {@value #LINK_FAILURE_PROBABILITY} or {@value #EXPECTED_FAILING_LINKS}
 * @param difference plan − baseline
 * @param ci95Low    lower 95 % bound of the difference
 * @param ci95High   upper 95 % bound of the difference
 */
public record LossDifference(String plan, String baseline, String metric, double difference, double ci95Low,
        double ci95High) {
    /** Metric: member-weighted mean P(link fails at installation) over the plan's estimated links. */
    public static final String LINK_FAILURE_PROBABILITY = "linkFailureProbability";
    /** Metric: expected number of links failing at installation. */
    public static final String EXPECTED_FAILING_LINKS = "expectedFailingLinks";

    public LossDifference {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(metric, "metric");
        if (!(ci95Low <= ci95High)) {
            throw new IllegalArgumentException("ci95Low must be <= ci95High: " + ci95Low + ", " + ci95High);
        }
    }

    /** @return (high − low) / 2 */
    public double halfWidth() {
        return (ci95High - ci95Low) / 2;
    }
}
