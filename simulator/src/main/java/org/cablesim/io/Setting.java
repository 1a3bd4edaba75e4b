package org.cablesim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * One field of a scenario file set to one value: what a sweep, design or search point changes. The value is kept as
 * JSON text so that a point is a plain value that can be sent to another process (a cluster engine) and back.
 *
 * @param parameter the field's path in the sweep path syntax, e.g. {@code plans[*].tiers.leaf-spine.pmd}
 * @param valueJson the value as JSON text (a scalar, a mapping, a list, or {@code null} for the field's default)
 */
public record Setting(String parameter, String valueJson) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Setting {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(valueJson, "valueJson");
    }

    /** The setting of {@code parameter} to the value {@code value} (any JSON node). */
    public static Setting of(String parameter, JsonNode value) {
        return new Setting(parameter, value.toString());
    }

    /** The value as a tree. */
    public JsonNode value() {
        try {
            return JSON.readTree(valueJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("setting of " + parameter + ": not JSON: " + valueJson, e);
        }
    }

    /** The value as the report shows it: text without quotes, anything else as JSON. */
    public String valueText() {
        return SweepSection.valueText(value());
    }
}
