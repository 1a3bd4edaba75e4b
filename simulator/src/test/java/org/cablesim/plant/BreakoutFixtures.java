package org.cablesim.plant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;

/**
 * The small fabric the breakout tests count by hand: one scalable unit of 8 servers × 8 NICs, rail-optimised, in two
 * server racks of 4 (R01-01, R01-02) with the 8 leaves in one network rack (R01-03); spines in row 1. Rail k's 8
 * NICs land on leaf k, server s on down slot s: port s div b + 1, lane s mod b + 1, so servers 0–3 (rack 0) and 4–7
 * (rack 1) never share a leaf port.
 */
final class BreakoutFixtures {
    private BreakoutFixtures() {
    }

    static FloorSpec floor() {
        return new FloorSpec(0.6, 3.0, 8, 4, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0);
    }

    /** The unit with a server–leaf tier as given and a leaf–spine tier of {@code upperPmd} at its port speed. */
    static LogicalFabric unit8(TierSpec serverLeaf, TierSpec leafSpine, int switchPortGbps) {
        return unit8(serverLeaf, leafSpine, switchPortGbps, 64);
    }

    /** The unit on switches of another radix (16 gives two spines where 64 gives one). */
    static LogicalFabric unit8(TierSpec serverLeaf, TierSpec leafSpine, int switchPortGbps, int radix) {
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, radix, switchPortGbps, 1.0, 8, 0,
                List.of(serverLeaf, leafSpine));
        try {
            return new RailOptimizedGenerator().generate(new ClusterSpec(8, 8, 8), spec, floor());
        } catch (FabricInfeasibleException e) {
            throw new IllegalStateException(e);
        }
    }

    static TierSpec serverLeaf(String pmd, int linkGbps, int breakout, String lowerPmd, String harness) {
        return new TierSpec("server-leaf", TierRole.SERVER_LEAF, pmd, linkGbps, breakout,
                Optional.ofNullable(lowerPmd), Optional.ofNullable(harness), false);
    }

    static TierSpec leafSpine(String pmd, int linkGbps, int breakout, boolean spread) {
        return new TierSpec("leaf-spine", TierRole.LEAF_SPINE, pmd, linkGbps, breakout, Optional.empty(),
                Optional.empty(), spread);
    }

    static CablingPlan route(LogicalFabric fabric, TierCabling serverLeaf, TierCabling leafSpine) {
        PlanSpec plan = new PlanSpec("p", "", Map.of("server-leaf", serverLeaf, "leaf-spine", leafSpine),
                CapacityPolicy.ADD);
        return new ShortestTrayRouter().route(fabric, floor(), PlantFixtures.CATALOG, plan);
    }

    /** Total of the BOM lines of one tier and category whose item starts with {@code item}. */
    static double cost(CablingPlan plan, String tier, BomLine.Category category, String item) {
        return plan.bom().lines().stream().filter(l -> l.tierName().equals(tier) && l.category() == category
                && l.item().startsWith(item)).mapToDouble(BomLine::totalUsd).sum();
    }
}
