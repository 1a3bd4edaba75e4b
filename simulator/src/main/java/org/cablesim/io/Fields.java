package org.cablesim.io;

import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the fields of one mapping in a file tree. The mapping's allowed field names are declared up front, so
 * unknown fields are reported even where no getter looks. Getters record a problem and return null for a wrong
 * type or range; absent and explicitly null fields give the default (or a "required" problem).
 *
 * <p>In describe mode ({@link Problems#describing}) every field is present, each getter records what it accepts
 * into the schema (see {@link SchemaRecorder}) and returns a value its reader accepts.
 */
final class Fields {
    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known;
    private final boolean broken;
    /** This mapping's reading in describe mode, null when reading a file. */
    private final SchemaSlot.Reading schema;

    private Fields(ObjectNode node, String path, Problems problems, Set<String> known, boolean broken) {
        this(node, path, problems, known, broken, null);
    }

    private Fields(ObjectNode node, String path, Problems problems, Set<String> known, boolean broken,
            SchemaSlot.Reading schema) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.known = known;
        this.broken = broken;
        this.schema = schema;
    }

    /**
     * Starts reading {@code node} at {@code path}; reports the node itself when it is not a mapping (then every
     * getter returns null quietly) and every field not in {@code known}.
     */
    static Fields of(JsonNode node, String path, Problems problems, String... known) {
        Set<String> knownSet = new TreeSet<>(List.of(known));
        if (problems.recorder() != null) {
            return new Fields(JsonNodeFactory.instance.objectNode(), path, problems, knownSet, false,
                    problems.recorder().mapping(node, known));
        }
        if (node == null || !node.isObject()) {
            problems.add(path.isEmpty() ? Problem.FILE : path, "expected a mapping, was " + Values.describe(node));
            return new Fields(JsonNodeFactory.instance.objectNode(), path, problems, knownSet, true);
        }
        Fields fields = new Fields((ObjectNode) node, path, problems, knownSet, false);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!knownSet.contains(name)) {
                problems.add(fields.pathOf(name), "unknown field" + suggestion(name, knownSet)
                        + " (known: " + String.join(", ", knownSet) + ")");
            }
        }
        return fields;
    }

    /** An empty, valid mapping: absent optional sections read as all defaults. */
    static Fields empty(String path, Problems problems, String... known) {
        return new Fields(JsonNodeFactory.instance.objectNode(), path, problems, new TreeSet<>(List.of(known)), false);
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return TreePath.field(path, name);
    }

    Problems problems() {
        return problems;
    }

    /** Whether this is a describe run, where readers with checks of their own record a schema instead. */
    boolean describing() {
        return schema != null;
    }

    /** Whether the field is present with a non-null value. */
    boolean has(String name) {
        requireKnown(name);
        if (describing()) {
            return true;
        }
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** The field's node, or null when absent or null. */
    JsonNode get(String name) {
        if (describing()) {
            requireKnown(name);
            return recorder().node(schema.property(name));
        }
        return has(name) ? node.get(name) : null;
    }

    Integer requiredInt(String name, int min, int max) {
        if (describing()) {
            return (int) recorder().integer(describe(name, true), null, min, max);
        }
        JsonNode value = required(name);
        return value == null ? null : Values.toInt(value, pathOf(name), problems, min, max);
    }

    Integer optionalInt(String name, int defaultValue, int min, int max) {
        if (describing()) {
            return (int) recorder().integer(describe(name, false), (long) defaultValue, min, max);
        }
        JsonNode value = get(name);
        return value == null ? Integer.valueOf(defaultValue) : Values.toInt(value, pathOf(name), problems, min, max);
    }

    /** An optional integer without a default: null when absent. */
    Integer optionalInt(String name, int min, int max) {
        if (describing()) {
            return (int) recorder().integer(describe(name, false), null, min, max);
        }
        JsonNode value = get(name);
        return value == null ? null : Values.toInt(value, pathOf(name), problems, min, max);
    }

    Long optionalLong(String name, long defaultValue, long min, long max) {
        if (describing()) {
            return recorder().integer(describe(name, false), defaultValue, min, max);
        }
        JsonNode value = get(name);
        return value == null ? Long.valueOf(defaultValue) : Values.toLong(value, pathOf(name), problems, min, max);
    }

    Double requiredDouble(String name, DoubleRange range) {
        if (describing()) {
            return recorder().number(describe(name, true), null, range);
        }
        JsonNode value = required(name);
        return value == null ? null : Values.toDouble(value, pathOf(name), problems, range);
    }

    Double optionalDouble(String name, double defaultValue, DoubleRange range) {
        if (describing()) {
            return recorder().number(describe(name, false), defaultValue, range);
        }
        JsonNode value = get(name);
        return value == null ? Double.valueOf(defaultValue) : Values.toDouble(value, pathOf(name), problems, range);
    }

    /** An optional number without a default: null when absent. */
    Double optionalDouble(String name, DoubleRange range) {
        if (describing()) {
            return recorder().number(describe(name, false), null, range);
        }
        JsonNode value = get(name);
        return value == null ? null : Values.toDouble(value, pathOf(name), problems, range);
    }

    String requiredText(String name, Pattern pattern) {
        if (describing()) {
            return recorder().text(describe(name, true), null, pattern);
        }
        JsonNode value = required(name);
        return value == null ? null : Values.toText(value, pathOf(name), problems, pattern);
    }

    String optionalText(String name, String defaultValue, Pattern pattern) {
        if (describing()) {
            return recorder().text(describe(name, false), defaultValue, pattern);
        }
        JsonNode value = get(name);
        return value == null ? defaultValue : Values.toText(value, pathOf(name), problems, pattern);
    }

    Boolean optionalBoolean(String name, boolean defaultValue) {
        if (describing()) {
            return recorder().bool(describe(name, false), defaultValue);
        }
        JsonNode value = get(name);
        return value == null ? Boolean.valueOf(defaultValue) : Values.toBoolean(value, pathOf(name), problems);
    }

    <E extends Enum<E>> E requiredEnum(String name, Spelling<E> spelling) {
        if (describing()) {
            return recorder().choice(describe(name, true), null, spelling);
        }
        JsonNode value = required(name);
        return value == null ? null : Values.toEnum(value, pathOf(name), problems, spelling);
    }

    <E extends Enum<E>> E optionalEnum(String name, E defaultValue, Spelling<E> spelling) {
        if (describing()) {
            return recorder().choice(describe(name, false), defaultValue, spelling);
        }
        JsonNode value = get(name);
        return value == null ? defaultValue : Values.toEnum(value, pathOf(name), problems, spelling);
    }

    /** A nested mapping; an absent optional one reads as empty (all defaults), a missing required one is broken. */
    Fields object(String name, boolean isRequired, String... nestedKnown) {
        JsonNode value = isRequired ? required(name) : get(name);
        if (value == null) {
            Fields empty = empty(pathOf(name), problems, nestedKnown);
            return isRequired ? new Fields(empty.node, empty.path, problems, empty.known, true) : empty;
        }
        return of(value, pathOf(name), problems, nestedKnown);
    }

    /** A list's elements; null when absent (optional), missing (required, reported) or not a list (reported). */
    List<JsonNode> list(String name, boolean isRequired) {
        if (describing()) {
            return recorder().list(describe(name, isRequired));
        }
        JsonNode value = isRequired ? required(name) : get(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(pathOf(name), "expected a list, was " + Values.describe(value));
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        value.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** The entries of a mapping keyed by id, in file order; null when absent or not a mapping (reported). */
    Map<String, JsonNode> entries(String name, boolean isRequired) {
        if (describing()) {
            return recorder().keyedMapping(describe(name, isRequired));
        }
        JsonNode value = isRequired ? required(name) : get(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(pathOf(name), "expected a mapping, was " + Values.describe(value));
            return null;
        }
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    /** A list of integers, each in min..max; null when any element is wrong (each reported). */
    List<Integer> intList(String name, boolean isRequired, int min, int max) {
        List<JsonNode> elements = list(name, isRequired);
        if (elements == null) {
            return null;
        }
        List<Integer> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            Integer v = Values.toInt(elements.get(i), TreePath.index(pathOf(name), i), problems, min, max);
            ok &= v != null;
            values.add(v);
        }
        return ok ? values : null;
    }

    /** A list of enum values; null when any element is wrong (each reported). */
    <E extends Enum<E>> List<E> enumList(String name, boolean isRequired, Spelling<E> spelling) {
        List<JsonNode> elements = list(name, isRequired);
        if (elements == null) {
            return null;
        }
        List<E> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            E v = Values.toEnum(elements.get(i), TreePath.index(pathOf(name), i), problems, spelling);
            ok &= v != null;
            values.add(v);
        }
        return ok ? values : null;
    }

    /** Whether this mapping could not be read at all (wrong type or missing when required). */
    boolean isBroken() {
        return broken;
    }

    private JsonNode required(String name) {
        if (describing()) {
            schema.require(name);
        }
        JsonNode value = get(name);
        if (value == null && !broken) {
            problems.add(pathOf(name), "required field missing");
        }
        return value;
    }

    /** Describe mode: the declared field's place in the schema, marked required when it is. */
    /**
     * In describe mode, records {@code fragment} as the whole schema of field {@code name} (for readers that accept
     * several shapes, e.g. a number or a mapping).
     */
    void describeAs(String name, com.fasterxml.jackson.databind.node.ObjectNode fragment) {
        describe(name, false).read().keywords.setAll(fragment);
    }

    private SchemaSlot describe(String name, boolean isRequired) {
        requireKnown(name);
        if (isRequired) {
            schema.require(name);
        }
        return schema.property(name);
    }

    private SchemaRecorder recorder() {
        return problems.recorder();
    }

    private void requireKnown(String name) {
        if (!known.contains(name)) {
            throw new IllegalStateException("field '" + name + "' is not declared for " + path);
        }
    }

    private static String suggestion(String name, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? " '" + name + "'" : " '" + name + "', did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
