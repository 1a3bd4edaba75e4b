package org.cablesim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.cablesim.stats.Interval;
import org.cablesim.study.Figure;

/**
 * A figure as {@code [value, ci95Low, ci95High]} in the evaluation results and back, exactly: finite numbers as the
 * shortest decimal that reads back to the same double, others by name ({@code "NaN"}, {@code "Infinity"}).
 */
final class FigureJson {
    private FigureJson() {
    }

    static ArrayNode write(Figure f) {
        ArrayNode triple = JsonNodeFactory.instance.arrayNode();
        number(triple, f.value());
        number(triple, f.ci95().low());
        number(triple, f.ci95().high());
        return triple;
    }

    static Figure read(JsonNode triple) {
        return new Figure(number(triple.get(0)), new Interval(number(triple.get(1)), number(triple.get(2))));
    }

    static void number(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.add(Double.toString(value));
        }
    }

    static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN
                : node.isTextual() ? Double.parseDouble(node.textValue()) : node.doubleValue();
    }
}
