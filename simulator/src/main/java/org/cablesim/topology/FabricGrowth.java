package org.cablesim.topology;

import java.util.List;

/**
 * A fabric built in phases with stable identities: the initial fabric, then one fabric per growth phase. Every
 * phase keeps the devices, racks, link ids and ports of the phase before (except the upper ends of the links it
 * moves) and every device stands from day one in the rack the hall plan of the last phase gives it.
 *
 * @param phases the initial phase, then the growth phases in day order; at least one
 */
public record FabricGrowth(List<FabricPhase> phases) {
    public FabricGrowth {
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a growth has at least its initial phase");
        }
    }

    /** The fabric of the last phase. */
    public LogicalFabric finalFabric() {
        return phases.get(phases.size() - 1).fabric();
    }

    /** The initial phase's fabric. */
    public LogicalFabric initialFabric() {
        return phases.get(0).fabric();
    }
}
