package org.cablesim.study;

import java.util.Objects;

/**
 * Everything computed for one cabling plan variant; later stages add their sections beside {@code fabric}.
 *
 * @param name   plan name
 * @param fabric counts of the logical fabric the plan cables
 */
public record PlanResult(String name, FabricSummary fabric) {
    public PlanResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fabric, "fabric");
    }
}
