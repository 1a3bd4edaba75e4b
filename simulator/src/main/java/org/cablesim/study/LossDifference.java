package org.cablesim.study;

import java.util.Objects;
import org.cablesim.stats.Interval;

/**
 * A plan's installation-loss figure minus the baseline's, with its 95 % interval (summary.json
 * {@code comparison.differences[]}).
 *
 * @param plan       the compared plan
 * @param baseline   the baseline plan
 * @param metric     {@value #LINK_FAILURE_PROBABILITY} or {@value #EXPECTED_FAILING_LINKS}
 * @param difference plan − baseline
 * @param ci95       95 % bounds of the difference, both finite
 */
public record LossDifference(String plan, String baseline, String metric, double difference, Interval ci95) {
    /** Metric: member-weighted mean P(link fails at installation) over the plan's estimated links. */
    public static final String LINK_FAILURE_PROBABILITY = "linkFailureProbability";
    /** Metric: expected number of links failing at installation. */
    public static final String EXPECTED_FAILING_LINKS = "expectedFailingLinks";

    public LossDifference {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(ci95, "ci95");
        if (!(ci95.low() <= ci95.high())) {
            throw new IllegalArgumentException("ci95 bounds must be ordered numbers, were " + ci95.low() + ", "
                    + ci95.high());
        }
    }
}
