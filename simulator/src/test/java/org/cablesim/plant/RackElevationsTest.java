package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PanelOverflow;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.RackSpec;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Rack elevations on the 24-server unit: 8 server racks of 3 servers (R01-01 … R01-08), the leaf rack R01-09 with
 * 8 leaves, the spine rack R02-01 with 3 spines; DR4 on 144-fibre base-12 trunks (12 slots each), 48-port 1 RU
 * panels. By hand: a server rack has 24 links = 2 trunks = 24 ports = 1 panel; the leaf rack takes 16 server–leaf
 * trunks (192 ports, 4 panels) and 16 leaf–spine trunks (4 panels); the spine rack 4 panels.
 */
class RackElevationsTest {
    private static FloorSpec floor(int heightRu, PanelOverflow overflow) {
        return floor(new RackSpec(heightRu, 4, 2, 0, 8.5, 1.5, overflow, "R", ""));
    }

    private static FloorSpec floor(RackSpec racks) {
        return new FloorSpec(0.6, 3.0, 8, 3, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0, racks);
    }

    private static CablingPlan route(FloorSpec floor) {
        LogicalFabric fabric = PlantFixtures.rail(24, 24, "400GBASE-DR4", 400, 1, floor);
        return new ShortestTrayRouter().route(fabric, floor, PlantFixtures.CATALOG, new PlanSpec("p", ""));
    }

    private static RackElevations.Rack rack(RackElevations e, String label) {
        return e.racks().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void devicesFromTheBottomPanelsFromTheTop() {
        RackElevations e = RackElevations.of(route(floor(42, PanelOverflow.PATCH_RACK)));
        assertEquals(10, e.racks().size());
        RackElevations.Rack server = rack(e, "R01-01");
        // top first: the panel at U42, then 3 servers of 4 RU at U9, U5, U1
        assertEquals(List.of(42, 9, 5, 1), server.mounts().stream().map(RackElevations.Mount::ru).toList());
        assertEquals("R01-01.U42", server.mounts().get(0).device());
        assertEquals(RackElevations.Role.PATCH_PANEL, server.mounts().get(0).role());
        assertEquals(1 + 12, server.usedRu());
        assertEquals(3 * 8.5, server.powerKw(), 1e-9);
        RackElevations.Rack leaf = rack(e, "R01-09");
        assertEquals(8 + 8 * 2, leaf.usedRu());
        // server-leaf panels U42..U39, then leaf-spine U38..U35; leaves at U1, U3, ..., U15
        assertEquals(List.of(42, 41, 40, 39, 38, 37, 36, 35, 15, 13, 11, 9, 7, 5, 3, 1),
                leaf.mounts().stream().map(RackElevations.Mount::ru).toList());
        assertEquals("leaf-spine", leaf.mounts().get(4).tierName());
        assertEquals(4 + 3 * 2, rack(e, "R02-01").usedRu());
        assertTrue(e.violations().isEmpty());
        assertFalse(e.racks().stream().anyMatch(RackElevations.Rack::patchRack));
    }

    @Test
    void aFullRackSendsItsPanelsToAnOverflowPatchingRack() {
        // 20 RU racks: the leaf rack's 16 RU of leaves leave 4 RU, which the 4 server-leaf panels take; the
        // leaf-spine panels go to the row's overflow patching rack after R01-09, i.e. R01-10, from its top (U20).
        CablingPlan plan = route(floor(20, PanelOverflow.PATCH_RACK));
        RackElevations e = RackElevations.of(plan);
        RackElevations.Rack leaf = rack(e, "R01-09");
        assertEquals(20, leaf.usedRu());
        assertEquals(List.of("server-leaf"), leaf.mounts().stream().filter(m -> !m.tierName().isEmpty())
                .map(RackElevations.Mount::tierName).distinct().toList());
        RackElevations.Rack overflow = rack(e, "R01-10");
        assertTrue(overflow.patchRack());
        assertEquals(List.of("R01-10.U20", "R01-10.U19", "R01-10.U18", "R01-10.U17"),
                overflow.mounts().stream().map(RackElevations.Mount::device).toList());
        assertTrue(e.violations().isEmpty());
        assertTrue(e.racks().stream().noneMatch(RackElevations.Rack::overHeight));
        // Lengths follow: a leaf-spine cord now runs from the leaf rack to the next rack (drop 1.5 + 0.6 pitch +
        // drop 1.5 = 3.6 m + 2 × slack, rounded up to a stock length) instead of staying in the rack (2 m).
        int link = firstLinkOf(plan, "leaf-spine");
        ResolvedChannel rc = plan.channels(link).get(0);
        CableRun cord = (CableRun) rc.elements().get(0);
        assertTrue(cord.farEnd().startsWith("R01-10.U"), cord.farEnd());
        assertTrue(cord.lengthM() > 3.6, "cord " + cord.lengthM() + " m");
        CablingPlan roomy = route(floor(42, PanelOverflow.PATCH_RACK));
        assertEquals(2.0, ((CableRun) roomy.channels(link).get(0).elements().get(0)).lengthM(), 1e-9);
    }

    @Test
    void whenOverflowIsForbiddenTheRackIsARackSpaceViolation() {
        CablingPlan plan = route(floor(20, PanelOverflow.VIOLATION));
        RackElevations e = RackElevations.of(plan);
        RackElevations.Rack leaf = rack(e, "R01-09");
        assertEquals(24, leaf.usedRu());
        assertTrue(leaf.overHeight());
        // the panels stack from U24 down: 8 panels U24..U17, four of them above the top
        assertEquals(24, leaf.mounts().get(0).ru());
        assertEquals(List.of("R01-09"), e.violations().stream().map(PlantViolation::linkId).toList());
        assertEquals(CheckKind.RACK_SPACE, e.violations().get(0).kind());
        assertTrue(plan.violations().contains(e.violations().get(0)));
        // it is about a rack, not a channel: no link is broken by design
        assertEquals(0, plan.linksBrokenByDesign());
        assertFalse(CheckKind.RACK_SPACE.breaksLink());
    }

    @Test
    void aPowerBudgetIsChecked() {
        RackElevations e = RackElevations.of(route(floor(new RackSpec(42, 4, 2, 20, 8.5, 1.5,
                PanelOverflow.PATCH_RACK, "R", ""))));
        // 3 servers × 8.5 kW = 25.5 kW > 20 in each of the 8 server racks; the switch racks draw 12 and 4.5 kW
        assertEquals(8, e.violations().size());
        assertTrue(e.violations().get(0).reason().contains("25.5 kW"), e.violations().get(0).reason());
    }

    @Test
    void rowAndRackPrefixesNameTheRacks() {
        CablingPlan plan = route(floor(new RackSpec(42, 4, 2, 0, 8.5, 1.5, PanelOverflow.PATCH_RACK, "AB", "C")));
        assertEquals("AB01-C01", RackElevations.of(plan).racks().get(0).label());
        assertEquals("AB01", plan.pathways().rowLabel(0));
    }

    private static int firstLinkOf(CablingPlan plan, String tier) {
        for (int l = 0; l < plan.linkCount(); l++) {
            if (plan.fabric().links().get(l).tierName().equals(tier)) {
                return l;
            }
        }
        throw new AssertionError("no link of " + tier);
    }
}
