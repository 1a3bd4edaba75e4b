package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanDifference;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.ShapeRobustness;
import org.cablesim.study.StudySummary;

/**
 * Writes summary.json's {@code comparison}: the baseline, one row of headline metrics per plan (each rounded like
 * the plan field it repeats; a metric a stage did not estimate is left out), the paired differences, and the
 * recommendation (through its mix-in).
 */
final class ComparisonJson {
    private ComparisonJson() {
    }

    static void write(JsonGenerator g, StudySummary summary, SerializerProvider provider) throws IOException {
        g.writeObjectFieldStart("comparison");
        g.writeStringField("baseline", summary.comparison().baselinePlan());
        g.writeArrayFieldStart("rows");
        for (PlanFigures plan : summary.plans()) {
            g.writeStartObject();
            g.writeStringField("plan", plan.name());
            g.writeObjectFieldStart("metrics");
            for (Metric metric : Metric.values()) {
                Number value = rowValue(plan, metric);
                if (value != null) {
                    SummaryNumbers.write(g, metric.id(), value);
                }
            }
            if (plan.lifecycle() != null) {
                g.writeStringField("upgradeReadiness", String.join(" ", plan.upgradeReadiness()));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("differences");
        for (PlanDifference d : summary.comparison().differences()) {
            g.writeStartObject();
            g.writeStringField("plan", d.plan());
            g.writeStringField("metric", d.metric().id());
            SummaryNumbers.write(g, "difference", SummaryNumbers.difference(d.metric(), d.difference()));
            SummaryNumbers.write(g, "ci95Low", SummaryNumbers.difference(d.metric(), d.ci95().low()));
            SummaryNumbers.write(g, "ci95High", SummaryNumbers.difference(d.metric(), d.ci95().high()));
            g.writeEndObject();
        }
        g.writeEndArray();
        provider.defaultSerializeField("recommendation", summary.recommendation(), g);
        if (summary.comparison().robustness().isPresent()) {
            writeRobustness(g, summary.comparison().robustness().get());
        }
        g.writeEndObject();
    }

    /** {@code comparison.robustness}: the recommended plan under each plausible connector-loss shape. */
    private static void writeRobustness(JsonGenerator g, ShapeRobustness r) throws IOException {
        g.writeObjectFieldStart("robustness");
        g.writeArrayFieldStart("classes");
        for (String c : r.classes()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("defaultWinner", r.defaultWinner());
        g.writeBooleanField("holds", r.holds());
        g.writeArrayFieldStart("outcomes");
        for (ShapeRobustness.Outcome o : r.outcomes()) {
            g.writeStartObject();
            g.writeStringField("family", o.family());
            g.writeStringField("winner", o.winner());
            g.writeObjectFieldStart("linkFailureProbability");
            for (var e : o.linkFailureProbability().entrySet()) {
                SummaryNumbers.write(g, e.getKey(), SummaryNumbers.loss(e.getValue()));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("line", r.line());
        g.writeEndObject();
    }

    /** A plan's metric as its comparison row writes it, or null when it has none. */
    static Number rowValue(PlanFigures plan, Metric metric) {
        Optional<Figure> f = plan.metric(metric);
        return f.isEmpty() ? null : SummaryNumbers.metric(metric, f.get().value());
    }

    /** The metrics some plan has, in {@link Metric} order: the columns of comparison.csv. */
    static List<Metric> columns(List<PlanFigures> plans) {
        return java.util.Arrays.stream(Metric.values())
                .filter(m -> plans.stream().anyMatch(p -> p.metric(m).isPresent())).toList();
    }
}
