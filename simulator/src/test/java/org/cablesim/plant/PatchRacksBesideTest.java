package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PanelOverflow;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.RackSpec;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Patching racks reserved beside the racks of a dedicated spine row ({@code floor.racks.patchRacksBeside}) on the
 * 24-server unit with 2 switches per rack and 1 RU devices: the 3 spines stand in R02-01 (2 spines) and, one
 * position further per reserved rack, R02-02 or R02-03 (1 spine). By hand from the 42 RU run: the first spine rack
 * needs 3 one-RU leaf-spine panels, the second 2. In 4 RU racks the first spine rack keeps 2 panels above its 2
 * spines and its third panel moves: to the reserved rack right beside it, or without reserved racks to a new
 * overflow rack after the row's last rack.
 */
class PatchRacksBesideTest {
    private static CablingPlan route(int heightRu, int beside) {
        FloorSpec floor = new FloorSpec(0.6, 3.0, 8, 3, 2, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0,
                new RackSpec(heightRu, 1, 1, 0, 8.5, 1.5, PanelOverflow.PATCH_RACK, "R", "", beside));
        LogicalFabric fabric = PlantFixtures.rail(24, 24, "400GBASE-DR4", 400, 1, floor);
        return new ShortestTrayRouter().route(fabric, floor, PlantFixtures.CATALOG, new PlanSpec("p", ""));
    }

    private static List<String> spineRow(RackElevations e) {
        return e.racks().stream().filter(r -> r.label().startsWith("R02-")).map(RackElevations.Rack::label).toList();
    }

    private static RackElevations.Rack rack(RackElevations e, String label) {
        return e.racks().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> mounts(RackElevations.Rack r) {
        return r.mounts().stream().map(RackElevations.Mount::device).toList();
    }

    @Test
    void networkRacksLeaveRoomAndUnusedReservedRacksAreNotBuilt() {
        RackElevations e = RackElevations.of(route(42, 1));
        // spine racks at positions 0 and 2; the reserved R02-02 and R02-04 stay empty and are not racks
        assertEquals(List.of("R02-01", "R02-03"), spineRow(e));
        assertEquals(List.of("R02-01.U42", "R02-01.U41", "R02-01.U40", "spine-002", "spine-001"),
                mounts(rack(e, "R02-01")));
        assertEquals(List.of("R02-03.U42", "R02-03.U41", "spine-003"), mounts(rack(e, "R02-03")));
        // compute rows are untouched: the leaf racks follow the 8 server racks
        assertEquals(12, e.racks().stream().filter(r -> r.label().startsWith("R01-")).count());
        assertFalse(e.racks().stream().anyMatch(RackElevations.Rack::patchRack));
    }

    @Test
    void aFullSpineRackSendsItsPanelToTheReservedRackBesideIt() {
        CablingPlan plan = route(4, 1);
        RackElevations e = RackElevations.of(plan);
        assertEquals(List.of("R02-01", "R02-03", "R02-02"), spineRow(e));
        assertEquals(List.of("R02-01.U04", "R02-01.U03", "spine-002", "spine-001"), mounts(rack(e, "R02-01")));
        RackElevations.Rack beside = rack(e, "R02-02");
        assertTrue(beside.patchRack());
        assertEquals(List.of("R02-02.U04"), mounts(beside));
        assertTrue(e.racks().stream().noneMatch(RackElevations.Rack::overHeight));
        PathwayGraph g = plan.pathways();
        assertEquals(0.6, g.node(g.rackNodeId(1, 1)).xM(), 1e-12);
        assertEquals(1.2, g.node(g.rackNodeId(1, 2)).xM(), 1e-12);
    }

    @Test
    void withoutReservedRacksThePanelGoesToTheRowEnd() {
        RackElevations e = RackElevations.of(route(4, 0));
        // the spine racks stand side by side; the overflow rack follows the last one
        assertEquals(List.of("R02-01", "R02-02", "R02-03"), spineRow(e));
        assertEquals(List.of("R02-02.U04", "R02-02.U03", "spine-003"), mounts(rack(e, "R02-02")));
        assertEquals(List.of("R02-03.U04"), mounts(rack(e, "R02-03")));
        assertTrue(rack(e, "R02-03").patchRack());
    }

    @Test
    void theReservedRackTakesEveryPanelThatDoesNotFit() {
        // 3 RU: R02-01 keeps 1 panel and sends 2 to R02-02; R02-03 (1 spine) keeps its 2
        RackElevations e = RackElevations.of(route(3, 1));
        assertEquals(List.of("R02-01.U03", "spine-002", "spine-001"), mounts(rack(e, "R02-01")));
        assertEquals(List.of("R02-02.U03", "R02-02.U02"), mounts(rack(e, "R02-02")));
        assertEquals(List.of("R02-03.U03", "R02-03.U02", "spine-003"), mounts(rack(e, "R02-03")));
        assertEquals(List.of("R02-01", "R02-03", "R02-02"), spineRow(e));
    }
}
