package org.cablesim.study;

import java.util.Objects;
import org.cablesim.stats.Interval;

/**
 * A paired difference of one metric between a plan and the study's baseline: the mean over replications of
 * (plan − baseline), replication r of the one paired with replication r of the other (same seed, same named
 * streams), with its 95 % Student-t interval.
 *
 * @param plan       the plan compared (never the baseline)
 * @param metric     metric name as in summary.json: {@code availability}, {@code jobInterruptionsPerYear},
 *                   {@code lostGpuHoursPerYear}
 * @param difference mean of plan − baseline
 * @param ci95       the 95 % interval (both ends NaN with one replication)
 */
public record PlanDifference(String plan, String metric, double difference, Interval ci95) {
    public PlanDifference {
        Objects.requireNonNull(ci95, "ci95");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(metric, "metric");
    }
}
