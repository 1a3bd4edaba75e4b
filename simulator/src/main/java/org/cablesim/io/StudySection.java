package org.cablesim.io;

import java.util.List;

/**
 * The scenario's {@code study} section as read and validated; later work maps it into the domain.
 *
 * @param baselinePlan name of the plan other plans are compared against; one of the scenario's plans
 */
public record StudySection(String baselinePlan) {
    static final String[] FIELDS = {"baseline"};

    /**
     * @param f         the section's fields
     * @param planNames the scenario's plan names, or null when the plans could not be read
     */
    static StudySection read(Fields f, List<String> planNames) {
        String fallback = planNames == null || planNames.isEmpty() ? null : planNames.get(0);
        String baseline = f.optionalText("baseline", fallback, ScenarioParser.NAME);
        if (f.has("baseline") && baseline != null && planNames != null && !planNames.contains(baseline)) {
            f.problems().add(f.pathOf("baseline"), "unknown plan '" + baseline + "' (plans: "
                    + String.join(", ", planNames) + ")");
            return null;
        }
        return baseline == null || f.isBroken() ? null : new StudySection(baseline);
    }

    /** The domain settings this section describes. */
    public org.cablesim.scenario.StudySpec toSpec() {
        return new org.cablesim.scenario.StudySpec(baselinePlan);
    }
}
