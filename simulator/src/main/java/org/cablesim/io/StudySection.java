package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The scenario's {@code study} section as read and validated.
 *
 * @param baselinePlan name of the plan other plans are compared against; one of the scenario's plans
 * @param sweeps       parameter sweeps, each run with every plan and the same seed (common random numbers)
 * @param designs      multi-parameter designs (grids, Latin hypercubes), run like sweeps after them
 */
public record StudySection(String baselinePlan, List<SweepSection> sweeps, List<DesignSection> designs) {
    static final String[] FIELDS = {"baseline", "sweeps", "designs"};
    static final int MAX_SWEEPS = 20;
    static final int MAX_DESIGNS = 20;

    public StudySection {
        sweeps = List.copyOf(sweeps);
        designs = List.copyOf(designs);
    }

    /** A study section with a baseline and no sweeps or designs. */
    public StudySection(String baselinePlan) {
        this(baselinePlan, List.of(), List.of());
    }

    /**
     * @param f         the section's fields
     * @param planNames the scenario's plan names, or null when the plans could not be read
     */
    static StudySection read(Fields f, List<String> planNames) {
        String fallback = planNames == null || planNames.isEmpty() ? null : planNames.get(0);
        String baseline = f.optionalText("baseline", fallback, ScenarioParser.NAME);
        boolean ok = true;
        if (f.has("baseline") && baseline != null && planNames != null && !planNames.contains(baseline)) {
            f.problems().add(f.pathOf("baseline"), "unknown plan '" + baseline + "' (plans: "
                    + String.join(", ", planNames) + ")");
            ok = false;
        }
        List<SweepSection> sweeps = entries(f, "sweeps", MAX_SWEEPS, SweepSection.FIELDS, SweepSection::read);
        List<DesignSection> designs = entries(f, "designs", MAX_DESIGNS, DesignSection.FIELDS, DesignSection::read);
        ok &= sweeps != null && designs != null;
        return !ok || baseline == null || f.isBroken() ? null : new StudySection(baseline, sweeps, designs);
    }

    /** The entries of the optional list {@code name} read by {@code reader}; null when any is wrong (reported). */
    private static <T> List<T> entries(Fields f, String name, int max, String[] fields, Function<Fields, T> reader) {
        List<JsonNode> nodes = f.list(name, false);
        if (nodes == null) {
            return f.has(name) ? null : List.of();
        }
        boolean ok = true;
        if (nodes.size() > max) {
            f.problems().add(f.pathOf(name), "at most " + max + " " + name + ", had " + nodes.size());
            ok = false;
        }
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            T entry = reader.apply(Fields.of(nodes.get(i), TreePath.index(f.pathOf(name), i), f.problems(), fields));
            ok &= entry != null;
            if (entry != null) {
                entries.add(entry);
            }
        }
        return ok ? entries : null;
    }

    /** The domain settings this section describes. */
    public org.cablesim.scenario.StudySpec toSpec() {
        return new org.cablesim.scenario.StudySpec(baselinePlan);
    }
}
