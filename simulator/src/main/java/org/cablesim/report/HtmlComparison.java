package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.cablesim.study.Comparison;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanDifference;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.Recommendation;

/** The comparison section: every headline metric per plan, and the paired differences against the baseline. */
final class HtmlComparison {
    private HtmlComparison() {
    }

    static String render(Comparison comparison, ReportPlans plans) {
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"lead\">Baseline: <b>").append(HtmlEscape.text(comparison.baselinePlan()))
                .append("</b>. Differences are other plan minus baseline, estimated with common random numbers; a "
                        + "difference is resolved when its 95 % confidence interval excludes zero.</p>\n");
        html.append("<h3>Metrics per plan</h3>\n").append(metricsTable(plans, comparison.recommendation()));
        html.append("<h3>Differences against the baseline</h3>\n");
        html.append(comparison.differences().isEmpty()
                ? "<p class=\"na\">No other plan to compare with the baseline.</p>\n"
                : differencesTable(comparison.differences(), plans));
        return html.toString();
    }

    private static String metricsTable(ReportPlans plans, Recommendation recommendation) {
        HtmlTable table = HtmlGlance.planTable(plans, recommendation, "comparison",
                "comparison.csv holds the same rows; the best value of each figure a planner prefers low or high is "
                        + "highlighted.");
        for (Metric metric : Metric.values()) {
            if (plans.all().stream().anyMatch(p -> p.metric(metric).isPresent())) {
                HtmlGlance.addRow(table, plans, ReportMetric.of(metric));
            }
        }
        if (plans.all().stream().anyMatch(p -> p.lifecycle() != null)) {
            List<HtmlTable.Cell> ready = new ArrayList<>();
            for (PlanFigures plan : plans.all()) {
                ready.add(new HtmlTable.Cell(HtmlEscape.text(String.join(", ", plan.upgradeReadiness())), "wrap"));
            }
            table.row("Upgrade readiness (PMDs)", ready);
        }
        return table.render();
    }

    private static String differencesTable(List<PlanDifference> differences, ReportPlans plans) {
        HtmlTable table = new HtmlTable("differences", null).head("Plan", "").head("Metric", "")
                .head("Difference (plan − baseline)", "num").head("95 % confidence interval", "num")
                .head("Reading", "");
        for (PlanDifference d : differences) {
            DoubleFunction<String> format = MetricLabels.differenceFormat(d.metric());
            String interval = d.figure().hasInterval()
                    ? format.apply(d.ci95().low()) + " to " + format.apply(d.ci95().high()) : ReportFormat.MISSING;
            table.rowHtml(planHeading(d.plan(), plans), List.of(
                    HtmlTable.Cell.text(MetricLabels.label(d.metric())),
                    HtmlTable.Cell.number(format.apply(d.difference())),
                    HtmlTable.Cell.number(interval),
                    reading(d)), "");
        }
        return table.render();
    }

    private static HtmlTable.Cell reading(PlanDifference d) {
        if (!d.figure().hasInterval()) {
            return HtmlTable.Cell.text(ReportFormat.MISSING);
        }
        if (!d.resolved()) {
            return new HtmlTable.Cell("<span class=\"status\">not resolved</span>", "");
        }
        String direction = d.ci95().low() > 0 ? "higher" : "lower";
        if (d.metric().better() == Metric.Better.NEITHER) {
            return new HtmlTable.Cell("<span class=\"status\">" + direction + "</span>", "");
        }
        boolean good = (d.ci95().low() > 0) == (d.metric().better() == Metric.Better.HIGHER);
        return new HtmlTable.Cell("<span class=\"status " + (good ? "recommended" : "excluded") + "\">"
                + (good ? "better" : "worse") + " (" + direction + ")</span>", "");
    }

    /** A plan name with its colour chip when it is one of the study's plans. */
    static String planHeading(String plan, ReportPlans plans) {
        int index = plans.indexOf(plan);
        return "<span class=\"plan\">" + (index >= 0 ? "<span class=\"chip " + ReportPlans.colourClass(index)
                + "\"></span>" : "") + HtmlEscape.text(plan) + "</span>";
    }
}
