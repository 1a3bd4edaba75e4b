package org.cablesim.report;

import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanFigures;

/**
 * One row of a side-by-side plan table: a label with its unit, how to read the figure from a plan, how to print
 * it, which direction is better (for highlighting), and whether to print its 95 % interval beside it.
 *
 * @param label        row heading including the unit
 * @param figure       reads the figure (empty when the plan has none)
 * @param format       prints a value
 * @param better       which direction is better
 * @param showInterval whether the cell shows the figure's interval
 */
record ReportMetric(String label, Function<PlanFigures, Optional<Figure>> figure, DoubleFunction<String> format,
        Metric.Better better, boolean showInterval) {

    /** A row for a study metric, with its label, format and direction, and its interval when it has one. */
    static ReportMetric of(Metric metric) {
        return new ReportMetric(MetricLabels.label(metric), p -> p.metric(metric), MetricLabels.format(metric),
                metric.better(), true);
    }

    /** A descriptive row (nothing highlighted) for a plain number. */
    static ReportMetric plain(String label, DoubleFunction<String> format, Function<PlanFigures, Double> value) {
        return new ReportMetric(label, p -> Optional.ofNullable(value.apply(p)).map(Figure::withoutInterval), format,
                Metric.Better.NEITHER, false);
    }

    /** The value, NaN when missing. */
    double value(PlanFigures plan) {
        return figure.apply(plan).map(Figure::value).orElse(Double.NaN);
    }

    /** The value printed ("n/a" when missing). */
    String cell(PlanFigures plan) {
        return format.apply(value(plan));
    }

    /** The 95 % interval printed as "lo – hi", or null when not shown, unknown or a point. */
    String interval(PlanFigures plan) {
        Optional<Figure> f = figure.apply(plan);
        if (!showInterval || f.isEmpty() || !f.get().hasInterval() || f.get().ci95().low() == f.get().ci95().high()) {
            return null;
        }
        return format.apply(f.get().ci95().low()) + " – " + format.apply(f.get().ci95().high());
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
