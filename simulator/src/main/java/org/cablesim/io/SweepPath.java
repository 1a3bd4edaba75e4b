package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path to a field of the scenario file that a sweep sets, e.g. {@code fabric.oversubscription},
 * {@code plans[*].tiers.leaf-spine.lossClasses.matedPair} or {@code catalog.overrides["lossClasses.grade-C.meanDb"]}.
 * Segments are field names, {@code [i]} list indices, {@code [*]} every element of a list (or every entry of a
 * mapping), and {@code ["key"]}
 * for keys that contain dots.
 */
final class SweepPath {
    private sealed interface Segment permits Field, Index, Every {
    }

    private record Field(String name) implements Segment {
    }

    private record Index(int index) implements Segment {
    }

    private record Every() implements Segment {
    }

    private final String text;
    private final List<Segment> segments;

    private SweepPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a user-facing reason when the syntax is wrong
     */
    static SweepPath parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'[' at character " + (i + 1) + " is never closed");
                }
                String inside = text.substring(i + 1, close);
                if (inside.equals("*")) {
                    segments.add(new Every());
                } else if (inside.length() >= 2 && inside.startsWith("\"") && inside.endsWith("\"")) {
                    segments.add(new Field(inside.substring(1, inside.length() - 1)));
                } else if (inside.matches("\\d{1,6}")) {
                    segments.add(new Index(Integer.parseInt(inside)));
                } else {
                    throw new IllegalArgumentException("'[" + inside + "]' is not an index, [*] or a quoted key");
                }
                i = close + 1;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    if (i == text.length()) {
                        throw new IllegalArgumentException("the path ends with '.'");
                    }
                }
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == i) {
                    throw new IllegalArgumentException("empty field name at character " + (i + 1));
                }
                segments.add(new Field(text.substring(i, end)));
                i = end;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    if (i == text.length()) {
                        throw new IllegalArgumentException("the path ends with '.'");
                    }
                }
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("the path is empty");
        }
        if (!(segments.get(segments.size() - 1) instanceof Field)) {
            throw new IllegalArgumentException("the path must end with a field name");
        }
        return new SweepPath(text, segments);
    }

    /**
     * Sets the field this path names to {@code value} in {@code root} (a deep copy is the caller's business);
     * missing mappings along the way are created, list elements must exist.
     *
     * @return how many fields were set (several with {@code [*]})
     * @throws IllegalArgumentException with a user-facing reason when the path does not fit the tree
     */
    int set(ObjectNode root, JsonNode value) {
        return set(root, 0, value, "");
    }

    private int set(JsonNode node, int at, JsonNode value, String where) {
        Segment segment = segments.get(at);
        boolean last = at == segments.size() - 1;
        if (segment instanceof Field field) {
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException((where.isEmpty() ? "the file" : where) + " is not a mapping");
            }
            String here = TreePath.field(where, field.name());
            if (last) {
                object.set(field.name(), value);
                return 1;
            }
            JsonNode child = object.get(field.name());
            if (child == null || child.isNull()) {
                if (!(segments.get(at + 1) instanceof Field)) {
                    throw new IllegalArgumentException(here + " is not in the file, so it has no list elements");
                }
                child = object.putObject(field.name());
            }
            return set(child, at + 1, value, here);
        }
        if (segment instanceof Every && node instanceof ObjectNode object) {
            // [*] on a mapping keyed by user names (e.g. plans[i].tiers) means every entry.
            int count = 0;
            for (var names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                count += set(object.get(name), at + 1, value, TreePath.field(where, name));
            }
            if (count == 0) {
                throw new IllegalArgumentException(where + " is an empty mapping");
            }
            return count;
        }
        if (!(node instanceof ArrayNode array)) {
            throw new IllegalArgumentException((where.isEmpty() ? "the file" : where) + " is not a list");
        }
        if (segment instanceof Index index) {
            if (index.index() >= array.size()) {
                throw new IllegalArgumentException(where + " has " + array.size() + " elements, no [" + index.index()
                        + "]");
            }
            return set(array.get(index.index()), at + 1, value, TreePath.index(where, index.index()));
        }
        int count = 0;
        for (int i = 0; i < array.size(); i++) {
            count += set(array.get(i), at + 1, value, TreePath.index(where, i));
        }
        if (count == 0) {
            throw new IllegalArgumentException(where + " is an empty list");
        }
        return count;
    }

    @Override
    public String toString() {
        return text;
    }
}
