package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One sweep of the {@code study} section: a scenario field and the values it takes in turn.
 *
 * @param parameter the field's path as written, e.g. {@code plans[*].tiers.leaf-spine.lossClasses.matedPair}
 * @param path      the parsed path
 * @param values    the values, scalars (numbers, strings, booleans), 1..100 of them
 */
record SweepSection(String parameter, SweepPath path, List<JsonNode> values) {
    static final String[] FIELDS = {"parameter", "values"};
    static final int MAX_VALUES = 100;

    SweepSection {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
    }

    /** The sweep at {@code f}, or null when it is invalid (reported). */
    static SweepSection read(Fields f) {
        int before = f.problems().size();
        String parameter = f.requiredText("parameter", null);
        SweepPath path = null;
        if (parameter != null) {
            try {
                path = SweepPath.parse(parameter);
            } catch (IllegalArgumentException e) {
                f.problems().add(f.pathOf("parameter"), "not a field path: " + e.getMessage());
            }
        }
        List<JsonNode> values = f.list("values", true);
        if (values != null) {
            if (values.isEmpty() || values.size() > MAX_VALUES) {
                f.problems().add(f.pathOf("values"), "must have 1.." + MAX_VALUES + " values, had " + values.size());
            }
            for (int i = 0; i < values.size(); i++) {
                JsonNode value = values.get(i);
                if (!value.isValueNode() || value.isNull()) {
                    f.problems().add(TreePath.index(f.pathOf("values"), i),
                            "expected a number, text or boolean, was " + Values.describe(value));
                }
            }
        }
        return f.problems().size() > before || f.isBroken() ? null : new SweepSection(parameter, path, values);
    }

    /** A value as the report shows it: text without quotes, numbers as written. */
    static String valueText(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
