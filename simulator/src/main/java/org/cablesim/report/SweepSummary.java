package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cablesim.study.StudyResult;

/**
 * Builds the {@code sweeps} section of summary.json: for every sweep, the values it took and, per plan, each
 * headline metric at every value (in value order), read from the per-point summaries so that a sweep reports
 * exactly what a run at that value would.
 */
public final class SweepSummary {
    /** The comparison metrics a sweep follows (the sensitivity chart draws one per metric). */
    static final List<String> METRICS = List.of("costUsd", "darkFraction", "linkFailureProbability",
            "expectedFailingLinks", "marginP1Db", "availability", "jobInterruptionsPerYear", "lostGpuHoursPerYear",
            "upgradeCostUsd", "linksRecabled");

    private SweepSummary() {
    }

    /**
     * One point of a sweep and its result.
     *
     * @param sweepIndex index of the sweep
     * @param parameter  swept field path
     * @param valueText  value shown in the report
     * @param result     the study run at that value
     */
    public record Point(int sweepIndex, String parameter, String valueText, StudyResult result) {
    }

    /** The {@code sweeps} array for {@code points}, grouped by sweep in order. */
    public static ArrayNode toTree(List<Point> points) {
        ArrayNode sweeps = JsonNodeFactory.instance.arrayNode();
        ObjectNode current = null;
        int currentIndex = -1;
        for (Point point : points) {
            if (point.sweepIndex() != currentIndex) {
                currentIndex = point.sweepIndex();
                current = sweeps.addObject();
                current.put("parameter", point.parameter());
                current.putArray("values");
                current.putObject("plans");
            }
            ((ArrayNode) current.get("values")).add(point.valueText());
            ObjectNode plansNode = (ObjectNode) current.get("plans");
            for (JsonNode plan : SummaryJson.toTree(point.result()).path("plans")) {
                ObjectNode metricsNode = plansNode.has(plan.path("name").asText())
                        ? (ObjectNode) plansNode.get(plan.path("name").asText())
                        : plansNode.putObject(plan.path("name").asText());
                for (String metric : METRICS) {
                    JsonNode value = ComparisonSummary.metric(plan, metric);
                    ArrayNode series = metricsNode.has(metric)
                            ? (ArrayNode) metricsNode.get(metric)
                            : metricsNode.putArray(metric);
                    if (value != null && value.isNumber()) {
                        series.add(value.doubleValue());
                    } else {
                        series.addNull();
                    }
                }
            }
        }
        // Drop metrics no stage produced, so the report shows only real series.
        for (JsonNode sweep : sweeps) {
            sweep.path("plans").forEach(plan -> {
                var names = new java.util.ArrayList<String>();
                plan.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    boolean any = false;
                    for (JsonNode v : plan.get(name)) {
                        any |= !v.isNull();
                    }
                    if (!any) {
                        ((ObjectNode) plan).remove(name);
                    }
                }
            });
        }
        return sweeps;
    }
}
