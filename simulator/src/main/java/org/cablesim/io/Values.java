package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Converts one tree node to a Java value, recording a problem at {@code path} and returning null when the node
 * has the wrong type or is out of range. Callers treat null as "already reported".
 */
final class Values {
    private Values() {
    }

    static Integer toInt(JsonNode node, String path, Problems problems, int min, int max) {
        Long value = toLong(node, path, problems, min, max);
        return value == null ? null : value.intValue();
    }

    static Long toLong(JsonNode node, String path, Problems problems, long min, long max) {
        if (!node.isIntegralNumber()) {
            problems.add(path, "expected an integer, was " + describe(node));
            return null;
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            problems.add(path, rangeText(min, max) + ", was " + node.asText());
            return null;
        }
        return node.longValue();
    }

    static Double toDouble(JsonNode node, String path, Problems problems, DoubleRange range) {
        if (!node.isNumber()) {
            problems.add(path, "expected a number, was " + describe(node));
            return null;
        }
        double value = node.doubleValue();
        if (!range.contains(value)) {
            problems.add(path, range.describe() + ", was " + DoubleRange.number(value));
            return null;
        }
        return value;
    }

    static String toText(JsonNode node, String path, Problems problems, Pattern pattern) {
        if (!node.isTextual()) {
            problems.add(path, "expected a string, was " + describe(node));
            return null;
        }
        String text = node.textValue();
        if (pattern != null && !pattern.matcher(text).matches()) {
            problems.add(path, "must match " + pattern.pattern() + ", was '" + text + "'");
            return null;
        }
        return text;
    }

    static Boolean toBoolean(JsonNode node, String path, Problems problems) {
        if (!node.isBoolean()) {
            problems.add(path, "expected true or false, was " + describe(node));
            return null;
        }
        return node.booleanValue();
    }

    static <E extends Enum<E>> E toEnum(JsonNode node, String path, Problems problems, Spelling<E> spelling) {
        if (!node.isTextual()) {
            problems.add(path, "expected one of " + String.join(", ", spelling.names()) + ", was " + describe(node));
            return null;
        }
        E value = spelling.parse(node.textValue()).orElse(null);
        if (value == null) {
            problems.add(path, "unknown value '" + node.textValue() + "' (expected one of: "
                    + String.join(", ", spelling.names()) + ")");
        }
        return value;
    }

    /** A short description of a node for type errors: {@code string 'abc'}, {@code a list}, … */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "string '" + node.textValue() + "'";
        }
        if (node.isBoolean()) {
            return "boolean " + node.asText();
        }
        if (node.isIntegralNumber()) {
            return "integer " + node.asText();
        }
        if (node.isNumber()) {
            return "number " + node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static String rangeText(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return "must be >= " + min;
        }
        return min == max ? "must be " + min : "must be in " + min + ".." + max;
    }
}
