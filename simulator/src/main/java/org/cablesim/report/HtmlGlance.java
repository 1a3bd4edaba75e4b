package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.Recommendation;

/**
 * The side-by-side "plans at a glance" table: the figures the decision weighs for every plan, best value per row
 * highlighted (unless all are equal), each plan's standing under the study's decision in the last row.
 */
final class HtmlGlance {
    static final List<ReportMetric> METRICS = List.of(
            ReportMetric.of(Metric.COST_USD),
            ReportMetric.of(Metric.DARK_FRACTION),
            ReportMetric.of(Metric.CHECK_VIOLATIONS),
            new ReportMetric("Links broken by design (count)",
                    p -> p.lossFigures().map(l -> Figure.exact(l.linksFailingByDesign())), ReportFormat::count,
                    Metric.Better.LOWER, false),
            ReportMetric.of(Metric.LINK_FAILURE_PROBABILITY),
            ReportMetric.of(Metric.EXPECTED_FAILING_LINKS),
            ReportMetric.of(Metric.AVAILABILITY),
            ReportMetric.of(Metric.JOB_INTERRUPTIONS_PER_YEAR));

    private HtmlGlance() {
    }

    static String render(ReportPlans plans, Recommendation recommendation) {
        HtmlTable table = planTable(plans, recommendation, "glance",
                "The figures the decision weighs, per plan, with 95 % confidence intervals; the best value in each "
                        + "row is highlighted (ties highlight all).");
        for (ReportMetric metric : metrics(plans)) {
            addRow(table, plans, metric);
        }
        List<HtmlTable.Cell> standing = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            String status = HtmlVerdict.standing(recommendation, plan.name());
            standing.add(new HtmlTable.Cell("<span class=\"status " + status.replace(' ', '-') + "\">"
                    + HtmlEscape.text(status) + "</span>", "num"));
        }
        table.row("Standing under the decision", standing);
        return table.render();
    }

    /** The rows: {@link #METRICS}, and for a growing cluster the horizon cost its decision weighs after the bill. */
    private static List<ReportMetric> metrics(ReportPlans plans) {
        if (plans.all().stream().noneMatch(p -> p.growth() != null)) {
            return METRICS;
        }
        List<ReportMetric> rows = new ArrayList<>(METRICS);
        rows.add(1, ReportMetric.of(Metric.HORIZON_COST_USD));
        return rows;
    }

    /** A table with one column per plan: colour chip, name, "recommended" badge, description underneath. */
    static HtmlTable planTable(ReportPlans plans, Recommendation recommendation, String classes, String caption) {
        HtmlTable table = new HtmlTable(classes, caption).head("Figure", "").fixedLayout(230 + 170 * plans.size());
        for (int i = 0; i < plans.size(); i++) {
            String description = plans.plan(i).description();
            boolean chosen = recommendation != null && plans.name(i).equals(recommendation.plan());
            table.headHtml((chosen ? "<span class=\"badge\">recommended</span><br>" : "")
                    + "<span class=\"plan\"><span class=\"chip " + ReportPlans.colourClass(i) + "\"></span>"
                    + HtmlEscape.text(plans.name(i)) + "</span>"
                    + (description.isEmpty() ? "" : "<span class=\"sub\">" + HtmlEscape.text(description) + "</span>"),
                    "num");
        }
        return table;
    }

    /** Appends {@code metric}'s row, highlighting the best finite value(s) when two or more plans have one. */
    static void addRow(HtmlTable table, ReportPlans plans, ReportMetric metric) {
        double best = Double.NaN;
        int finite = 0;
        for (PlanFigures plan : plans.all()) {
            double value = metric.value(plan);
            if (Double.isFinite(value)) {
                finite++;
                if (!Double.isFinite(best) || metric.beats(value, best)) {
                    best = value;
                }
            }
        }
        boolean allEqual = true;
        for (PlanFigures plan : plans.all()) {
            double value = metric.value(plan);
            allEqual &= !Double.isFinite(value) || value == best;
        }
        boolean highlight = finite >= 2 && !allEqual && metric.better() != Metric.Better.NEITHER;
        List<HtmlTable.Cell> cells = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            cells.add(HtmlTable.Cell.number(metric.cell(plan), metric.interval(plan),
                    highlight && metric.value(plan) == best));
        }
        table.row(metric.label(), cells);
    }
}
