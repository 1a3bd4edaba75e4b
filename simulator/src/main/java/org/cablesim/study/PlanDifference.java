package org.cablesim.study;

import java.util.Objects;
import org.cablesim.stats.Interval;

/**
 * A plan's figure minus the study baseline's, with its 95 % interval, both estimated with common random numbers
 * (summary.json {@code comparison.differences[]}): the installation-loss metrics from paired plain runs and the
 * delta method, the lifecycle metrics as the mean over replications of (plan − baseline), replication r paired
 * with replication r (Student-t interval).
 *
 * @param plan       the plan compared (never the baseline)
 * @param metric     the metric
 * @param difference plan − baseline, in the metric's unit
 * @param ci95       the 95 % interval (both ends NaN with one replication)
 */
public record PlanDifference(String plan, Metric metric, double difference, Interval ci95) {
    public PlanDifference {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(ci95, "ci95");
    }

    /**
     * A difference with floating-point noise removed: the difference and each interval end whose magnitude is at
     * most {@link Figure#NOISE_RELATIVE} of {@code scale} become 0, so that equal plans never differ.
     *
     * @param scale magnitude of the figures compared (the larger of the two)
     */
    public static PlanDifference denoised(String plan, Metric metric, double difference, Interval ci95, double scale) {
        return new PlanDifference(plan, metric, clean(difference, scale),
                new Interval(clean(ci95.low(), scale), clean(ci95.high(), scale)));
    }

    private static double clean(double value, double scale) {
        return Figure.isNoise(value, scale) ? 0 : value;
    }

    /** The difference as a figure with its interval. */
    public Figure figure() {
        return new Figure(difference, ci95);
    }

    /** Whether the interval is known and excludes zero: the plans differ in this metric beyond chance. */
    public boolean resolved() {
        return figure().hasInterval() && (ci95.low() > 0 || ci95.high() < 0);
    }
}
