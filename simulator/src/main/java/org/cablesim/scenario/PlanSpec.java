package org.cablesim.scenario;

/**
 * One cabling plan variant. The plant issue adds the per-tier cabling choices.
 *
 * @param name        unique plan name within the scenario; [A-Za-z0-9._-]+
 * @param description free text, may be empty
 */
public record PlanSpec(String name, String description) {
    public PlanSpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("plan name must match [A-Za-z0-9._-]+, was " + name);
        }
        description = description == null ? "" : description;
    }
}
