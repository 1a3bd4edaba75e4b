package org.cablesim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks: a step of 1, 2 or 5 × 10ⁿ and a domain widened to whole steps, chosen so the tick
 * count is closest to the requested one (ties go to the finer step).
 *
 * @param min    lowest tick, ≤ the data minimum
 * @param max    highest tick, ≥ the data maximum
 * @param step   distance between ticks, &gt; 0
 * @param values the ticks from {@code min} to {@code max}, rounded to the step's decimals
 */
public record ChartTicks(double min, double max, double step, List<Double> values) {
    private static final double[] MANTISSAS = {1, 2, 5};
    private static final double EPSILON = 1e-9;
    private static final double MIN_SPAN = 1e-290;

    /** Validates the ticks. */
    public ChartTicks {
        if (!(step > 0) || !(min <= max) || values.isEmpty()) {
            throw new IllegalArgumentException("bad ticks: min " + min + ", max " + max + ", step " + step);
        }
        values = List.copyOf(values);
    }

    /**
     * Nice ticks covering [{@code low}, {@code high}] (finite; swapped when reversed; a zero-width range, or one
     * narrower than 10⁻²⁹⁰, is widened by 10 % of its value, or to [0, 1] at zero), aiming at {@code target} (≥ 2)
     * ticks.
     */
    public static ChartTicks nice(double low, double high, int target) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("tick range must be finite: " + low + ", " + high);
        }
        if (target < 2) {
            throw new IllegalArgumentException("target tick count must be at least 2, was " + target);
        }
        double lo = Math.min(low, high);
        double hi = Math.max(low, high);
        // Spans too narrow for a step (down to subnormal numbers, where log10 fails) count as zero width.
        if (hi - lo < MIN_SPAN && Math.max(Math.abs(lo), Math.abs(hi)) < MIN_SPAN) {
            lo = 0;
            hi = 0;
        }
        if (lo == hi || hi - lo < MIN_SPAN) {
            if (lo == 0 && hi == 0) {
                hi = 1;
            } else {
                double pad = Math.max(Math.abs(lo), Math.abs(hi)) * 0.1;
                lo -= pad;
                hi += pad;
            }
        }
        if (!Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("tick range too wide for doubles: " + low + ".." + high);
        }
        double raw = (hi - lo) / (target - 1);
        int exponent = (int) Math.floor(Math.log10(raw));
        double bestStep = Double.NaN;
        int bestExponent = 0;
        long bestMiss = Long.MAX_VALUE;
        for (int e = exponent - 1; e <= exponent + 1; e++) {
            for (double mantissa : MANTISSAS) {
                double step = mantissa * Math.pow(10, e);
                long miss = Math.abs(count(lo, hi, step) - target);
                if (miss < bestMiss) {
                    bestMiss = miss;
                    bestStep = step;
                    bestExponent = e;
                }
            }
        }
        int decimals = Math.max(0, -bestExponent);
        long first = (long) Math.floor(lo / bestStep + EPSILON);
        long last = (long) Math.ceil(hi / bestStep - EPSILON);
        List<Double> values = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            values.add(round(i * bestStep, decimals));
        }
        return new ChartTicks(values.get(0), values.get(values.size() - 1), bestStep, values);
    }

    /** Decimals needed to print every tick exactly (0 for whole steps). */
    public int decimals() {
        return Math.max(0, -(int) Math.floor(Math.log10(step) + EPSILON));
    }

    private static long count(double lo, double hi, double step) {
        return (long) Math.ceil(hi / step - EPSILON) - (long) Math.floor(lo / step + EPSILON) + 1;
    }

    private static double round(double value, int decimals) {
        double rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return rounded == 0 ? 0.0 : rounded;
    }
}
