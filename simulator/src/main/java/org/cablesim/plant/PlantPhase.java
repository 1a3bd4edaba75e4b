package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.topology.FabricPhase;

/**
 * One growth phase of one plan's plant.
 *
 * @param phase the fabric phase
 * @param plan  the routed plant once the phase is built
 * @param work  what the phase installs and changes
 */
public record PlantPhase(FabricPhase phase, CablingPlan plan, PhaseWork work) {
    public PlantPhase {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(work, "work");
    }
}
