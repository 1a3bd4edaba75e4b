package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthProvision;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.RackSpec;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.scenario.TraySpec;
import org.cablesim.topology.FabricGrowth;
import org.cablesim.topology.GrowthGenerator;
import org.cablesim.topology.LinkMove;
import org.junit.jupiter.api.Test;

/**
 * Spill in a growing plant, on the fabric of {@link GrowthCablingTest} (2 → 4 SU, cabled as each phase comes) with
 * 70 x 100 mm main trays: at 50 % they take 3,500 mm², 69 of the 8.0 mm leaf–spine trunks (50.27 mm² each). On
 * shortest paths the expansion puts 75 trunks on the main tray at the row end (e96) and 45 on the one at position
 * 0 (e95); a new bundle must move to the other, while the trunks of the first phase stay where they were pulled.
 */
class GrowthSpillTest {
    @Test
    void installedBundlesKeepTheirRoutesAndNewOnesSpill() throws Exception {
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 1),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "400GBASE-DR4", 400, 1));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 32, 0, tiers);
        TraySpec d = TraySpec.defaults();
        FloorSpec floor = new FloorSpec(0.6, 2.4, 8, 4, 4, LeafPlacement.END_OF_ROW, 0.5, 0, 3.0, RackSpec.defaults(),
                new TraySpec(d.drop(), d.rowTray(), d.networkRowTray(), d.crossAisle(), new TraySpec.Section(70, 100),
                        0.5));
        FabricGrowth fabric = GrowthGenerator.generate(new ClusterSpec(64, 8, 8), spec, floor,
                new GrowthSpec(List.of(new GrowthPhaseSpec("4su", 180, 128, 4)), 0.08, 6.5));
        PlantGrowth growth = GrowthCabling.route(fabric, floor, PlantFixtures.CATALOG, new PlanSpec("p", "",
                Map.of(), CapacityPolicy.ADD, new GrowthProvision(Provision.PER_PHASE, Map.of())));
        CablingPlan before = growth.phases().get(0).plan();
        CablingPlan after = growth.phases().get(1).plan();
        List<PathwayFill.Segment> main = after.pathwayFill().segments().stream()
                .filter(s -> s.kind() == PathwayEdge.Kind.MAIN_TRAY).toList();
        assertEquals(120, main.stream().mapToInt(PathwayFill.Segment::cables).sum());
        assertTrue(main.stream().allMatch(s -> s.cables() <= 69), main.toString());
        assertEquals(0, after.pathwayFill().overfull());
        // every rack pair of the first phase runs where it did: the same tray segments
        RouteTable was = before.routeTable();
        for (int i = 0; i < was.size(); i++) {
            long ends = was.endsAt(i);
            assertEquals(java.util.Arrays.toString(was.routeAt(i).edgeIds()), java.util.Arrays.toString(after
                    .routeTable().route(RouteTable.first(ends), RouteTable.second(ends)).edgeIds()), "pair " + i);
        }
        // as without spill: only the links the fabric moves are re-cabled; every other link of the first phase
        // keeps its labels, cables and lengths
        assertEquals(256, growth.phases().get(1).work().count(LinkWork.Kind.RE_CABLED));
        List<String> moved = fabric.phases().get(1).change().moves().stream().map(LinkMove::linkId).toList();
        for (int l = 0; l < before.linkCount(); l++) {
            if (!moved.contains(before.fabric().links().get(l).id())) {
                assertEquals(GrowthCablingTest.describe(before.channels(l)),
                        GrowthCablingTest.describe(after.channels(l)), "link " + l);
            }
        }
    }
}
