package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.Sweep;

/**
 * The sweeps section: for every sweep and every metric that changes across its values, the metric drawn against
 * the parameter, one series per plan with its 95 % interval: a line with a shaded band when the values are
 * numbers, grouped bars with whiskers when they are categories. Metrics that do not change are named, not drawn.
 */
final class SweepCharts {
    private SweepCharts() {
    }

    static String render(List<Sweep> sweeps, ReportPlans plans) {
        if (sweeps.isEmpty()) {
            return "<p class=\"na\">The study has no parameter sweeps.</p>\n";
        }
        StringBuilder html = new StringBuilder();
        for (int s = 0; s < sweeps.size(); s++) {
            Sweep sweep = sweeps.get(s);
            html.append("<h4>").append(HtmlEscape.text(sweep.parameter())).append("</h4>\n<p class=\"lead\">")
                    .append(HtmlEscape.text(recommended(sweep))).append("</p>\n");
            List<String> figures = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (Metric metric : sweep.metrics()) {
                if (sweep.changes(metric)) {
                    figures.add(chart(sweep, metric, "sweep-" + (s + 1) + "-" + metric.id(), plans));
                } else {
                    unchanged.add(MetricLabels.label(metric));
                }
            }
            if (!figures.isEmpty()) {
                html.append(ReportCharts.grid(figures.toArray(String[]::new)));
            }
            if (!unchanged.isEmpty()) {
                html.append("<p class=\"na\">Unchanged across the swept values: ")
                        .append(HtmlEscape.text(String.join("; ", unchanged))).append(".</p>\n");
            }
        }
        return html.toString();
    }

    /** The plan the study recommends at each value, as a sentence. */
    static String recommended(Sweep sweep) {
        List<String> parts = new ArrayList<>();
        for (Sweep.Point p : sweep.points()) {
            parts.add(p.value() + ": " + (p.recommended() == null ? "none" : p.recommended()));
        }
        return "Recommended plan at each value — " + String.join("; ", parts) + ".";
    }

    private static String chart(Sweep sweep, Metric metric, String id, ReportPlans plans) {
        // Bars start at zero, where an availability near 1 shows nothing: categories draw its complement.
        boolean complement = !sweep.numeric() && metric == Metric.AVAILABILITY;
        String label = complement ? "Link unavailability (%)" : MetricLabels.label(metric);
        DoubleFunction<String> format = complement ? v -> ReportFormat.significant(100 * v, 2) + " %"
                : MetricLabels.format(metric);
        ChartAxis yAxis = (metric.fromLossStage() && metric != Metric.MARGIN_P1_DB ? ChartAxis.auto(label)
                : ChartAxis.linear(label)).withFormat(format);
        ChartText text = new ChartText(id + "-chart", label, label + " of every plan at each swept value of "
                + sweep.parameter() + ", with 95 % confidence intervals.");
        String svg;
        String hint;
        if (sweep.numeric()) {
            List<SvgLineChart.Series> series = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                List<SvgLineChart.Point> points = new ArrayList<>();
                for (int v = 0; v < sweep.points().size(); v++) {
                    Optional<Figure> f = sweep.figure(v, plans.name(i), metric);
                    if (f.isPresent()) {
                        Figure fig = f.get();
                        boolean band = fig.hasInterval() && fig.ci95().low() != fig.ci95().high();
                        points.add(new SvgLineChart.Point(sweep.numericValue(v), fig.value(),
                                band ? fig.ci95().low() : Double.NaN, band ? fig.ci95().high() : Double.NaN));
                    }
                }
                series.add(new SvgLineChart.Series(plans.key(i), points));
            }
            svg = SvgLineChart.render(text, ChartAxis.linear(sweep.parameter()).withFormat(ReportFormat::plain),
                    yAxis, series, List.of());
            hint = "Shaded bands are 95 % confidence intervals; exact figures have none.";
        } else {
            List<SvgGroupedBarChart.Group> groups = new ArrayList<>();
            for (int v = 0; v < sweep.points().size(); v++) {
                List<SvgGroupedBarChart.Bar> bars = new ArrayList<>();
                for (int i = 0; i < plans.size(); i++) {
                    bars.add(sweep.figure(v, plans.name(i), metric)
                            .map(f -> complement ? new SvgGroupedBarChart.Bar(1 - f.value(), 1 - f.ci95().high(),
                                    1 - f.ci95().low()) : new SvgGroupedBarChart.Bar(f.value(), f.ci95().low(),
                                    f.ci95().high()))
                            .orElse(SvgGroupedBarChart.Bar.of(Double.NaN)));
                }
                groups.add(new SvgGroupedBarChart.Group(sweep.points().get(v).value(), bars));
            }
            svg = SvgGroupedBarChart.render(text, sweep.parameter(), yAxis, plans.keys(), groups);
            hint = "One group of bars per swept value; whiskers are 95 % confidence intervals."
                    + (complement ? " Unavailability is 100 % minus the link availability." : "");
        }
        return ReportCharts.figure("fig-" + id, svg, hint);
    }
}
