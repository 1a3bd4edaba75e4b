package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The side-by-side comparison of plan variants: one row of headline metrics per plan, read from the plans'
 * summaries, plus the paired differences against the baseline that the loss and lifecycle stages estimate with
 * common random numbers. Written into summary.json ({@code comparison}), comparison.csv and the terminal.
 */
public final class ComparisonSummary {
    /** Name of the comparison CSV file. */
    public static final String CSV = "comparison.csv";

    /** Metric → JSON pointer into a plan's summary; objects with a {@code mean} are read at their mean. */
    static final Map<String, String> METRICS = metrics();

    private ComparisonSummary() {
    }

    private static Map<String, String> metrics() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fibresInstalled", "/fibres/installed");
        m.put("fibresLit", "/fibres/lit");
        m.put("fibresDark", "/fibres/dark");
        m.put("darkFraction", "/fibres/darkFraction");
        m.put("trunks", "/cabling/trunks");
        m.put("mpoConnectors", "/cabling/mpoConnectors");
        m.put("cassettes", "/cabling/cassettes");
        m.put("panels", "/cabling/panels");
        m.put("checkViolations", "/checks/violations");
        m.put("costUsd", "/cost/total");
        m.put("linkFailureProbability", "/loss/linkFailureProbability");
        m.put("expectedFailingLinks", "/loss/expectedFailingLinks");
        m.put("marginP1Db", "/loss/marginDb/p1");
        m.put("marginP50Db", "/loss/marginDb/p50");
        m.put("turnUpDays", "/lifecycle/turnUp/daysToFullFabric");
        m.put("availability", "/lifecycle/availability");
        m.put("jobInterruptionsPerYear", "/lifecycle/jobInterruptionsPerYear");
        m.put("lostGpuHoursPerYear", "/lifecycle/lostGpuHoursPerYear");
        m.put("upgradeCostUsd", "/lifecycle/upgradeCostUsd");
        m.put("linksRecabled", "/lifecycle/linksRecabled");
        m.put("upgradeReadiness", "/upgradeReadiness");
        return m;
    }

    /**
     * Adds (or completes) the {@code comparison} section of {@code summary}: {@code baseline}, {@code rows} with the
     * metrics every plan has, and keeps any {@code differences} the stages already wrote.
     */
    public static void addTo(ObjectNode summary, String baselinePlan) {
        ObjectNode comparison = summary.has("comparison") && summary.get("comparison").isObject()
                ? (ObjectNode) summary.get("comparison") : summary.putObject("comparison");
        comparison.put("baseline", baselinePlan);
        ArrayNode rows = comparison.putArray("rows");
        for (JsonNode plan : summary.path("plans")) {
            ObjectNode row = rows.addObject();
            row.put("plan", plan.path("name").asText());
            ObjectNode metrics = row.putObject("metrics");
            for (Map.Entry<String, String> metric : METRICS.entrySet()) {
                JsonNode value = value(plan, metric.getValue());
                if (value != null) {
                    metrics.set(metric.getKey(), value);
                }
            }
        }
        if (!comparison.has("differences")) {
            comparison.putArray("differences");
        }
        // Keep field order stable whichever stage created the object first.
        JsonNode differences = comparison.remove("differences");
        comparison.set("differences", differences);
        JsonNode robustness = comparison.remove("robustness");
        if (robustness != null) {
            comparison.set("robustness", robustness);
        }
    }

    /** The value of comparison metric {@code name} in a plan's summary, or null when the plan has none. */
    static JsonNode metric(JsonNode plan, String name) {
        return value(plan, METRICS.get(name));
    }

    private static JsonNode value(JsonNode plan, String pointer) {
        JsonNode value = plan.at(pointer);
        if (value.isObject()) {
            value = value.path("mean");
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(String.join(" ", items));
        }
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    /** comparison.csv: one row per plan, one column per metric that any plan has; numbers at full precision. */
    public static String toCsv(ObjectNode summary) {
        List<String> columns = columns(summary);
        java.io.StringWriter text = new java.io.StringWriter();
        Csv csv = new Csv(text);
        try {
            List<Object> header = new ArrayList<>();
            header.add("plan");
            header.addAll(columns);
            csv.row(header.toArray());
            for (JsonNode row : summary.path("comparison").path("rows")) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.path("plan").asText());
                for (String column : columns) {
                    JsonNode value = row.path("metrics").path(column);
                    cells.add(value.isMissingNode() || value.isNull() ? null : value.asText());
                }
                csv.row(cells.toArray());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Metrics estimated by the loss and lifecycle stages (the rest are plant counts and money). */
    public static final List<String> RELIABILITY_METRICS = List.of("linkFailureProbability", "expectedFailingLinks",
            "marginP1Db", "marginP50Db", "turnUpDays", "availability", "jobInterruptionsPerYear",
            "lostGpuHoursPerYear", "upgradeCostUsd", "linksRecabled", "upgradeReadiness");

    /** The comparison rows as a terminal table: metrics down, plans across. */
    public static TextTable metricsTable(ObjectNode summary) {
        return metricsTable(summary, METRICS.keySet());
    }

    /**
     * The comparison rows restricted to {@code metrics}, as a terminal table: metrics down, plans across; null
     * when no plan has any of them.
     */
    public static TextTable metricsTable(ObjectNode summary, java.util.Collection<String> metrics) {
        List<JsonNode> rows = new ArrayList<>();
        summary.path("comparison").path("rows").forEach(rows::add);
        String[] header = new String[rows.size() + 1];
        header[0] = "metric";
        for (int i = 0; i < rows.size(); i++) {
            header[i + 1] = rows.get(i).path("plan").asText();
        }
        TextTable table = new TextTable(header);
        List<String> shown = columns(summary).stream().filter(metrics::contains).toList();
        if (shown.isEmpty()) {
            return null;
        }
        for (String column : shown) {
            String[] cells = new String[rows.size() + 1];
            cells[0] = column;
            for (int i = 0; i < rows.size(); i++) {
                cells[i + 1] = format(rows.get(i).path("metrics").path(column));
            }
            table.row(cells);
        }
        return table;
    }

    /** The differences against the baseline as a terminal table, or null when there are none. */
    public static TextTable differencesTable(ObjectNode summary) {
        JsonNode differences = summary.path("comparison").path("differences");
        if (differences.isEmpty()) {
            return null;
        }
        TextTable table = new TextTable("plan − " + summary.path("comparison").path("baseline").asText(), "metric",
                "difference", "95% CI");
        for (JsonNode d : differences) {
            table.row(d.path("plan").asText(), d.path("metric").asText(), format(d.path("difference")),
                    "[" + format(d.path("ci95Low")) + ", " + format(d.path("ci95High")) + "]");
        }
        return table;
    }

    private static List<String> columns(ObjectNode summary) {
        List<String> columns = new ArrayList<>();
        for (String metric : METRICS.keySet()) {
            for (JsonNode row : summary.path("comparison").path("rows")) {
                if (row.path("metrics").has(metric)) {
                    columns.add(metric);
                    break;
                }
            }
        }
        return columns;
    }

    private static String format(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "n/a";
        }
        if (!value.isNumber()) {
            return value.asText();
        }
        double v = value.doubleValue();
        if (value.isIntegralNumber() || (v == Math.rint(v) && Math.abs(v) >= 1)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 0.99 && magnitude < 1) {
            return String.format(Locale.ROOT, "%.6f", v); // availabilities: the digits that differ are the last ones
        }
        return magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6)
                ? String.format(Locale.ROOT, "%.3e", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
