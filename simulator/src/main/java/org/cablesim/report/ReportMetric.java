package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * One row of a side-by-side plan table: a label with its unit, how to read the value from a plan node, how
 * to print it, whether lower or higher is better, and optionally a 95 % interval to print beside it.
 *
 * @param label     row heading including the unit
 * @param value     reads the value from a plan node (NaN when missing)
 * @param format    prints a value
 * @param better    which direction is better, for highlighting
 * @param intervalPath path below the plan to an object with ci95Low/ci95High, or null
 */
record ReportMetric(String label, ToDoubleFunction<JsonNode> value, DoubleFunction<String> format, Better better,
        String[] intervalPath) {
    /** Which values are preferable. */
    enum Better { LOWER, HIGHER, NEITHER }

    static ReportMetric of(String label, DoubleFunction<String> format, Better better, String... path) {
        return new ReportMetric(label, plan -> ReportJson.number(plan, path), format, better, null);
    }

    /** A metric read from {@code path/mean} with its interval from {@code path/ci95Low|ci95High}. */
    static ReportMetric withInterval(String label, DoubleFunction<String> format, Better better, String... path) {
        String[] mean = java.util.Arrays.copyOf(path, path.length + 1);
        mean[path.length] = "mean";
        return new ReportMetric(label, plan -> ReportJson.number(plan, mean), format, better, path);
    }

    /** The value printed ("n/a" when missing). */
    String cell(JsonNode plan) {
        return format.apply(value.applyAsDouble(plan));
    }

    /** The 95 % interval printed as "lo – hi", or null when this metric has none or it is missing. */
    String interval(JsonNode plan) {
        if (intervalPath == null) {
            return null;
        }
        double low = ReportJson.number(ReportJson.at(plan, intervalPath), "ci95Low");
        double high = ReportJson.number(ReportJson.at(plan, intervalPath), "ci95High");
        return Double.isFinite(low) && Double.isFinite(high) ? format.apply(low) + " – " + format.apply(high) : null;
    }

    /** Whether {@code candidate} beats {@code other} by this metric's direction (equal is not better). */
    boolean beats(double candidate, double other) {
        return switch (better) {
            case LOWER -> candidate < other;
            case HIGHER -> candidate > other;
            case NEITHER -> false;
        };
    }
}
