package org.cablesim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.Sweep;

/**
 * A finished point as one line of JSON and back, exactly: numbers are written as the shortest decimal that reads
 * back to the same double, one that is not finite as its name ({@code NaN}, {@code Infinity}). The resume journal holds these lines, and a cluster
 * engine sends them back to the driver, so a point's figures are the same bytes on every path.
 */
public final class PointCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PointCodec() {
    }

    /** Point {@code index}'s line (no line end). */
    public static String line(int index, Sweep.Point point) {
        ObjectNode node = JSON.createObjectNode();
        node.put("index", index);
        ArrayNode values = node.putArray("values");
        point.values().forEach(values::add);
        if (point.recommended() == null) {
            node.putNull("recommended");
        } else {
            node.put("recommended", point.recommended());
        }
        ArrayNode plans = node.putArray("plans");
        for (Sweep.PlanPoint plan : point.plans()) {
            ObjectNode p = plans.addObject();
            p.put("name", plan.name());
            ObjectNode figures = p.putObject("figures");
            plan.figures().forEach((metric, f) -> figures.set(metric.id(), FigureJson.write(f)));
        }
        return node.toString();
    }

    /** The index of a point's line. */
    public static int index(String line) {
        return tree(line).get("index").intValue();
    }

    /** The point of a line written by {@link #line}. */
    public static Sweep.Point point(String line) {
        JsonNode node = tree(line);
        List<String> values = new ArrayList<>();
        node.get("values").forEach(v -> values.add(v.textValue()));
        List<Sweep.PlanPoint> plans = new ArrayList<>();
        for (JsonNode p : node.get("plans")) {
            Map<Metric, Figure> figures = new EnumMap<>(Metric.class);
            for (Metric metric : Sweep.METRICS) {
                JsonNode triple = p.get("figures").get(metric.id());
                if (triple != null) {
                    figures.put(metric, FigureJson.read(triple));
                }
            }
            plans.add(new Sweep.PlanPoint(p.get("name").textValue(), figures));
        }
        JsonNode recommended = node.get("recommended");
        return new Sweep.Point(values, plans, recommended.isNull() ? null : recommended.textValue());
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a point line: " + e.getOriginalMessage(), e);
        }
    }
}
