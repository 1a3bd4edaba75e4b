package org.cablesim.topology;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;

/** Spec builders shared by the topology tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final FloorSpec FLOOR = floor(8, 4, 4, LeafPlacement.END_OF_ROW);

    static FloorSpec floor(int racksPerRow, int serversPerRack, int switchesPerRack, LeafPlacement placement) {
        return new FloorSpec(0.6, 2.4, racksPerRow, serversPerRack, switchesPerRack, placement, 0.5, 0, 3.0);
    }

    /** Tiers of {@code linkGbps} links with the given breakouts; 2 or 3 tiers. */
    static List<TierSpec> tiers(int linkGbps, int... breakouts) {
        String[] names = {"server-leaf", "leaf-spine", "spine-core"};
        List<TierSpec> tiers = new ArrayList<>();
        for (int i = 0; i < breakouts.length; i++) {
            tiers.add(new TierSpec(names[i], TierRole.ofIndex(i), "400GBASE-DR4", linkGbps, breakouts[i]));
        }
        return tiers;
    }

    /** DGX SuperPOD compute fabric: SUs of 32 servers × 8 GPUs × 8 NICs, 64 × 400G switches, non-blocking. */
    static LogicalFabric superPod(int units) throws FabricInfeasibleException {
        ClusterSpec cluster = new ClusterSpec(32 * units, 8, 8);
        FabricSpec fabric = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 32, 0, tiers(400, 1, 1, 1));
        return new RailOptimizedGenerator().generate(cluster, fabric, FLOOR);
    }

    static FabricSpec leafSpine(int radix, int portGbps, double oversubscription, int serversPerLeaf,
            List<TierSpec> tiers) {
        return new FabricSpec(Topology.LEAF_SPINE, radix, portGbps, oversubscription, 0, serversPerLeaf, tiers);
    }

    static FabricSpec rail(int radix, int portGbps, double oversubscription, int serversPerUnit,
            List<TierSpec> tiers) {
        return new FabricSpec(Topology.RAIL_OPTIMIZED, radix, portGbps, oversubscription, serversPerUnit, 0, tiers);
    }
}
