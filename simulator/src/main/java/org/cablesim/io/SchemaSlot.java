package org.cablesim.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One place in a generated JSON Schema (a field, a list's elements, a keyed mapping's values) together with every
 * way the readers were seen reading it while describing. A place read several times (two list elements, two
 * describe runs) renders as the merge of its readings, see {@link SchemaMerge}.
 */
final class SchemaSlot {
    private final List<Reading> readings = new ArrayList<>();

    /** Starts a new reading of this place. */
    Reading read() {
        Reading reading = new Reading();
        readings.add(reading);
        return reading;
    }

    /** The schema of this place; {@code {}} (anything) when no reader ever looked at its value. */
    ObjectNode render(String path) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (Reading reading : readings) {
            merged = SchemaMerge.merge(merged, reading.render(path), path);
        }
        return merged;
    }

    /** What one reading established: scalar keywords, and for mappings and lists their parts. */
    static final class Reading {
        /** Keywords in output order: type, const/enum/pattern, bounds, default. */
        final ObjectNode keywords = JsonNodeFactory.instance.objectNode();
        private Map<String, SchemaSlot> properties;
        private final Set<String> required = new LinkedHashSet<>();
        private SchemaSlot items;
        private SchemaSlot values;

        /** Makes this reading a closed mapping whose allowed fields are {@code known}, in declared order. */
        void fields(String... known) {
            properties = new LinkedHashMap<>();
            for (String name : known) {
                properties.put(name, new SchemaSlot());
            }
        }

        /** The place of a declared field of this mapping. */
        SchemaSlot property(String name) {
            SchemaSlot slot = properties.get(name);
            if (slot == null) {
                throw new IllegalStateException("field '" + name + "' is not declared");
            }
            return slot;
        }

        void require(String name) {
            property(name);
            required.add(name);
        }

        /** The place of this list's elements. */
        SchemaSlot items() {
            if (items == null) {
                items = new SchemaSlot();
            }
            return items;
        }

        /** The place of this mapping's values, keyed by names the file chooses. */
        SchemaSlot values() {
            if (values == null) {
                values = new SchemaSlot();
            }
            return values;
        }

        ObjectNode render(String path) {
            ObjectNode node = keywords.deepCopy();
            if (items != null) {
                node.set("items", items.render(path + "[]"));
            }
            if (properties != null) {
                ObjectNode props = node.putObject("properties");
                properties.forEach((name, slot) -> props.set(name, slot.render(TreePath.field(path, name))));
                if (!required.isEmpty()) {
                    // In declared order, whatever order the reader asked in.
                    properties.keySet().stream().filter(required::contains).forEach(node.putArray("required")::add);
                }
                node.put("additionalProperties", false);
            }
            if (values != null) {
                node.set("additionalProperties", values.render(TreePath.field(path, "<name>")));
            }
            return node;
        }
    }
}
