package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.catalog.CableBuild;
import org.cablesim.catalog.CableBuilds;
import org.cablesim.catalog.Catalog;
import org.cablesim.io.CatalogReader;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.RackSpec;
import org.cablesim.scenario.TraySpec;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Pathway fill on the 24-server unit of {@link RackElevationsTest}: 8 server racks R01-01 … R01-08 of 3 servers,
 * the leaf rack R01-09, the spine rack R02-01; DR4 on 144-fibre trunks (8.0 mm, area π·8²/4 = 50.265 mm²),
 * panels in the racks, so cords stay in their rack and only trunks leave it. By hand: a server rack's drop holds its
 * 2 trunks; the leaf rack's drop its 16 server–leaf and 16 leaf–spine trunks; the row tray between positions 7 and
 * 8 the 16 trunks of the 8 server racks.
 */
class PathwayFillTest {
    private static final double TRUNK_MM2 = Math.PI * 8.0 * 8.0 / 4;

    private static CablingPlan route(TraySpec trays) {
        FloorSpec floor = new FloorSpec(0.6, 3.0, 8, 3, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0,
                RackSpec.defaults(), trays);
        LogicalFabric fabric = PlantFixtures.rail(24, 24, "400GBASE-DR4", 400, 1, floor);
        return new ShortestTrayRouter().route(fabric, floor, PlantFixtures.CATALOG, new PlanSpec("p", ""));
    }

    private static PathwayFill.Segment segment(CablingPlan plan, String ends) {
        return plan.pathwayFill().segments().stream().filter(s -> s.label().equals(ends)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment " + ends));
    }

    @Test
    void fillIsTheCablesAreaOverTheTrayArea() {
        CablingPlan plan = route(TraySpec.defaults());
        PathwayFill.Segment drop = segment(plan, "R01-01 / tray R01-01");
        assertEquals(PathwayEdge.Kind.DROP, drop.kind());
        assertEquals(2, drop.cables());
        assertEquals(2 * TRUNK_MM2, drop.cableAreaMm2(), 1e-9);
        assertEquals(300 * 100, drop.trayAreaMm2(), 1e-9);
        assertEquals(2 * TRUNK_MM2 / 30000, drop.fillShare(), 1e-12); // 0.00335
        PathwayFill.Segment leaf = segment(plan, "R01-09 / tray R01-09");
        assertEquals(32, leaf.cables());
        assertEquals(32 * TRUNK_MM2 / 30000, leaf.fillShare(), 1e-12); // 0.0536
        PathwayFill.Segment row = segment(plan, "tray R01-08 / tray R01-09");
        assertEquals(PathwayEdge.Kind.ROW_TRAY, row.kind());
        assertEquals(16, row.cables());
        assertEquals(16 * TRUNK_MM2 / (300 * 100), row.fillShare(), 1e-12);
        // the leaf drop is the fullest segment; nothing is over the 50 % default
        assertEquals(leaf, plan.pathwayFill().fullest(10).get(0));
        assertEquals(0, plan.pathwayFill().overfull());
        assertTrue(plan.violations().stream().noneMatch(v -> v.kind() == CheckKind.TRAY_FILL));
        // the count per segment is the plan's cables per edge
        assertEquals(plan.cablesPerEdge()[drop.edgeId()], drop.cables());
    }

    @Test
    void anOverfullDropIsATrayFillViolationNamingIt() {
        // 20 × 10 mm drops at 50 % take 100 mm²: two 8.0 mm trunks (100.53 mm²) already overfill a server rack's
        // drop, so all 10 racks' drops are over; the trays (default 300 × 100, 600 × 100) are not.
        TraySpec.Section small = new TraySpec.Section(20, 10);
        TraySpec d = TraySpec.defaults();
        CablingPlan plan = route(new TraySpec(small, d.rowTray(), d.networkRowTray(), d.crossAisle(), d.mainTray(),
                0.5));
        List<PlantViolation> fill = plan.violations().stream().filter(v -> v.kind() == CheckKind.TRAY_FILL)
                .toList();
        assertEquals(10, fill.size());
        assertEquals(10, plan.pathwayFill().overfull());
        PathwayFill.Segment drop = segment(plan, "R01-01 / tray R01-01");
        assertTrue(drop.overfull());
        assertEquals(2 * TRUNK_MM2 / 200, drop.fillShare(), 1e-12); // 0.5027 > 0.5
        assertTrue(fill.stream().anyMatch(v -> v.linkId().equals("R01-01 / tray R01-01")
                && v.reason().contains("50.3 %")), fill.toString());
        // a tray, not a channel: no link is broken by design
        assertFalse(CheckKind.TRAY_FILL.breaksLink());
        assertEquals(0, plan.linksBrokenByDesign());
        // at a 51 % limit the server racks' drops (50.27 %) pass; the leaf and spine drops do not
        CablingPlan looser = route(new TraySpec(small, d.rowTray(), d.networkRowTray(), d.crossAisle(),
                d.mainTray(), 0.51));
        assertEquals(2, looser.pathwayFill().overfull());
    }

    @Test
    void aBundleSpillsOntoTheNextShortestPathWithRoom() {
        // A 40 x 39 mm row tray at 50 % takes 780 mm²: 15 trunks (754.0 mm²), not 16 (804.2). Only the segment
        // between positions 7 and 8 (16 trunks, every server rack's bundle of 2) is over; the segment before it
        // holds 14. One bundle has to leave: the first (in pair order) whose way round has room, i.e. from a rack
        // at position k <= 6 (from position 7 the segment 6-7 would reach 16). Its way round: back along row 1's
        // tray to position 0, the main tray to the spine row (dy = 3.0 row pitch + 3.0 network-row gap), along
        // the spine row's tray to position 8 and back: 2 x k x 0.6 + 2 x 6.0 m longer than straight along row 1.
        TraySpec d = TraySpec.defaults();
        CablingPlan plan = route(new TraySpec(d.drop(), new TraySpec.Section(40, 39), d.networkRowTray(),
                d.crossAisle(), d.mainTray(), 0.5));
        PathwayFill.Segment last = segment(plan, "tray R01-08 / tray R01-09");
        assertEquals(14, last.cables());
        assertEquals(0, plan.pathwayFill().overfull());
        assertTrue(plan.violations().stream().noneMatch(v -> v.kind() == CheckKind.TRAY_FILL));
        CablingPlan straight = route(TraySpec.defaults());
        int moved = 0;
        for (int t = 0; t < plan.layout().trunks(); t++) {
            double was = trunkRouteM(straight, t);
            double now = trunkRouteM(plan, t);
            if (Math.abs(now - was) > 1e-9) {
                moved++;
                int k = plan.pathways().node(plan.stackNode(plan.layout().trunkNearStack()[t])).position();
                assertTrue(k <= 6, "moved from position " + k);
                assertEquals(was + 2 * k * 0.6 + 2 * 6.0, now, 1e-9);
            }
        }
        assertEquals(2, moved);
    }

    private static double trunkRouteM(CablingPlan plan, int t) {
        return plan.routeTable().route(plan.stackNode(plan.layout().trunkNearStack()[t]),
                plan.stackNode(plan.layout().trunkFarStack()[t])).lengthM();
    }

    @Test
    void buildsComeFromTheFibreCount() {
        CableBuilds builds = PlantFixtures.CATALOG.cableBuilds();
        assertEquals(8.0, builds.trunk(144).odMm());
        assertEquals(11.0, builds.trunk(145).odMm());
        assertEquals(3.0, builds.trunk(12).odMm());
        assertEquals(15.0, builds.trunk(1000).odMm()); // none holds 1000: the largest
        assertEquals("cord-duplex", builds.cord(2).id());
        assertEquals("cord-mpo", builds.cord(16).id());
        assertEquals("copper-dac", builds.copper().id());
        for (CableBuild b : builds.asMap().values()) {
            if (b.kind() == CableBuild.Kind.TRUNK) {
                assertEquals(10 * b.odMm(), b.bendRadiusMm(), 1e-9, b.id()); // TIA-568.3-E: 10 x OD unloaded
            }
        }
    }

    @Test
    void aUserCatalogsBuildChangesTheFill() throws Exception {
        Catalog thicker = CatalogReader.read("schemaVersion: 1\noverrides: {cableBuilds.trunk-144f.odMm: 10.0}\n",
                "yaml", PlantFixtures.CATALOG);
        FloorSpec floor = new FloorSpec(0.6, 3.0, 8, 3, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0,
                RackSpec.defaults(), TraySpec.defaults());
        LogicalFabric fabric = PlantFixtures.rail(24, 24, "400GBASE-DR4", 400, 1, floor);
        CablingPlan plan = new ShortestTrayRouter().route(fabric, floor, thicker, new PlanSpec("p", ""));
        assertEquals(2 * Math.PI * 10.0 * 10.0 / 4, segment(plan, "R01-01 / tray R01-01").cableAreaMm2(), 1e-9);
    }
}
