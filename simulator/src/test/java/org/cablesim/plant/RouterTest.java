package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.cablesim.polarity.CheckKind;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.PanelChoice;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TrunkChoice;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Pathway geometry, cable lengths, panel placement and the capacity policy on the 24-server unit of
 * {@link PlantFixtures#unit24}: server racks R01-01..07 in row 0 (x = 0.6 m per position), the leaf rack R01-09,
 * the spine rack R02-01 in row 1 (y = 3 m row pitch + 3 m network-row gap = 6 m); tray height 1.5 m, slack 1 m per
 * end.
 */
class RouterTest {
    private static final LogicalFabric DR4 = PlantFixtures.unit24("400GBASE-DR4", 400);

    /*
     * Server rack R01-01 → leaf rack R01-09: drop 1.5 + 8 × 0.6 along the row tray + drop 1.5 = 7.8 m; trunk
     * 7.8 + 2 = 9.8 → 10 m stock. Leaf rack → spine rack: drop 1.5 + 6 m across (the cross-aisle at the row end,
     * x = 4.8 m, which is the longest row's last position) + 4.8 m along row 1 + drop 1.5 = 13.8 m; trunk 15.8 → 20 m.
     * In-rack cords: 0 + 2 = 2 m.
     */
    @Test
    void lengthsFollowTheTrays() {
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", TierCabling.defaults()));
        assertEquals(7.8, plan.routedLengthM(0), 1e-9);
        ResolvedChannel first = plan.channel(0);
        assertEquals(List.of(2.0, 0.0, 10.0, 0.0, 2.0), first.elements().stream().map(ResolvedElement::lengthM).toList());
        int leafSpine = 192;
        assertEquals("leaf-spine", DR4.links().get(leafSpine).tierName());
        assertEquals(13.8, plan.routedLengthM(leafSpine), 1e-9);
        assertEquals(24.0, plan.channelLengthM(plan.channels(leafSpine).get(0).index()), 1e-9);
        assertEquals(Map.of(10.0, 16), plan.counts().trunksByBuild().get("12xMPO-12 144f Type-B").headMap(15.0));
        assertEquals("panel R01-01.U42.01", first.elements().get(1).label());
        assertEquals("panel R01-09.U42.01", first.elements().get(3).label());
    }

    /*
     * Network-rack placement: switch-end panels move to a patching rack after the last rack of the switch's row:
     * R01-10 for the leaves (x = 5.4 m), R02-02 for the spines. Leaf cord: R01-09 → R01-10 = 1.5 + 0.6 + 1.5 =
     * 3.6 m + 2 = 5.6 → 7 m stock. Server–leaf trunk R01-01 → R01-10 = 1.5 + 5.4 + 1.5 = 8.4 + 2 → 15 m.
     */
    @Test
    void networkRackPlacementAddsPatchingRacks() {
        TierCabling patching = TierCabling.defaults().withPanels(new PanelChoice(PanelPlacement.NETWORK_RACK, 48, 1,
                1));
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", patching));
        Set<String> patchRacks = plan.pathways().nodes().stream().filter(n -> n.kind() == PathwayNode.Kind.PATCH_RACK)
                .map(PathwayNode::label).collect(Collectors.toSet());
        assertEquals(Set.of("R01-10", "R02-02"), patchRacks);
        ResolvedChannel first = plan.channel(0);
        assertEquals(List.of(2.0, 0.0, 15.0, 0.0, 7.0), first.elements().stream().map(ResolvedElement::lengthM).toList());
        assertEquals("panel R01-10.U42.01", first.elements().get(3).label());
        assertEquals(List.of(), plan.violations());
    }

    /* Every tray edge runs along x or y: the GraphML counts show cables on drops, row trays and the main tray. */
    @Test
    void cableCountsPerEdge() {
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", TierCabling.defaults()));
        int[] counts = plan.cablesPerEdge();
        int main = 0;
        for (PathwayEdge e : plan.pathways().edges()) {
            if (e.kind() == PathwayEdge.Kind.MAIN_TRAY) {
                main += counts[e.id()];
            }
        }
        // Only the 16 leaf–spine trunks cross from the compute row to the spine row; in-rack cords use no tray.
        assertEquals(16, main);
        // The leaf rack's drop carries its 16 server–leaf and 16 leaf–spine trunks.
        PathwayNode leafRack = plan.pathways().nodes().stream().filter(n -> n.label().equals("R01-09")).findFirst()
                .orElseThrow();
        int drop = plan.pathways().graph().edgesOf(leafRack).stream().mapToInt(e -> counts[e.id()]).sum();
        assertEquals(32, drop);
    }

    /*
     * onCapacityExhausted: fail with one 12-leg trunk per panel pair and one 48-port panel per location. Server
     * racks: 24 links each, one trunk of 12 legs → 12 cabled, 12 refused. The leaf rack's one server–leaf panel
     * holds 48 / 12 = 4 trunks: racks 1-4 get their trunk, racks 5-8 none. Server–leaf: 4 × 12 = 48 cabled,
     * 192 − 48 = 144 refused. Leaf–spine: one pair, one trunk: 12 cabled, 180 refused. 324 CAPACITY violations.
     */
    @Test
    void failPolicyReportsWhatDoesNotFit() {
        TierCabling tight = TierCabling.defaults().withTrunk(new TrunkChoice(Optional.of("MPO-12"), OptionalInt.of(12),
                Optional.of(PolarityType.B), false, Optional.empty(), Optional.empty(), 1));
        PlanSpec plan = new PlanSpec("tight", "", Map.of("server-leaf", tight, "leaf-spine", tight),
                CapacityPolicy.FAIL);
        CablingPlan routed = PlantFixtures.route(DR4, plan);
        List<PlantViolation> v = routed.violations();
        assertEquals(324, v.size());
        assertTrue(v.stream().allMatch(x -> x.kind() == CheckKind.CAPACITY));
        assertEquals(60, routed.counts().linksCabled());
        assertEquals(60, routed.subChannelCount());
        assertEquals(5, routed.trunkCount());
        assertTrue(v.get(0).reason().contains("onCapacityExhausted: add"), v.get(0).reason());
        // The same plan with add cables everything.
        CablingPlan added = PlantFixtures.route(DR4, new PlanSpec("tight", "", plan.tiers(), CapacityPolicy.ADD));
        assertEquals(List.of(), added.violations());
        assertEquals(384, added.counts().linksCabled());
    }

    /* perPanelPair provisions spare trunks: 2 per pair where 2 are needed anyway, 3 → one spare per pair. */
    @Test
    void provisionedSparesCountAsDarkFibre() {
        TierCabling spares = TierCabling.defaults().withTrunk(new TrunkChoice(Optional.of("MPO-12"),
                OptionalInt.of(12), Optional.of(PolarityType.B), false, Optional.empty(), Optional.empty(), 3));
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", spares));
        // Server–leaf: 8 pairs × 3 trunks = 24, lit 1,536 of 24 × 144 = 3,456 fibres. Leaf–spine needs 16 anyway.
        TierCounts c = plan.counts().byTier().get("server-leaf");
        assertEquals(24, c.trunks());
        assertEquals(3456, c.fibresInstalled());
        assertEquals(1536, c.fibresLit());
        assertEquals(16, plan.counts().byTier().get("leaf-spine").trunks());
    }

    /* Choices that cannot be built at all are refused with the tier's name (here: a fibre type the catalog lacks). */
    @Test
    void impossibleChoicesNameTheTier() {
        PlanSpec plan = new PlanSpec("p", "", Map.of("leaf-spine", TierCabling.defaults().withFibre("OS9")),
                CapacityPolicy.ADD);
        PlantConfigurationException e = assertThrows(PlantConfigurationException.class,
                () -> PlantFixtures.route(DR4, plan));
        assertEquals("leaf-spine", e.tierName());
        assertTrue(e.getMessage().contains("no fibre type OS9"), e.getMessage());
    }

    /*
     * Three units of 24 servers (24 server racks, 3 rows of 8): routing on one thread and on four gives the same
     * routes, so every link's length and every pathway edge's cable count agree.
     */
    @Test
    void routesDoNotDependOnTheThreadCount() {
        LogicalFabric fabric = PlantFixtures.rail(72, 24, "400GBASE-DR4", 400, 1);
        PlanSpec spec = PlantFixtures.plan("p", TierCabling.defaults());
        CablingPlan one = new ShortestTrayRouter(1).route(fabric, PlantFixtures.floor(3), PlantFixtures.CATALOG, spec);
        CablingPlan four = new ShortestTrayRouter(4).route(fabric, PlantFixtures.floor(3), PlantFixtures.CATALOG, spec);
        assertTrue(one.linkCount() > 500, "links " + one.linkCount());
        for (int l = 0; l < one.linkCount(); l++) {
            assertEquals(one.routedLengthM(l), four.routedLengthM(l), 0, "link " + l);
        }
        assertTrue(java.util.Arrays.equals(one.cablesPerEdge(), four.cablesPerEdge()));
    }
}
