package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.UnknownCatalogIdException;
import org.cablesim.scenario.SearchLimits;

/**
 * The scenario's {@code search} section: the plan whose cabling choices are searched, the choices (fields of that
 * plan and the values each may take) and the constraints a plan must meet.
 *
 * @param plan        the plan the choices apply to (its other fields stay as written)
 * @param planIndex   that plan's index in {@code plans}
 * @param choices     the choices, in file order
 * @param constraints the constraints
 */
public record SearchSection(String plan, int planIndex, List<Choice> choices, SearchLimits constraints) {
    static final String[] FIELDS = {"plan", "choices", "constraints"};
    static final String[] CHOICE_FIELDS = {"parameter", "values"};
    static final String[] CONSTRAINT_FIELDS = {"maxAnyLinkFailureProbability", "maxExpectedFailingLinks",
        "minAvailability", "mustCarry", "maxCostUsd"};
    /** Most candidate plans (the product of the choices' value counts). */
    public static final int MAX_CANDIDATES = 10_000;
    static final int MAX_CHOICES = 20;

    public SearchSection {
        Objects.requireNonNull(plan, "plan");
        choices = List.copyOf(choices);
        Objects.requireNonNull(constraints, "constraints");
    }

    /**
     * One choice: a field of the plan, relative to the plan's entry (e.g. {@code tiers.leaf-spine.architecture}),
     * and the values it may take (any value the field accepts; a mapping sets several fields together, null
     * leaves the field at its default).
     *
     * @param parameter the field's path below the plan, as written
     * @param values    the values, 1..{@value SweepSection#MAX_VALUES}
     */
    public record Choice(String parameter, List<JsonNode> values) {
        public Choice {
            Objects.requireNonNull(parameter, "parameter");
            values = List.copyOf(values);
        }
    }

    /** The number of candidate plans: every combination of the choices' values. */
    public long candidates() {
        long n = 1;
        for (Choice c : choices) {
            n *= c.values().size();
        }
        return n;
    }

    /** The path of a choice's field in the scenario file. */
    public String fieldPath(Choice choice) {
        return "plans[" + planIndex + "]." + choice.parameter();
    }

    /** The section at {@code f}, or null when absent or invalid (reported). */
    static SearchSection read(Fields f, List<String> planNames, boolean plansListed, Catalog catalog) {
        int before = f.problems().size();
        String fallback = planNames == null || planNames.isEmpty() ? null : planNames.get(0);
        String plan = f.optionalText("plan", fallback, ScenarioParser.NAME);
        if (!f.describing() && plan != null && planNames != null && !planNames.contains(plan)) {
            f.problems().add(f.pathOf("plan"), "unknown plan '" + plan + "' (plans: " + String.join(", ", planNames)
                    + ")");
        }
        if (!f.describing() && !plansListed) {
            f.problems().add(f.pathOf("plan"), "a search varies a plan of the file's plans list; list the plan"
                    + " under plans");
        }
        List<Choice> choices = choices(f);
        SearchLimits constraints = constraints(f.object("constraints", false, CONSTRAINT_FIELDS), catalog);
        if (f.problems().size() > before || f.isBroken() || choices == null || plan == null || planNames == null) {
            return null;
        }
        SearchSection section = new SearchSection(plan, planNames.indexOf(plan), choices, constraints);
        if (section.candidates() > MAX_CANDIDATES) {
            f.problems().add(f.pathOf("choices"), "the choices make " + section.candidates() + " candidate plans,"
                    + " more than " + MAX_CANDIDATES);
            return null;
        }
        return section;
    }

    private static List<Choice> choices(Fields f) {
        List<JsonNode> nodes = f.list("choices", true);
        if (nodes == null) {
            return null;
        }
        if ((nodes.isEmpty() || nodes.size() > MAX_CHOICES) && !f.describing()) {
            f.problems().add(f.pathOf("choices"), "must have 1.." + MAX_CHOICES + " choices, had " + nodes.size());
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Fields c = Fields.of(nodes.get(i), TreePath.index(f.pathOf("choices"), i), f.problems(), CHOICE_FIELDS);
            String parameter = c.requiredText("parameter", null);
            SweepPath path = SweepSection.path(c, parameter);
            List<JsonNode> values = c.list("values", true);
            if (values != null && (values.isEmpty() || values.size() > SweepSection.MAX_VALUES) && !c.describing()) {
                c.problems().add(c.pathOf("values"), "must have 1.." + SweepSection.MAX_VALUES + " values, had "
                        + values.size());
            }
            if (path != null && values != null && !c.isBroken()) {
                choices.add(new Choice(parameter, values));
            }
        }
        return choices;
    }

    private static SearchLimits constraints(Fields f, Catalog catalog) {
        Double maxAny = optional(f, "maxAnyLinkFailureProbability", DoubleRange.closed(0, 1));
        Double maxFailing = optional(f, "maxExpectedFailingLinks", DoubleRange.atLeast(0));
        Double minAvailability = optional(f, "minAvailability", DoubleRange.closed(0, 1));
        List<String> mustCarry = new ArrayList<>();
        List<JsonNode> pmds = f.list("mustCarry", false);
        if (pmds != null) {
            for (int i = 0; i < pmds.size(); i++) {
                String at = TreePath.index(f.pathOf("mustCarry"), i);
                String pmd = Values.toText(pmds.get(i), at, f.problems(), null);
                if (pmd == null || catalog == null) {
                    continue;
                }
                // An alias (NDR, 1.6T-DR8, ...) names the PMD the plans' readiness is reported in.
                Pmd found = catalog.findPmd(pmd).orElse(null);
                if (found == null) {
                    f.problems().add(at, UnknownCatalogIdException.message("PMD", pmd, catalog.pmdIds()));
                } else {
                    mustCarry.add(found.id());
                }
            }
        }
        Double maxCost = optional(f, "maxCostUsd", DoubleRange.atLeast(0));
        return new SearchLimits(maxAny, maxFailing, minAvailability, mustCarry, maxCost);
    }

    private static Double optional(Fields f, String name, DoubleRange range) {
        return f.optionalDouble(name, range);
    }
}
