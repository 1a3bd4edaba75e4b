package org.cablesim.study;

import java.util.Objects;
import org.cablesim.stats.Estimate;
import org.cablesim.stats.Interval;

/**
 * A result figure with its 95 % confidence interval: both ends equal the value for an exact figure, both are NaN
 * when the interval is unknown (one replication, or a figure that has none). The unit is the figure's own.
 *
 * @param value the figure (an estimate's mean)
 * @param ci95  its 95 % interval
 */
public record Figure(double value, Interval ci95) {
    /** Differences below this share of the figures compared are floating-point noise, not a difference. */
    public static final double NOISE_RELATIVE = 1e-12;

    public Figure {
        Objects.requireNonNull(ci95, "ci95");
    }

    /** An exact figure: its interval is the value itself. */
    public static Figure exact(double value) {
        return new Figure(value, Interval.exact(value));
    }

    /** A figure without an interval. */
    public static Figure withoutInterval(double value) {
        return new Figure(value, new Interval(Double.NaN, Double.NaN));
    }

    /** An estimate over replications as a figure. */
    public static Figure of(Estimate estimate) {
        return new Figure(estimate.mean(), estimate.ci95());
    }

    /** Whether both interval ends are known. */
    public boolean hasInterval() {
        return Double.isFinite(ci95.low()) && Double.isFinite(ci95.high());
    }

    /** This figure times {@code factor} ≥ 0, interval included. */
    public Figure times(double factor) {
        if (!(factor >= 0)) {
            throw new IllegalArgumentException("factor must be >= 0, was " + factor);
        }
        return new Figure(value * factor, new Interval(ci95.low() * factor, ci95.high() * factor));
    }

    /** This figure plus an exact {@code amount}, interval included. */
    public Figure plus(double amount) {
        return new Figure(value + amount, new Interval(ci95.low() + amount, ci95.high() + amount));
    }

    /**
     * Whether this figure lies below {@code other} beyond doubt: both intervals known and not overlapping, and the
     * gap more than floating-point noise.
     */
    public boolean significantlyBelow(Figure other) {
        return hasInterval() && other.hasInterval() && ci95.high() < other.ci95.low()
                && !isNoise(other.value - value, Math.max(Math.abs(value), Math.abs(other.value)));
    }

    /** Whether a difference is floating-point noise against figures of magnitude {@code scale}. */
    public static boolean isNoise(double difference, double scale) {
        return Math.abs(difference) <= NOISE_RELATIVE * Math.abs(scale);
    }
}
