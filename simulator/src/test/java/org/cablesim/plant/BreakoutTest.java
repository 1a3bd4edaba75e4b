package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.TierCabling;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;
import org.junit.jupiter.api.Test;

/**
 * Hand counts for every breakout kind on {@link BreakoutFixtures#unit8} (64 server–leaf links from two server racks
 * of 32 links each to one leaf rack): lit and dark fibres, transceivers per end with their types, transceiver and
 * harness prices, and each link's lanes traced through its harness leg (the Tx block lands on the Rx block).
 */
class BreakoutTest {
    /*
     * 800GBASE-DR8 leaf ports broken out 2x to 400GBASE-DR4 NICs through MPO-16 -> 2xMPO-12 harnesses, interconnect:
     * 64 links, 32 leaf ports. Trunks: default legs = the harness leg connector, 12 x MPO-12 = 144 f; each server
     * rack sends 32 links to the leaf rack: ceil(32 / 12) = 3 trunks, 6 in all = 864 fibres; lit = 64 x 8 = 512 (8
     * per 400G link, not the DR8 port's 16); dark 352. Transceivers: 64 x 400GBASE-DR4 at the NICs, 32 x
     * 800GBASE-DR8 at the leaves ($44,800 + $34,400 = $79,200); 32 harnesses (one per leaf port), 64 NIC cords, no
     * leaf cords: 32 x ($130 + 2 m x $2/m). Link lane 1 lights leaf Tx 1-4 / Rx 16-13, lane 2 Tx 5-8 / Rx 12-9 (the
 * shipped map).
     */
    @Test
    void dr8PortBrokenOutToTwoDr4NicsThroughAHarness() {
        LogicalFabric fabric = BreakoutFixtures.unit8(
                BreakoutFixtures.serverLeaf("800GBASE-DR8", 400, 2, "400GBASE-DR4", "MPO16-2xMPO12"),
                BreakoutFixtures.leafSpine("800GBASE-DR8", 800, 1, false), 800);
        CablingPlan plan = BreakoutFixtures.route(fabric, TierCabling.defaults(), TierCabling.defaults());
        assertEquals(List.of(), plan.violations());
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(6, c.trunks());
        assertEquals(864, c.fibresInstalled());
        assertEquals(512, c.fibresLit());
        assertEquals(352, c.fibresDark());
        assertEquals(32, c.harnesses());
        assertEquals(64, c.cords());
        assertEquals(Map.of("400GBASE-DR4", 64), plan.counts().transceiversByEnd().get("server-leaf/lower"));
        assertEquals(Map.of("800GBASE-DR8", 32), plan.counts().transceiversByEnd().get("server-leaf/upper"));
        assertEquals(79_200, BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.TRANSCEIVERS, ""), 1e-9);
        assertEquals(32, harnessQuantity(plan, "server-leaf"));
        // In-rack harness: 0 m path + 2 x 1 m slack = 2 m stock; harness:MPO16-2xMPO12 $130 + 2 m x $2.0/m.
        assertEquals(32 * (130 + 2 * 2.0), BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.CORDS,
                "MPO16-2xMPO12"), 1e-9);
        for (int l = 0; l < 64; l++) {
            LogicalLink link = fabric.links().get(l);
            ResolvedChannel rc = plan.channels(l).get(0);
            int lane = link.switchPortBreakoutLane();
            assertEquals(lane == 1 ? List.of(1, 2, 3, 4) : List.of(5, 6, 7, 8), rc.far().port().txPositions());
            assertEquals(lane == 1 ? List.of(13, 14, 15, 16) : List.of(9, 10, 11, 12), rc.far().port().rxPositions());
            assertEquals(List.of(1, 2, 3, 4), rc.near().port().txPositions());
            assertEquals("800GBASE-DR8", rc.far().pmd().id());
            assertEquals("400GBASE-DR4", rc.near().pmd().id());
            HarnessRun h = (HarnessRun) rc.elements().get(rc.elements().size() - 1);
            assertEquals(lane, h.leg());
            assertTxLandsOnRx(rc);
            assertEquals(3.0, rc.budget().budgetDb().getAsDouble(), 0);
        }
    }

    /*
     * The same breakout as one direct harness per leaf port (no panels, no trunks): 32 harnesses carry 32 x 16 = 512
     * fibres, all lit (each leg lights 8 of its 12 positions, but only the 16 mapped fibres are in the cable).
     */
    @Test
    void directHarnessIsTheAssembly() {
        LogicalFabric fabric = BreakoutFixtures.unit8(
                BreakoutFixtures.serverLeaf("800GBASE-DR8", 400, 2, "400GBASE-DR4", "MPO16-2xMPO8"),
                BreakoutFixtures.leafSpine("800GBASE-DR8", 800, 1, false), 800);
        CablingPlan plan = BreakoutFixtures.route(fabric, TierCabling.defaults().withArchitecture(
                Architecture.DIRECT), TierCabling.defaults());
        assertEquals(List.of(), plan.violations());
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(0, c.trunks());
        for (int l = 0; l < 64; l++) {
            assertTxLandsOnRx(plan.channels(l).get(0));
        }
        assertEquals(32, c.harnesses());
        assertEquals(512, c.fibresInstalled());
        assertEquals(512, c.fibresLit());
    }

    /*
     * A twin-port 800G-2xDR4 leaf port shared out to two 400GBASE-DR4 NICs, one MPO-12 MDI each (no harness): 32
     * twin-port modules ($1,075 each) and 64 NIC DR4s; link lane k uses MDI k ({@code leaf:p/k}), 8 lit fibres. The
     * ganged form (pmd 400GBASE-DR4, breakout 2) builds the same plant and counts the module as 2x400GBASE-DR4.
     */
    @Test
    void twinPortSharedOutToTwoNics() {
        LogicalFabric shared = BreakoutFixtures.unit8(
                BreakoutFixtures.serverLeaf("800G-2xDR4", 400, 2, "400GBASE-DR4", null),
                BreakoutFixtures.leafSpine("800G-2xDR4", 800, 1, false), 800);
        LogicalFabric ganged = BreakoutFixtures.unit8(
                BreakoutFixtures.serverLeaf("400GBASE-DR4", 400, 2, null, null),
                BreakoutFixtures.leafSpine("800G-2xDR4", 800, 1, false), 800);
        for (LogicalFabric fabric : List.of(shared, ganged)) {
            CablingPlan plan = BreakoutFixtures.route(fabric, TierCabling.defaults(), TierCabling.defaults());
            assertEquals(List.of(), plan.violations());
            TierCounts c = plan.counts().byTier().get("server-leaf");
            assertEquals(512, c.fibresLit());
            assertEquals(128, c.cords());
            assertEquals(Map.of("400GBASE-DR4", 64), plan.counts().transceiversByEnd().get("server-leaf/lower"));
            String module = fabric == shared ? "800G-2xDR4" : "2x400GBASE-DR4";
            assertEquals(Map.of(module, 32), plan.counts().transceiversByEnd().get("server-leaf/upper"));
            assertEquals(64 * 700 + 32 * 1075, BreakoutFixtures.cost(plan, "server-leaf",
                    BomLine.Category.TRANSCEIVERS, ""), 1e-9);
            for (int l = 0; l < 64; l++) {
                LogicalLink link = fabric.links().get(l);
                ResolvedChannel rc = plan.channels(l).get(0);
                assertEquals(1, plan.channels(l).size());
                assertTrue(rc.far().label().endsWith(":" + link.toPort() + "/" + link.switchPortBreakoutLane()),
                        rc.far().label());
                assertEquals(8, rc.litFibres().size());
                assertTxLandsOnRx(rc);
            }
        }
    }

    /*
     * Leaf-spine on twin-port 800G-2xDR4 ports run as two 400G links each: to one spine port (both MDIs to the same
     * switch) or spread over two spines. Radix 16: 8 leaves of 8 down ports and 4 up ports, 8 x 4 / 16 = 2 spines.
     * 8 leaves x 4 up ports x 2 = 64 links either way, 32 modules at each end, each link one MDI of 8 lit fibres;
     * spread, the two links of a leaf port reach the two different spines.
     */
    @Test
    void twinPortToOneSwitchAndToTwo() {
        for (boolean spread : List.of(false, true)) {
            LogicalFabric fabric = BreakoutFixtures.unit8(
                    BreakoutFixtures.serverLeaf("400GBASE-DR4", 400, 1, null, null),
                    BreakoutFixtures.leafSpine("800G-2xDR4", 400, 2, spread), 800, 16);
            CablingPlan plan = BreakoutFixtures.route(fabric, TierCabling.defaults(), TierCabling.defaults());
            assertEquals(List.of(), plan.violations());
            List<LogicalLink> up = fabric.links().stream().filter(l -> l.tierIndex() == 1).toList();
            assertEquals(64, up.size());
            assertEquals(Map.of("800G-2xDR4", 32), plan.counts().transceiversByEnd().get("leaf-spine/lower"));
            assertEquals(Map.of("800G-2xDR4", 32), plan.counts().transceiversByEnd().get("leaf-spine/upper"));
            assertEquals(64 * 8, plan.counts().byTier().get("leaf-spine").fibresLit());
            for (int i = 0; i < up.size(); i += 2) {
                LogicalLink a = up.get(i);
                LogicalLink b = up.get(i + 1);
                assertEquals(a.fromPort(), b.fromPort());
                assertEquals(spread, !a.toDeviceId().equals(b.toDeviceId()), a + " / " + b);
            }
            for (int l = 64; l < 128; l++) {
                assertTxLandsOnRx(plan.channels(l).get(0));
            }
        }
    }

    /*
     * 400GBASE-DR4 leaf ports broken out 4x to 100GBASE-DR NICs through MPO-12 -> 4x duplex LC harnesses. Trunks of
     * duplex LC legs (the harness leg): 72 legs = 144 f each; each server rack's 32 links fit one trunk: 2 trunks,
     * 288 installed fibres, 64 x 2 = 128 lit. 16 harnesses; transceivers 64 x 100GBASE-DR ($150) + 16 x 400GBASE-DR4
     * ($700) = $20,800. Lane k of a leaf port lights DR4 Tx k / Rx 13-k.
     */
    @Test
    void dr4BrokenOutToFourDrThroughAnLcHarness() {
        LogicalFabric fabric = BreakoutFixtures.unit8(
                BreakoutFixtures.serverLeaf("400GBASE-DR4", 100, 4, "100GBASE-DR", "MPO12-4xLC"),
                BreakoutFixtures.leafSpine("400GBASE-DR4", 400, 1, false), 400);
        CablingPlan plan = BreakoutFixtures.route(fabric, TierCabling.defaults(), TierCabling.defaults());
        assertEquals(List.of(), plan.violations());
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(2, c.trunks());
        assertEquals(288, c.fibresInstalled());
        assertEquals(128, c.fibresLit());
        assertEquals(16, c.harnesses());
        assertEquals(Map.of("100GBASE-DR", 64), plan.counts().transceiversByEnd().get("server-leaf/lower"));
        assertEquals(Map.of("400GBASE-DR4", 16), plan.counts().transceiversByEnd().get("server-leaf/upper"));
        assertEquals(64 * 150 + 16 * 700, BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.TRANSCEIVERS,
                ""), 1e-9);
        for (int l = 0; l < 64; l++) {
            int k = fabric.links().get(l).switchPortBreakoutLane();
            ResolvedChannel rc = plan.channels(l).get(0);
            assertEquals(List.of(k), rc.far().port().txPositions());
            assertEquals(List.of(13 - k), rc.far().port().rxPositions());
            assertTxLandsOnRx(rc);
        }
    }

    /*
     * The NDR-style 1:2 splitter: a 400G (NDR) leaf port split into two 200G links to NDR200 NICs, each lighting 2
     * lanes = 4 fibres. 6 trunks of 12 x MPO-12 (as above): 864 installed, 64 x 4 = 256 lit; 32 splitters;
     * transceivers 64 NDR200 + 32 400GBASE-DR4 at $700 each = $67,200. Lane 1 lights Tx 1-2 / Rx 11-12, lane 2
     * Tx 3-4 / Rx 9-10.
     */
    @Test
    void splitterLightsTwoLanesPerEnd() {
        LogicalFabric fabric = BreakoutFixtures.unit8(
                BreakoutFixtures.serverLeaf("NDR", 200, 2, "NDR200", "MPO12-2xMPO12-splitter"),
                BreakoutFixtures.leafSpine("400GBASE-DR4", 400, 1, false), 400);
        CablingPlan plan = BreakoutFixtures.route(fabric, TierCabling.defaults(), TierCabling.defaults());
        assertEquals(List.of(), plan.violations());
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(864, c.fibresInstalled());
        assertEquals(256, c.fibresLit());
        assertEquals(32, c.harnesses());
        assertEquals(Map.of("NDR200", 64), plan.counts().transceiversByEnd().get("server-leaf/lower"));
        assertEquals(Map.of("400GBASE-DR4", 32), plan.counts().transceiversByEnd().get("server-leaf/upper"));
        assertEquals(96 * 700, BreakoutFixtures.cost(plan, "server-leaf", BomLine.Category.TRANSCEIVERS, ""), 1e-9);
        for (int l = 0; l < 64; l++) {
            int k = fabric.links().get(l).switchPortBreakoutLane();
            ResolvedChannel rc = plan.channels(l).get(0);
            assertEquals(k == 1 ? List.of(1, 2) : List.of(3, 4), rc.far().port().txPositions());
            assertEquals(k == 1 ? List.of(11, 12) : List.of(9, 10), rc.far().port().rxPositions());
            assertEquals(4, rc.litFibres().size());
            assertTxLandsOnRx(rc);
        }
    }

    private static double harnessQuantity(CablingPlan plan, String tier) {
        return plan.bom().lines().stream().filter(l -> l.tierName().equals(tier)
                && l.item().contains("breakout harness")).mapToDouble(BomLine::quantity).sum();
    }

    /** Every near Tx lane lands on one of the far MDI's Rx positions and every far Tx lane on a near Rx. */
    static void assertTxLandsOnRx(ResolvedChannel rc) {
        Set<Integer> farLanded = new TreeSet<>();
        Set<Integer> nearLanded = new TreeSet<>();
        for (LaneTrace t : rc.laneTraces()) {
            assertTrue(t.complete(), () -> rc.linkId() + " lane lost: " + t.lostReason());
            int end = t.end().orElseThrow().position();
            (t.forward() ? farLanded : nearLanded).add(end);
        }
        assertEquals(new TreeSet<>(rc.far().port().rxPositions()), farLanded, rc.linkId());
        assertEquals(new TreeSet<>(rc.near().port().rxPositions()), nearLanded, rc.linkId());
    }
}
