package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;

/** Small generated fabrics for the lifecycle tests. */
final class TestFabrics {
    private TestFabrics() {
    }

    static final FloorSpec FLOOR = new FloorSpec(0.6, 2.4, 8, 4, 4, LeafPlacement.END_OF_ROW, 0.5, 0, 3.0);

    /** A rail-optimised fabric of {@code servers} × 8 GPUs × 8 NICs, radix-64 400G switches, 400G DR4 links. */
    static LogicalFabric rail(int servers, int tiers) {
        List<TierSpec> specs = new ArrayList<>();
        String[] names = {"server-leaf", "leaf-spine", "spine-core"};
        for (int i = 0; i < tiers; i++) {
            specs.add(new TierSpec(names[i], TierRole.ofIndex(i), "400GBASE-DR4", 400, 1));
        }
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 32, 0, specs);
        try {
            return new RailOptimizedGenerator().generate(new ClusterSpec(servers, 8, 8), spec, FLOOR);
        } catch (FabricInfeasibleException e) {
            throw new IllegalStateException(e);
        }
    }
}
