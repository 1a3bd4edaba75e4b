package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The describe mode of the readers: instead of a file, they read synthetic nodes, each standing for one place of
 * the schema, and every typed read records what it would accept there. Each read returns a value the reader
 * accepts (the default, a bound, an allowed name) so that the reader goes on to read everything after it.
 *
 * <p>Values vary with the {@code variant} of the run so that branches on an enum value are all taken across runs
 * and a default computed from another field (not a constant) differs between runs and is dropped on merging.
 */
final class SchemaRecorder {
    /** Synthetic lists and keyed mappings get two entries, so per-index defaults show up as disagreeing. */
    private static final int ENTRIES = 2;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int variant;
    private final Map<JsonNode, SchemaSlot> slots = new IdentityHashMap<>();
    private int texts;
    private int mostChoices = 1;

    /** @param variant which run this is, from 0; picks enum values and synthetic names */
    SchemaRecorder(int variant) {
        this.variant = variant;
    }

    /** A fresh synthetic node standing for {@code slot}. */
    JsonNode node(SchemaSlot slot) {
        JsonNode node = NODES.objectNode();
        slots.put(node, slot);
        return node;
    }

    /** The place a synthetic node stands for; null for any other node. */
    SchemaSlot slotOf(JsonNode node) {
        return node == null ? null : slots.get(node);
    }

    /** The largest number of allowed values of any enum read so far: runs needed to take every branch. */
    int mostChoices() {
        return mostChoices;
    }

    /** A mapping read with these declared fields; a node that stands for no place gets a detached reading. */
    SchemaSlot.Reading mapping(JsonNode node, String... known) {
        SchemaSlot slot = slotOf(node);
        SchemaSlot.Reading reading = (slot == null ? new SchemaSlot() : slot).read();
        reading.keywords.put("type", "object");
        reading.fields(known);
        return reading;
    }

    List<JsonNode> list(SchemaSlot slot) {
        SchemaSlot.Reading reading = slot.read();
        reading.keywords.put("type", "array");
        List<JsonNode> elements = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            elements.add(node(reading.items()));
        }
        return elements;
    }

    /** A mapping whose keys the file chooses (tier names, ids), each value read alike. */
    Map<String, JsonNode> keyedMapping(SchemaSlot slot) {
        SchemaSlot.Reading reading = slot.read();
        reading.keywords.put("type", "object");
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        for (int i = 0; i < ENTRIES; i++) {
            entries.put(syntheticName(), node(reading.values()));
        }
        return entries;
    }

    /** A mapping of free-form values whose keys match {@code keys}, checked by its reader as a whole. */
    void freeMapping(SchemaSlot slot, Pattern keys) {
        ObjectNode keywords = slot.read().keywords;
        keywords.put("type", "object");
        keywords.putObject("propertyNames").put("pattern", anchored(keys));
    }

    long integer(SchemaSlot slot, Long defaultValue, long min, long max) {
        ObjectNode keywords = slot.read().keywords;
        keywords.put("type", "integer");
        if (min == max) {
            keywords.put("const", min);
        } else {
            if (min != Long.MIN_VALUE) {
                keywords.put("minimum", min);
            }
            if (max != Long.MAX_VALUE) {
                keywords.put("maximum", max);
            }
        }
        boolean defaultAllowed = defaultValue != null && defaultValue >= min && defaultValue <= max;
        if (defaultAllowed) {
            keywords.put("default", defaultValue);
        }
        return defaultAllowed ? defaultValue : min;
    }

    double number(SchemaSlot slot, Double defaultValue, DoubleRange range) {
        ObjectNode keywords = slot.read().keywords;
        keywords.put("type", "number");
        if (range.min() != Double.NEGATIVE_INFINITY) {
            keywords.set(range.minInclusive() ? "minimum" : "exclusiveMinimum", number(range.min()));
        }
        if (range.max() != Double.POSITIVE_INFINITY) {
            keywords.set(range.maxInclusive() ? "maximum" : "exclusiveMaximum", number(range.max()));
        }
        if (defaultValue != null && range.contains(defaultValue)) {
            keywords.set("default", number(defaultValue));
            return defaultValue;
        }
        double mid = (range.min() + range.max()) / 2;
        for (double candidate : new double[] {range.min(), range.max(), mid, range.min() + 1, range.max() - 1, 0}) {
            if (range.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("empty range " + range.describe());
    }

    String text(SchemaSlot slot, String defaultValue, Pattern pattern) {
        ObjectNode keywords = slot.read().keywords;
        keywords.put("type", "string");
        if (pattern != null) {
            keywords.put("pattern", anchored(pattern));
        }
        if (defaultValue != null && (pattern == null || pattern.matcher(defaultValue).matches())) {
            keywords.put("default", defaultValue);
            return defaultValue;
        }
        String name = syntheticName();
        for (String candidate : new String[] {name, "a", "A", "1", "a-1", "a.b", "a_b"}) {
            if (pattern == null || pattern.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return name;
    }

    boolean bool(SchemaSlot slot, Boolean defaultValue) {
        ObjectNode keywords = slot.read().keywords;
        keywords.put("type", "boolean");
        if (defaultValue != null) {
            keywords.put("default", defaultValue);
        }
        return variant % 2 == 1;
    }

    <E extends Enum<E>> E choice(SchemaSlot slot, E defaultValue, Spelling<E> spelling) {
        ObjectNode keywords = slot.read().keywords;
        keywords.put("type", "string");
        List<String> names = spelling.names();
        names.forEach(keywords.putArray("enum")::add);
        if (defaultValue != null) {
            keywords.put("default", spelling.name(defaultValue));
        }
        mostChoices = Math.max(mostChoices, names.size());
        return spelling.parse(names.get(variant % names.size())).orElseThrow();
    }

    /** A name every reader's name and id patterns accept, different in every run and every call. */
    private String syntheticName() {
        texts++;
        return "v" + variant + "n" + texts;
    }

    /** JSON Schema patterns match anywhere; the readers match whole values. */
    private static String anchored(Pattern pattern) {
        String p = pattern.pattern();
        return p.contains("|") ? "^(?:" + p + ")$" : "^" + p + "$";
    }

    /** Whole numbers as integers ({@code 5}, not {@code 5.0}). */
    private static JsonNode number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? NODES.numberNode((long) value)
                : NODES.numberNode(value);
    }
}
