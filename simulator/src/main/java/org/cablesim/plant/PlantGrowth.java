package org.cablesim.plant;

import java.util.List;
import java.util.Objects;

/**
 * One plan's plant over every growth phase.
 *
 * @param planName the plan
 * @param phases   the initial phase, then each growth phase, in day order
 */
public record PlantGrowth(String planName, List<PlantPhase> phases) {
    public PlantGrowth {
        Objects.requireNonNull(planName, "planName");
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a plant growth has at least its initial phase");
        }
    }

    /** The plant of the last phase. */
    public CablingPlan finalPlan() {
        return phases.get(phases.size() - 1).plan();
    }
}
