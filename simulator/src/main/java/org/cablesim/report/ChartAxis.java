package org.cablesim.report;

import java.util.function.DoubleFunction;

/**
 * How one chart axis is scaled and labelled.
 *
 * @param label       axis title including its unit, e.g. "Channel margin (dB)"
 * @param kind        linear, logarithmic, or automatic (log when the positive values span two decades or more)
 * @param tickFormat  tick label format, or null for the scale's default
 * @param fixedMin    lower domain end to use instead of the data's, or NaN
 * @param fixedMax    upper domain end to use instead of the data's, or NaN
 * @param includeZero whether a linear domain always reaches zero (bars need it)
 * @param tight       whether a linear domain ends exactly at the data (ticks only inside) instead of widening
 *                    to whole tick steps; for time axes, where a widened end would suggest data that is not there
 */
public record ChartAxis(String label, Kind kind, DoubleFunction<String> tickFormat, double fixedMin,
        double fixedMax, boolean includeZero, boolean tight) {
    /** Ratio of largest to smallest positive value from which an automatic axis turns logarithmic. */
    public static final double LOG_THRESHOLD_RATIO = 100;
    /** Largest magnitude a domain reaches; larger data values are clamped to it. */
    public static final double MAX_MAGNITUDE = 1e300;

    /** Scale types. */
    public enum Kind {
        /** Always linear. */
        LINEAR,
        /** Always logarithmic; values ≤ 0 sit on the axis floor. */
        LOG,
        /** Logarithmic when the positive values span {@link #LOG_THRESHOLD_RATIO} or more, else linear. */
        AUTO
    }

    /** Validates the axis. */
    public ChartAxis {
        label = label == null ? "" : label;
        if (kind == null) {
            throw new IllegalArgumentException("axis kind is required");
        }
    }

    /** A linear axis titled {@code label}, domain from the data. */
    public static ChartAxis linear(String label) {
        return new ChartAxis(label, Kind.LINEAR, null, Double.NaN, Double.NaN, false, false);
    }

    /** An automatic linear/log axis titled {@code label}. */
    public static ChartAxis auto(String label) {
        return new ChartAxis(label, Kind.AUTO, null, Double.NaN, Double.NaN, false, false);
    }

    /** This axis with tick labels from {@code format}. */
    public ChartAxis withFormat(DoubleFunction<String> format) {
        return new ChartAxis(label, kind, format, fixedMin, fixedMax, includeZero, tight);
    }

    /** This axis with a fixed linear domain (used unless data fall outside it). */
    public ChartAxis withDomain(double min, double max) {
        return new ChartAxis(label, kind, tickFormat, min, max, includeZero, tight);
    }

    /** This axis with a linear domain ending exactly at the data (see {@link #tight()}). */
    public ChartAxis withTightDomain() {
        return new ChartAxis(label, kind, tickFormat, fixedMin, fixedMax, includeZero, true);
    }

    /** The same axis forced linear (for charts where a log scale has no meaning). */
    public ChartAxis asLinear() {
        return new ChartAxis(label, Kind.LINEAR, tickFormat, fixedMin, fixedMax, includeZero, tight);
    }

    /** This axis with a linear domain that always reaches zero. */
    public ChartAxis withZero() {
        return new ChartAxis(label, kind, tickFormat, fixedMin, fixedMax, true, tight);
    }

    /**
     * The scale covering the finite {@code values} (clamped to ±{@link #MAX_MAGNITUDE}; none at all gives [0, 1]) from {@code pixelFrom} to {@code pixelTo},
     * aiming at one labelled tick per {@code tickSpacing} user-space units.
     */
    public ChartScale scale(double[] values, double pixelFrom, double pixelTo, double tickSpacing) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double minPositive = Double.POSITIVE_INFINITY;
        for (double raw : values) {
            if (Double.isFinite(raw)) {
                // Beyond ±1e300 tick arithmetic overflows; such values are drawn at the domain's edge.
                double value = Math.max(-MAX_MAGNITUDE, Math.min(MAX_MAGNITUDE, raw));
                min = Math.min(min, value);
                max = Math.max(max, value);
                if (value > 0) {
                    minPositive = Math.min(minPositive, value);
                }
            }
        }
        boolean anyPositive = minPositive < Double.POSITIVE_INFINITY;
        boolean log = kind == Kind.LOG && anyPositive
                || kind == Kind.AUTO && anyPositive && max / minPositive >= LOG_THRESHOLD_RATIO;
        if (log) {
            return ChartLogScale.covering(minPositive, max, pixelFrom, pixelTo);
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 0;
            max = 1;
        }
        if (Double.isFinite(fixedMin)) {
            min = Math.min(min, fixedMin);
        }
        if (Double.isFinite(fixedMax)) {
            max = Math.max(max, fixedMax);
        }
        if (includeZero) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        int target = (int) Math.max(3, Math.min(10, Math.round(Math.abs(pixelTo - pixelFrom) / tickSpacing)));
        ChartTicks ticks = ChartTicks.nice(min, max, target);
        // Ticks cover the data only up to rounding noise, so the tight domain is kept inside them.
        double tightMin = Math.max(min, ticks.min());
        double tightMax = Math.min(max, ticks.max());
        return tight && tightMin < tightMax ? new ChartLinearScale(ticks, tightMin, tightMax, pixelFrom, pixelTo)
                : new ChartLinearScale(ticks, pixelFrom, pixelTo);
    }

    /** The label of {@code tick} on {@code scale}: this axis's format if set, else the scale's. */
    public String tickLabel(ChartScale scale, double tick) {
        return tickFormat == null || scale.logarithmic() ? scale.label(tick) : tickFormat.apply(tick);
    }

    /** A data value as text: this axis's format if set, else three significant digits. */
    public String valueLabel(double value) {
        return tickFormat == null ? ReportFormat.significant(value, 3) : tickFormat.apply(value);
    }
}
