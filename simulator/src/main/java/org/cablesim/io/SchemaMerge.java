package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Merges two readings of the same place into one schema that accepts what either reading accepts: fields of
 * both, required only when required in both, a default only when both agree, any other keyword only when both
 * have it. Two readings that disagree on a keyword (an integer here, a string there) are a reader inconsistency
 * the generator must not paper over, so they fail loudly.
 */
final class SchemaMerge {
    private SchemaMerge() {
    }

    /** The merge of {@code a} and {@code b}; {@code {}} (nothing known) is the identity. */
    static ObjectNode merge(ObjectNode a, ObjectNode b, String path) {
        if (a.isEmpty()) {
            return b.deepCopy();
        }
        if (b.isEmpty()) {
            return a.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Set<String> keys = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode x = a.get(key);
            JsonNode y = b.get(key);
            JsonNode merged = switch (key) {
                case "properties" -> x != null && y != null ? properties((ObjectNode) x, (ObjectNode) y, path)
                        : x != null ? x : y;
                case "required" -> x != null && y != null ? intersection((ArrayNode) x, (ArrayNode) y) : null;
                case "default" -> x != null && x.equals(y) ? x : null;
                case "items" -> part(x, y, path + "[]");
                case "additionalProperties" -> part(x, y, TreePath.field(path, "<name>"));
                default -> keyword(key, x, y, path);
            };
            if (merged != null && !(merged.isArray() && merged.isEmpty() && key.equals("required"))) {
                out.set(key, merged);
            }
        }
        return out;
    }

    private static ObjectNode properties(ObjectNode x, ObjectNode y, String path) {
        ObjectNode out = x.deepCopy();
        y.fields().forEachRemaining(e -> {
            JsonNode mine = out.get(e.getKey());
            out.set(e.getKey(), mine == null ? e.getValue()
                    : merge((ObjectNode) mine, (ObjectNode) e.getValue(), TreePath.field(path, e.getKey())));
        });
        return out;
    }

    private static ArrayNode intersection(ArrayNode x, ArrayNode y) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        x.forEach(name -> {
            for (JsonNode other : y) {
                if (other.equals(name)) {
                    out.add(name);
                }
            }
        });
        return out;
    }

    /** A sub-schema ({@code items}, {@code additionalProperties}): merged when both are schemas. */
    private static JsonNode part(JsonNode x, JsonNode y, String path) {
        if (x instanceof ObjectNode ox && y instanceof ObjectNode oy) {
            return merge(ox, oy, path);
        }
        return keyword("items or additionalProperties", x, y, path);
    }

    private static JsonNode keyword(String key, JsonNode x, JsonNode y, String path) {
        if (x == null || y == null) {
            return null;
        }
        if (!x.equals(y)) {
            throw new IllegalStateException("schema of " + (path.isEmpty() ? "the file" : path)
                    + " read two ways: " + key + " " + x + " and " + y);
        }
        return x;
    }
}
