package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * NetBox 4.6.8's own definitions from the test fixtures ({@code netbox/v4.6.8/}, see its README): bulk-import form
 * fields, required flags, choice values, cable profiles.
 */
final class NetboxDefinitions {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode FORMS = read("import-forms.json");
    static final JsonNode PROFILES = read("cable-profiles.json");

    private NetboxDefinitions() {
    }

    static JsonNode read(String name) {
        try (InputStream in = NetboxDefinitions.class.getResourceAsStream("/netbox/v4.6.8/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form of an object type ({@code manufacturer}, {@code device}, {@code cable} …). */
    static JsonNode form(String object) {
        for (JsonNode f : FORMS.get("forms")) {
            if (f.get("object").asText().equals(object)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no form " + object);
    }

    /** Field name → its form field (required flag, choice set). */
    static Map<String, JsonNode> fields(JsonNode form) {
        Map<String, JsonNode> out = new HashMap<>();
        form.get("fields").forEach(f -> out.put(f.get("name").asText(), f));
        return out;
    }

    /** The values of a choice set, e.g. {@code CableTypeChoices}. */
    static Set<String> choices(String choiceSet) {
        JsonNode c = FORMS.get("choices").get(choiceSet);
        if (c == null) {
            throw new IllegalArgumentException("no choice set " + choiceSet + " in the fixture");
        }
        Set<String> out = new LinkedHashSet<>();
        c.get("values").forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The device-type YAML component list's item form ({@code interfaces}, {@code front-ports} …). */
    static JsonNode componentForm(String list) {
        return form("device_type").get("related_object_lists").get(list);
    }
}
