package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;

/** The required {@code schemaVersion: 1} of scenario and catalog files, checked with a message that says why. */
final class SchemaVersion {
    static final int CURRENT = 1;

    private SchemaVersion() {
    }

    static void check(Fields top) {
        if (top.describing()) {
            top.requiredInt("schemaVersion", CURRENT, CURRENT);
            return;
        }
        if (!top.has("schemaVersion")) {
            top.problems().add(top.pathOf("schemaVersion"), "required field missing (this cablesim reads "
                    + "schemaVersion: " + CURRENT + ")");
            return;
        }
        JsonNode value = top.get("schemaVersion");
        if (!value.isIntegralNumber()) {
            top.problems().add(top.pathOf("schemaVersion"), "expected an integer, was " + Values.describe(value));
        } else if (!value.canConvertToInt() || value.intValue() != CURRENT) {
            top.problems().add(top.pathOf("schemaVersion"), "unsupported schemaVersion " + value.asText()
                    + " (this cablesim reads schemaVersion " + CURRENT + ")");
        }
    }
}
