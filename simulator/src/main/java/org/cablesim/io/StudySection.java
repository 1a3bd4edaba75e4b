package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

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
        List<SweepSection> sweeps = new ArrayList<>();
        List<JsonNode> sweepNodes = f.list("sweeps", false);
        if (sweepNodes != null) {
            if (sweepNodes.size() > MAX_SWEEPS) {
                f.problems().add(f.pathOf("sweeps"), "at most " + MAX_SWEEPS + " sweeps, had " + sweepNodes.size());
                ok = false;
            }
            for (int i = 0; i < sweepNodes.size(); i++) {
                SweepSection sweep = SweepSection.read(Fields.of(sweepNodes.get(i),
                        TreePath.index(f.pathOf("sweeps"), i), f.problems(), SweepSection.FIELDS));
                ok &= sweep != null;
                if (sweep != null) {
                    sweeps.add(sweep);
                }
            }
        } else if (f.has("sweeps")) {
            ok = false;
        }
        List<DesignSection> designs = new ArrayList<>();
        List<JsonNode> designNodes = f.list("designs", false);
        if (designNodes != null) {
            if (designNodes.size() > MAX_DESIGNS) {
                f.problems().add(f.pathOf("designs"), "at most " + MAX_DESIGNS + " designs, had "
                        + designNodes.size());
                ok = false;
            }
            for (int i = 0; i < designNodes.size(); i++) {
                DesignSection design = DesignSection.read(Fields.of(designNodes.get(i),
                        TreePath.index(f.pathOf("designs"), i), f.problems(), DesignSection.FIELDS));
                ok &= design != null;
                if (design != null) {
                    designs.add(design);
                }
            }
        } else if (f.has("designs")) {
            ok = false;
        }
        return !ok || baseline == null || f.isBroken() ? null : new StudySection(baseline, sweeps, designs);
    }

    /** The domain settings this section describes. */
    public org.cablesim.scenario.StudySpec toSpec() {
        return new org.cablesim.scenario.StudySpec(baselinePlan);
    }
}
