package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The comparison section: metrics per plan against the baseline, and paired differences with their intervals. */
final class HtmlComparison {
    private HtmlComparison() {
    }

    static String render(JsonNode summary, ReportPlans plans) {
        JsonNode comparison = ReportJson.at(summary, "comparison");
        String baseline = ReportJson.text(comparison, "baseline");
        List<JsonNode> rows = ReportJson.array(comparison, "rows");
        List<JsonNode> differences = ReportJson.array(comparison, "differences");
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"lead\">Baseline: <b>").append(HtmlEscape.text(baseline == null ? ReportFormat.MISSING : baseline))
                .append("</b>. Differences are other plan minus baseline, estimated with common random numbers; a "
                        + "difference is resolved when its 95 % confidence interval excludes zero.</p>\n");
        html.append("<h3>Metrics per plan</h3>\n");
        html.append(rows.isEmpty() ? "<p class=\"na\">No comparison rows in this summary.</p>\n" : metricsTable(rows, plans, baseline));
        html.append("<h3>Differences against the baseline</h3>\n");
        html.append(differences.isEmpty() ? "<p class=\"na\">No differences in this summary.</p>\n"
                : differencesTable(differences, plans));
        return html.toString();
    }

    private static String metricsTable(List<JsonNode> rows, ReportPlans plans, String baseline) {
        Set<String> metrics = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            ReportJson.fields(row, "metrics").forEach(e -> metrics.add(e.getKey()));
        }
        HtmlTable table = new HtmlTable("comparison", null).head("Plan", "");
        for (String metric : metrics) {
            table.head(ReportMetricNames.label(metric), "num");
        }
        List<double[]> best = new ArrayList<>();
        for (String metric : metrics) {
            best.add(bestOf(rows, metric));
        }
        for (JsonNode row : rows) {
            String plan = ReportJson.text(row, "plan");
            List<HtmlTable.Cell> cells = new ArrayList<>();
            int m = 0;
            for (String metric : metrics) {
                double value = ReportJson.number(row, "metrics", metric);
                double[] b = best.get(m++);
                boolean highlight = b[1] >= 2 && b[2] == 0 && value == b[0];
                cells.add(HtmlTable.Cell.number(ReportMetricNames.format(metric).apply(value), null, highlight));
            }
            table.rowHtml(planHeading(plan, plans) + (plan != null && plan.equals(baseline)
                    ? "<span class=\"badge\">baseline</span>" : ""), cells, "");
        }
        return table.render();
    }

    /** {best value, number of finite values, 1 if all finite values are equal else 0}. */
    private static double[] bestOf(List<JsonNode> rows, String metric) {
        ReportMetric.Better better = ReportMetricNames.better(metric);
        double best = Double.NaN;
        double first = Double.NaN;
        int finite = 0;
        boolean allEqual = true;
        for (JsonNode row : rows) {
            double value = ReportJson.number(row, "metrics", metric);
            if (!Double.isFinite(value)) {
                continue;
            }
            finite++;
            if (Double.isNaN(first)) {
                first = value;
            }
            allEqual &= value == first;
            boolean wins = better == ReportMetric.Better.LOWER ? value < best : value > best;
            if (Double.isNaN(best) || wins) {
                best = value;
            }
        }
        if (better == ReportMetric.Better.NEITHER) {
            finite = 0;
        }
        return new double[] {best, finite, allEqual ? 1 : 0};
    }

    private static String differencesTable(List<JsonNode> differences, ReportPlans plans) {
        HtmlTable table = new HtmlTable("differences", null).head("Plan", "").head("Metric", "")
                .head("Difference", "num").head("95 % confidence interval", "num").head("Reading", "");
        for (JsonNode difference : differences) {
            String plan = ReportJson.text(difference, "plan");
            String metric = ReportJson.text(difference, "metric");
            var format = ReportMetricNames.differenceFormat(metric);
            double value = ReportJson.number(difference, "difference");
            double low = ReportJson.number(difference, "ci95Low");
            double high = ReportJson.number(difference, "ci95High");
            String interval = Double.isFinite(low) && Double.isFinite(high)
                    ? format.apply(low) + " to " + format.apply(high) : ReportFormat.MISSING;
            List<HtmlTable.Cell> cells = List.of(
                    HtmlTable.Cell.text(metric == null ? ReportFormat.MISSING : ReportMetricNames.label(metric)),
                    HtmlTable.Cell.number(format.apply(value)),
                    HtmlTable.Cell.number(interval),
                    reading(metric, low, high));
            table.rowHtml(planHeading(plan, plans), cells, "");
        }
        return table.render();
    }

    private static HtmlTable.Cell reading(String metric, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return HtmlTable.Cell.text(ReportFormat.MISSING);
        }
        if (low <= 0 && high >= 0) {
            return new HtmlTable.Cell("<span class=\"status\">not resolved</span>", "");
        }
        ReportMetric.Better better = ReportMetricNames.better(metric);
        String direction = low > 0 ? "higher" : "lower";
        if (better == ReportMetric.Better.NEITHER) {
            return new HtmlTable.Cell("<span class=\"status\">" + direction + "</span>", "");
        }
        boolean good = (low > 0) == (better == ReportMetric.Better.HIGHER);
        return new HtmlTable.Cell("<span class=\"status " + (good ? "recommended" : "excluded") + "\">"
                + (good ? "better" : "worse") + " (" + direction + ")</span>", "");
    }

    /** A plan name with its colour chip when it is one of the summary's plans. */
    static String planHeading(String plan, ReportPlans plans) {
        if (plan == null) {
            return "<span class=\"na\">" + ReportFormat.MISSING + "</span>";
        }
        int index = plans.indexOf(plan);
        return "<span class=\"plan\">" + (index >= 0 ? "<span class=\"chip " + ReportPlans.colourClass(index)
                + "\"></span>" : "") + HtmlEscape.text(plan) + "</span>";
    }
}
