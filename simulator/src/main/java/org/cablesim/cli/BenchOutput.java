package org.cablesim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a benchmark's measurements as aligned text or as one JSON object. */
final class BenchOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchOutput() {
    }

    /** Prints {@code fields} (in order) as one JSON object on one line, or as "name: value" lines. */
    static void print(PrintWriter out, boolean json, Map<String, Object> fields) {
        if (json) {
            ObjectNode node = MAPPER.valueToTree(fields);
            out.println(node.toString());
            return;
        }
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        fields.forEach((name, value) -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", name, format(value)));
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return Math.abs(d) >= 1000 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.4g", d);
        }
        return String.valueOf(value);
    }
}
