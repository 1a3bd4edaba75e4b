package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads NetBox REST values the way they come back: choice fields as {@code {"value", "label"}} or plain, related
 * objects nested ({@code {"id", …}}) or as ids, numbers as numbers, blanks as "" or null.
 */
final class NetboxJson {
    private NetboxJson() {
    }

    /** A field's value as text: a choice's value, a nested object's id, a number or string; "" when blank. */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isObject()) {
            return v.has("value") ? text(v.get("value")) : v.has("id") ? text(v.get("id")) : v.toString();
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return v.asText();
    }

    /** A nested object's (or plain) id, −1 when absent. */
    static long id(JsonNode v) {
        String t = text(v);
        return t.isEmpty() ? -1 : Long.parseLong(t);
    }

    /** Whether a field of an existing object already holds the value cablesim would write. */
    static boolean same(String field, JsonNode desired, JsonNode actual) {
        switch (field) {
            case "tags" -> {
                return slugs(actual).containsAll(slugs(desired));
            }
            case "a_terminations", "b_terminations" -> {
                return terminations(desired).equals(terminations(actual));
            }
            case "rear_ports" -> {
                return mappings(desired).equals(mappings(actual));
            }
            case "color" -> {
                return text(desired).toLowerCase(Locale.ROOT).equals(text(actual).toLowerCase(Locale.ROOT));
            }
            default -> {
                if (desired != null && desired.isNumber() && actual != null && !actual.isNull()) {
                    String a = text(actual);
                    return !a.isEmpty() && Math.abs(desired.asDouble() - Double.parseDouble(a)) < 1e-9;
                }
                return text(desired).equals(text(actual));
            }
        }
    }

    private static Set<String> slugs(JsonNode tags) {
        Set<String> out = new HashSet<>();
        if (tags != null) {
            tags.forEach(t -> out.add(t.isObject() ? t.path("slug").asText() : t.asText()));
        }
        return out;
    }

    /** Terminations in connector order as {@code type|id}. */
    static List<String> terminations(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            list.forEach(t -> out.add(text(t.get("object_type")) + "|" + text(t.get("object_id"))));
        }
        return out;
    }

    private static Set<String> mappings(JsonNode list) {
        Set<String> out = new HashSet<>();
        if (list != null) {
            list.forEach(m -> out.add(text(m.get("position")) + "|" + text(m.get("rear_port")) + "|"
                    + text(m.get("rear_port_position"))));
        }
        return out;
    }
}
