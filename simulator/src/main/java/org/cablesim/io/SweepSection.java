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
public record SweepSection(String parameter, SweepPath path, List<JsonNode> values) {
    static final String[] FIELDS = {"parameter", "values"};
    static final int MAX_VALUES = 100;

    public SweepSection {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
    }

    /** The sweep at {@code f}, or null when it is invalid (reported). */
    static SweepSection read(Fields f) {
        int before = f.problems().size();
        String parameter = f.requiredText("parameter", null);
        SweepPath path = path(f, parameter);
        List<JsonNode> values = values(f);
        return f.problems().size() > before || f.isBroken() ? null : new SweepSection(parameter, path, values);
    }

    /** The parsed path of {@code parameter} (read at {@code f}), or null when absent or wrong (reported). */
    static SweepPath path(Fields f, String parameter) {
        if (parameter == null) {
            return null;
        }
        try {
            return SweepPath.parse(parameter);
        } catch (IllegalArgumentException e) {
            f.problems().add(f.pathOf("parameter"), "not a field path: " + e.getMessage());
            return null;
        }
    }

    /** The required list {@code values} of 1..{@value #MAX_VALUES} scalars at {@code f}; problems reported. */
    static List<JsonNode> values(Fields f) {
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
        return values;
    }

    /** A value as the report shows it: text without quotes, numbers as written. */
    public static String valueText(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
