package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The summary's plans in document order, each with its fixed colour, and unions of their keyed fields. */
final class ReportPlans {
    private final List<JsonNode> plans;
    private final List<String> names = new ArrayList<>();

    ReportPlans(JsonNode summary) {
        this.plans = ReportJson.array(summary, "plans");
        for (int i = 0; i < plans.size(); i++) {
            String name = ReportJson.text(plans.get(i), "name");
            names.add(name == null || name.isBlank() ? "plan " + (i + 1) : name);
        }
    }

    int size() {
        return plans.size();
    }

    JsonNode plan(int index) {
        return plans.get(index);
    }

    List<JsonNode> all() {
        return plans;
    }

    String name(int index) {
        return names.get(index);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /** Index of the first plan called {@code name}, or -1. */
    int indexOf(String name) {
        return names.indexOf(name);
    }

    ChartKey key(int index) {
        return new ChartKey(names.get(index), ChartPalette.plan(index));
    }

    List<ChartKey> keys() {
        List<ChartKey> keys = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            keys.add(key(i));
        }
        return keys;
    }

    /** The CSS class that carries plan {@code index}'s colour (see the page style). */
    static String colourClass(int index) {
        return "c" + Math.floorMod(index, 8);
    }

    /** Field names of the object at {@code path} across all plans, in first-seen order. */
    Set<String> keysAt(String... path) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode plan : plans) {
            ReportJson.fields(plan, path).forEach(e -> keys.add(e.getKey()));
        }
        return keys;
    }
}
