package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side "plans at a glance" table: the decision metrics for every plan, best value per row
 * highlighted (unless all are equal), each plan's standing under the verdict rule in the last row.
 */
final class HtmlGlance {
    static final List<ReportMetric> METRICS = List.of(
            ReportMetric.of("Total cost (USD)", ReportFormat::usd, ReportMetric.Better.LOWER, "cost", "total"),
            ReportMetric.of("Dark fibre (share of installed fibres)", f -> ReportFormat.percent(f, 1),
                    ReportMetric.Better.LOWER, "fibres", "darkFraction"),
            ReportMetric.withInterval("P(link fails at install)", ReportFormat::probability, ReportMetric.Better.LOWER,
                    "loss", "linkFailureProbability"),
            ReportMetric.of("Expected failing links at install", v -> ReportFormat.significant(v, 3),
                    ReportMetric.Better.LOWER, "loss", "expectedFailingLinks"),
            ReportMetric.withInterval("Availability (time-average)", ReportFormat::availability,
                    ReportMetric.Better.HIGHER, "lifecycle", "availability"),
            ReportMetric.of("Job interruptions per year", v -> ReportFormat.significant(v, 3),
                    ReportMetric.Better.LOWER, "lifecycle", "jobInterruptionsPerYear"),
            ReportMetric.of("Design-check violations", ReportFormat::count, ReportMetric.Better.LOWER,
                    "checks", "violations"));

    private HtmlGlance() {
    }

    static String render(ReportPlans plans, ReportVerdict verdict) {
        HtmlTable table = planTable(plans, verdict, "glance",
                "Decision metrics per plan; the best value in each row is highlighted (ties highlight all).");
        for (ReportMetric metric : METRICS) {
            addRow(table, plans, metric);
        }
        List<HtmlTable.Cell> standing = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            String status = i < verdict.status().size() ? verdict.status().get(i) : "unknown";
            standing.add(new HtmlTable.Cell("<span class=\"status " + status.replace(' ', '-') + "\">"
                    + HtmlEscape.text(status) + "</span>", "num"));
        }
        table.row("Standing under the verdict rule", standing);
        return table.render();
    }

    /** A table with one column per plan: colour chip, name, "recommended" badge, description underneath. */
    static HtmlTable planTable(ReportPlans plans, ReportVerdict verdict, String classes, String caption) {
        HtmlTable table = new HtmlTable(classes, caption).head("Metric", "").fixedLayout(230 + 170 * plans.size());
        for (int i = 0; i < plans.size(); i++) {
            String description = ReportJson.text(plans.plan(i), "description");
            table.headHtml((verdict != null && verdict.chosen() == i ? "<span class=\"badge\">recommended</span><br>" : "")
                    + "<span class=\"plan\"><span class=\"chip " + ReportPlans.colourClass(i) + "\"></span>"
                    + HtmlEscape.text(plans.name(i)) + "</span>"
                    + (description == null ? "" : "<span class=\"sub\">" + HtmlEscape.text(description) + "</span>"), "num");
        }
        return table;
    }

    /** Appends {@code metric}'s row, highlighting the best finite value(s) when two or more plans have one. */
    static void addRow(HtmlTable table, ReportPlans plans, ReportMetric metric) {
        double best = Double.NaN;
        int finite = 0;
        for (int i = 0; i < plans.size(); i++) {
            double value = metric.value().applyAsDouble(plans.plan(i));
            if (Double.isFinite(value)) {
                finite++;
                if (!Double.isFinite(best) || metric.beats(value, best)) {
                    best = value;
                }
            }
        }
        boolean allEqual = true;
        for (int i = 0; i < plans.size(); i++) {
            double value = metric.value().applyAsDouble(plans.plan(i));
            allEqual &= !Double.isFinite(value) || value == best;
        }
        boolean highlight = finite >= 2 && !allEqual && metric.better() != ReportMetric.Better.NEITHER;
        List<HtmlTable.Cell> cells = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            double value = metric.value().applyAsDouble(plans.plan(i));
            cells.add(HtmlTable.Cell.number(metric.cell(plans.plan(i)), metric.interval(plans.plan(i)),
                    highlight && value == best));
        }
        table.row(metric.label(), cells);
    }
}
