package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.polarity.CheckKind;
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
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;
import org.junit.jupiter.api.Test;

/**
 * Copper NIC-leaf links: 8 servers x 8 NICs in racks R01-01 (servers 1-4) and R01-02 (5-8), the leaves in R01-03;
 * trays 0.3 m above the racks. Paths: 0.3 + 2 x 0.6 + 0.3 = 1.8 m from R01-01, 1.2 m from R01-02. Each 800G leaf
 * port serves two 400G NICs (breakout 2), so a 1:2 split DAC serves a port: 64 links, 32 cables.
 */
class CopperTest {
    private static final FloorSpec FLOOR = new FloorSpec(0.6, 3.0, 8, 4, 8, LeafPlacement.END_OF_ROW, 0.3, 0, 3.0);

    /*
     * With 0.5 m slack per end the cables are 2.8 -> 3 m and 2.2 -> 2.5 m: within the DAC's 3 m. No transceivers on
     * the tier, no channel, no fibre; 16 cables of 3 m and 16 of 2.5 m at $160 + L x $25 = 16 x 235 + 16 x 222.5 =
     * $7,320. With the default 1 m slack every link needs more than 3 m (3.8 m from R01-01, 3.2 m from R01-02):
     * 64 reach violations, one per link.
     */
    @Test
    void splitDacsServeTheBrokenOutPortsWithoutOptics() {
        LogicalFabric fabric = fabric();
        TierCabling copper = new TierCabling(org.cablesim.scenario.Architecture.INTERCONNECT,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), TierCabling.defaults().trunk(),
                TierCabling.defaults().lowerCord(), TierCabling.defaults().upperCord(),
                TierCabling.defaults().jumpers(), java.util.Optional.empty(), TierCabling.defaults().panels(),
                TierCabling.defaults().lossClasses(), 0.5, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty()).withCopper("DAC-800G-2x400G");
        CablingPlan plan = route(fabric, copper);
        assertEquals(List.of(), plan.violations());
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(32, c.copperCables());
        assertEquals(0, c.fibresInstalled());
        assertEquals(0, c.cords());
        assertEquals(Map.of(), plan.counts().transceiversByEnd().get("server-leaf/lower"));
        assertEquals(Map.of(), plan.counts().transceiversByEnd().get("server-leaf/upper"));
        for (int l = 0; l < 64; l++) {
            assertTrue(plan.isRouted(l) && plan.isCopper(l));
            assertEquals(0, plan.channelCount(l));
        }
        assertEquals(16 * (160 + 3 * 25) + 16 * (160 + 2.5 * 25), BreakoutFixtures.cost(plan, "server-leaf",
                BomLine.Category.ASSEMBLIES, "DAC-800G-2x400G"), 1e-9);
        assertEquals(0, BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.TRANSCEIVERS, ""), 0);

        CablingPlan tooShort = route(fabric, TierCabling.defaults().withCopper("DAC-800G-2x400G"));
        assertEquals(64, tooShort.violations().size());
        assertTrue(tooShort.violations().stream().allMatch(v -> v.kind() == CheckKind.REACH));
        assertTrue(tooShort.violations().get(0).reason().contains("needs 3.8 m of cable"),
                tooShort.violations().get(0).reason());
    }

    private static LogicalFabric fabric() {
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 2),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "800G-2xDR4", 800, 1));
        try {
            return new RailOptimizedGenerator().generate(new ClusterSpec(8, 8, 8),
                    new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 800, 1.0, 8, 0, tiers), FLOOR);
        } catch (org.cablesim.topology.FabricInfeasibleException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CablingPlan route(LogicalFabric fabric, TierCabling serverLeaf) {
        PlanSpec plan = new PlanSpec("p", "", Map.of("server-leaf", serverLeaf, "leaf-spine", TierCabling.defaults()),
                CapacityPolicy.ADD);
        return new ShortestTrayRouter().route(fabric, FLOOR, PlantFixtures.CATALOG, plan);
    }
}
