package org.cablesim.topology;

import java.util.Objects;
import org.cablesim.scenario.Topology;

/** Picks the generator of a topology family. */
public final class FabricGenerators {
    private FabricGenerators() {
    }

    /** The generator for {@code topology}. */
    public static FabricGenerator forTopology(Topology topology) {
        return switch (Objects.requireNonNull(topology, "topology")) {
            case LEAF_SPINE -> new LeafSpineGenerator();
            case RAIL_OPTIMIZED -> new RailOptimizedGenerator();
        };
    }
}
