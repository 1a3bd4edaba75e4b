package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.Sweep;

/**
 * Writes one {@code sweeps[]} entry of summary.json: the parameter, its values, per plan and metric one value per
 * swept value (rounded like the comparison rows; a metric no value has is left out), the same shape for the 95 %
 * interval ends under {@code ci95Low} and {@code ci95High}, and the plan recommended at each value. A design of
 * several parameters also writes its kind ({@code design}), its {@code parameters} and each point's values
 * ({@code points}); its {@code parameter} and {@code values} are those joined by {@value Sweep#JOIN}.
 */
final class SweepJson extends StdSerializer<Sweep> {
    SweepJson() {
        super(Sweep.class);
    }

    @Override
    public void serialize(Sweep sweep, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("parameter", sweep.parameter());
        g.writeArrayFieldStart("values");
        for (String value : sweep.values()) {
            g.writeString(value);
        }
        g.writeEndArray();
        if (!sweep.design().equals(Sweep.SWEEP)) {
            g.writeStringField("design", sweep.design());
            g.writeArrayFieldStart("parameters");
            for (String parameter : sweep.parameters()) {
                g.writeString(parameter);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("points");
            for (Sweep.Point point : sweep.points()) {
                g.writeStartArray();
                for (String value : point.values()) {
                    g.writeString(value);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        series(g, "plans", sweep, Figure::value);
        series(g, "ci95Low", sweep, f -> f.ci95().low());
        series(g, "ci95High", sweep, f -> f.ci95().high());
        g.writeArrayFieldStart("recommended");
        for (Sweep.Point point : sweep.points()) {
            if (point.recommended() == null) {
                g.writeNull();
            } else {
                g.writeString(point.recommended());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void series(JsonGenerator g, String field, Sweep sweep, Function<Figure, Double> part)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (String plan : sweep.planNames()) {
            g.writeObjectFieldStart(plan);
            for (Metric metric : Sweep.METRICS) {
                if (!any(sweep, plan, metric)) {
                    continue;
                }
                g.writeArrayFieldStart(metric.id());
                for (int i = 0; i < sweep.points().size(); i++) {
                    Optional<Figure> f = sweep.figure(i, plan, metric);
                    SummaryNumbers.write(g, f.isEmpty() ? null : SummaryNumbers.metric(metric, part.apply(f.get())));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static boolean any(Sweep sweep, String plan, Metric metric) {
        for (int i = 0; i < sweep.points().size(); i++) {
            if (sweep.figure(i, plan, metric).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
