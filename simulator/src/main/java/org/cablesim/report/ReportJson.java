package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Lenient readers over the summary tree: a missing field, a wrong type or a non-finite number reads as
 * absent (NaN or empty), because older or partial summaries must still render.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /** The node at {@code path} below {@code node}, or a missing node; never null. */
    public static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node == null ? MissingNode.getInstance() : node;
        for (String key : path) {
            current = current.isObject() ? current.path(key) : MissingNode.getInstance();
        }
        return current;
    }

    /** The finite number at {@code path}, or NaN when absent, not a number, or not finite. */
    public static double number(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (!value.isNumber()) {
            return Double.NaN;
        }
        double number = value.asDouble();
        return Double.isFinite(number) ? number : Double.NaN;
    }

    /** The text at {@code path}; numbers and booleans as their JSON text; null when absent or structured. */
    public static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The elements of the array at {@code path}, or an empty list. */
    public static List<JsonNode> array(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    /** The fields of the object at {@code path} in document order, or an empty list. */
    public static List<Map.Entry<String, JsonNode>> fields(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            it.forEachRemaining(entries::add);
        }
        return entries;
    }

    /** The finite number held by {@code value} itself, or NaN. */
    public static double number(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return Double.NaN;
        }
        double number = value.asDouble();
        return Double.isFinite(number) ? number : Double.NaN;
    }
}
