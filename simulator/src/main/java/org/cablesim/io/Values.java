package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Converts one tree node to a Java value, recording a problem at {@code path} and returning null when the node
 * has the wrong type or is out of range. Callers treat null as "already reported". In describe mode a synthetic
 * node records what it accepts instead (see {@link SchemaRecorder}).
 */
final class Values {
    private Values() {
    }

    static Integer toInt(JsonNode node, String path, Problems problems, int min, int max) {
        Long value = toLong(node, path, problems, min, max);
        return value == null ? null : value.intValue();
    }

    static Long toLong(JsonNode node, String path, Problems problems, long min, long max) {
        SchemaSlot slot = described(node, problems);
        if (slot != null) {
            return problems.recorder().integer(slot, null, min, max);
        }
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
        SchemaSlot slot = described(node, problems);
        if (slot != null) {
            return problems.recorder().number(slot, null, range);
        }
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
        SchemaSlot slot = described(node, problems);
        if (slot != null) {
            return problems.recorder().text(slot, null, pattern);
        }
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
        SchemaSlot slot = described(node, problems);
        if (slot != null) {
            return problems.recorder().bool(slot, null);
        }
        if (!node.isBoolean()) {
            problems.add(path, "expected true or false, was " + describe(node));
            return null;
        }
        return node.booleanValue();
    }

    static <E extends Enum<E>> E toEnum(JsonNode node, String path, Problems problems, Spelling<E> spelling) {
        SchemaSlot slot = described(node, problems);
        if (slot != null) {
            return problems.recorder().choice(slot, null, spelling);
        }
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

    /**
     * For readers that check a mapping as a whole (catalog overrides): in describe mode records it as a mapping of
     * free-form values whose keys match {@code keys} and returns true; otherwise does nothing and returns false.
     */
    static boolean describeFreeMapping(JsonNode node, Problems problems, Pattern keys) {
        SchemaSlot slot = described(node, problems);
        if (slot == null) {
            return false;
        }
        problems.recorder().freeMapping(slot, keys);
        return true;
    }

    /** The schema place a describe-mode node stands for; null when reading a file. */
    private static SchemaSlot described(JsonNode node, Problems problems) {
        return problems.recorder() == null ? null : problems.recorder().slotOf(node);
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
