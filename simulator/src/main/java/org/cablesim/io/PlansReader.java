package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.PlanSpec;

/** Reads the scenario's {@code plans} list; absent means one plan named {@code baseline}. */
final class PlansReader {
    static final String DEFAULT_PLAN = "baseline";
    static final String[] FIELDS = {"name", "description"};

    private PlansReader() {
    }

    /**
     * The plans read.
     *
     * @param names names of the plans whose name is valid, in order, first occurrence only; null when the list
     *              itself could not be read
     * @param plans the plans, null when any is invalid
     */
    record Result(List<String> names, List<PlanSpec> plans) {
    }

    /** @param top the scenario's top-level fields */
    static Result read(Fields top) {
        if (!top.has("plans")) {
            return new Result(List.of(DEFAULT_PLAN), List.of(new PlanSpec(DEFAULT_PLAN, "")));
        }
        List<JsonNode> elements = top.list("plans", false);
        if (elements == null) {
            return new Result(null, null);
        }
        String path = top.pathOf("plans");
        if (elements.isEmpty()) {
            top.problems().add(path, "must list at least one plan (leave 'plans' out for a single plan named '"
                    + DEFAULT_PLAN + "')");
            return new Result(null, null);
        }
        int before = top.problems().size();
        List<PlanSpec> plans = new ArrayList<>();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Fields plan = Fields.of(elements.get(i), TreePath.index(path, i), top.problems(), FIELDS);
            String name = plan.requiredText("name", ScenarioParser.NAME);
            String description = plan.optionalText("description", "", null);
            if (name == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(name, i);
            if (earlier != null) {
                top.problems().add(plan.pathOf("name"), "duplicate plan name '" + name + "' (also "
                        + TreePath.index(path, earlier) + ")");
            } else if (description != null) {
                plans.add(new PlanSpec(name, description));
            }
        }
        List<String> names = List.copyOf(firstIndex.keySet());
        return new Result(names, top.problems().size() > before ? null : plans);
    }
}
