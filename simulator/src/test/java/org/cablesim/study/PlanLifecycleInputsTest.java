package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cablesim.io.LoadedScenario;
import org.cablesim.lifecycle.Component;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.LinkConnection;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.plant.CablingPlan;
import org.cablesim.scenario.PartKind;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle plant laid under small routed plans, counted by hand. The tiny fabric (test resource
 * study/tiny.yaml): 4 servers × 2 NICs, one leaf rack with 2 leaves, one spine; 8 server–leaf links L000001–8
 * and 8 leaf–spine links L000009–16; trunk T000001 carries L000001–4 (servers 1–2), T000002 L000005–8, T000003
 * the 8 leaf–spine links.
 */
class PlanLifecycleInputsTest {
    private static final LoadedScenario TINY = StudyFixtures.load("tiny.yaml");
    private static final LoadedScenario TWIN = StudyFixtures.load("twin.yaml");

    private static LifecyclePlant plant(LoadedScenario s, String plan, boolean countMdi) {
        return PlanLifecycleInputs.of(StudyFixtures.route(s, plan), countMdi).plant();
    }

    private static Map<PartKind, Integer> kinds(LifecyclePlant plant) {
        Map<PartKind, Integer> n = new EnumMap<>(PartKind.class);
        for (PartKind k : PartKind.values()) {
            n.put(k, 0);
        }
        plant.components().forEach(c -> n.merge(c.kind(), 1, Integer::sum));
        return n;
    }

    private static Component component(LifecyclePlant plant, String id) {
        return plant.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no component " + id));
    }

    private static List<String> links(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("L%06d", i)).toList();
    }

    private static Map<String, List<String>> sharedGroups(LifecyclePlant plant) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (PhysicalLink l : plant.links()) {
            for (LinkConnection c : l.connections()) {
                if (c.sharedPartId() != null) {
                    groups.computeIfAbsent(c.sharedPartId(), k -> new ArrayList<>()).add(c.connectionId());
                }
            }
        }
        return groups;
    }

    /*
     * Interconnect: per link 2 transceivers and 2 cords of its own, 2 ports and 1 trunk shared. Transceivers 16 × 2 =
     * 32; cords 32; ports: 8 NIC ports + 2 leaves × 8 ports + 8 spine ports = 32; trunks 3. Two panel adapters per
     * link: 32 connections, each mating its cord with the trunk; neighbours by trunk end: 4, 4 and 8 connections.
     */
    @Test
    void interconnectCountsByHand() {
        LifecyclePlant plant = plant(TINY, "interconnect", false);
        assertEquals(links(1, 16), plant.links().stream().map(PhysicalLink::linkId).toList());
        assertEquals(Map.of(PartKind.TRANSCEIVER, 32, PartKind.CORD, 32, PartKind.TRUNK, 3,
                PartKind.CASSETTE, 0, PartKind.SWITCH_PORT, 32), kinds(plant));
        assertEquals(99, plant.components().size());
        assertEquals(links(1, 4), component(plant, "trunk:T000001").linkIds());
        assertEquals(links(5, 8), component(plant, "trunk:T000002").linkIds());
        assertEquals(links(9, 16), component(plant, "trunk:T000003").linkIds());
        assertEquals(32, plant.links().stream().mapToInt(l -> l.connections().size()).sum());

        PhysicalLink first = plant.links().get(0);
        assertEquals(List.of("xcvr:srv-0001:1", "xcvr:leaf-001:1", "port:srv-0001:1", "port:leaf-001:1",
                "cord:L000001:near", "trunk:T000001", "cord:L000001:far"), first.componentIds());
        LinkConnection near = first.connections().get(0);
        assertEquals("L000001:near-1", near.connectionId());
        assertEquals("trunk-end:T000001:near", near.sharedPartId());
        assertEquals(List.of("cord:L000001:near", "trunk:T000001"), near.matedComponentIds());
        LinkConnection far = first.connections().get(1);
        assertEquals("L000001:far-1", far.connectionId());
        assertEquals(List.of("trunk:T000001", "cord:L000001:far"), far.matedComponentIds());
        assertEquals(-60, near.reflectanceDb(), 0);
        assertEquals(org.cablesim.optics.LossClassModels.of(TINY.scenario().catalog().lossClass("mpo-standard"),
                TINY.scenario().catalog().fibre("OS2")), near.lossModel());

        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        sharedGroups(plant).forEach((g, members) -> groupSizes.put(g, members.size()));
        assertEquals(Map.of("trunk-end:T000001:near", 4, "trunk-end:T000001:far", 4, "trunk-end:T000002:near", 4,
                "trunk-end:T000002:far", 4, "trunk-end:T000003:near", 8, "trunk-end:T000003:far", 8), groupSizes);

        // Tier 0 links face servers; channel 14 m of cable (2 + 10 + 2) at the OS2 fibre's attenuation; DR4 budget
        // 3.0 dB; 8 lit fibres.
        assertTrue(first.serverFacing());
        assertEquals("srv-0001", first.serverId());
        assertFalse(plant.links().get(8).serverFacing());
        double attenuation = TINY.scenario().catalog().fibre("OS2").attenuationDbPerKm();
        assertEquals(attenuation * 14 / 1000, first.fixedLossDb(), 1e-15);
        assertEquals(3.0, first.budgetDb(), 0);
        assertEquals(8, first.lanes());
    }

    /* Every routed channel's trunk is the trunk component its lifecycle link lists, and no other link lists it. */
    @Test
    void everyTrunkCarriesExactlyTheLinksRoutedThroughIt() {
        CablingPlan plan = StudyFixtures.route(TWIN, "base12");
        LifecyclePlant plant = PlanLifecycleInputs.of(plan, false).plant();
        Map<String, List<String>> expected = new TreeMap<>();
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            var rc = plan.channel(sub);
            String id = rc.linkId() + (plan.channels(rc.linkIndex()).size() > 1 ? "/" + rc.mdi() : "");
            expected.computeIfAbsent("trunk:" + rc.elements().stream()
                    .filter(e -> e.kind() == org.cablesim.plant.ElementKind.TRUNK)
                    .map(e -> ((org.cablesim.plant.CableRun) e).cableId()).findFirst().orElseThrow(),
                    k -> new ArrayList<>()).add(id);
        }
        Map<String, List<String>> actual = plant.components().stream()
                .filter(c -> c.kind() == PartKind.TRUNK)
                .collect(Collectors.toMap(Component::id, Component::linkIds, (a, b) -> a, TreeMap::new));
        assertEquals(expected, actual);
        assertEquals(plan.trunkCount(), actual.size());
    }

    /* Counting the MDI matings adds two unshared connections per link, each mating a transceiver with its cord. */
    @Test
    void mdiMatingsWhenTheBudgetCountsThem() {
        LifecyclePlant plant = plant(TINY, "interconnect", true);
        assertEquals(64, plant.links().stream().mapToInt(l -> l.connections().size()).sum());
        List<LinkConnection> c = plant.links().get(0).connections();
        assertEquals(List.of("L000001:mdi-near", "L000001:near-1", "L000001:far-1", "L000001:mdi-far"),
                c.stream().map(LinkConnection::connectionId).toList());
        assertNull(c.get(0).sharedPartId());
        assertEquals(List.of("xcvr:srv-0001:1", "cord:L000001:near"), c.get(0).matedComponentIds());
        assertEquals(List.of("xcvr:leaf-001:1", "cord:L000001:far"), c.get(3).matedComponentIds());
    }

    /*
     * 2×MPO-12 → 3×MPO-8 cassettes (3 front ports each): 4 adapters per link. T000001 and T000002 carry 4 links
     * each: 2 cassettes at each end (slots 1–3, 4); T000003 carries 8: 3 at each end. 2·2 + 2·2 + 2·3 = 14
     * cassettes in use. Front adapters share their cassette with its other front and rear adapters.
     */
    @Test
    void cassettesAreSharedByTheLinksThroughThem() {
        LifecyclePlant plant = plant(TINY, "cassettes", false);
        assertEquals(14, kinds(plant).get(PartKind.CASSETTE));
        assertTrue(plant.links().stream().allMatch(l -> l.connections().size() == 4));
        PhysicalLink first = plant.links().get(0);
        assertEquals(List.of("L000001:near-1", "L000001:near-2", "L000001:far-2", "L000001:far-1"),
                first.connections().stream().map(LinkConnection::connectionId).toList());
        String nearCassette = first.connections().get(0).sharedPartId();
        assertTrue(nearCassette.startsWith("cassette:cassette "), nearCassette);
        assertEquals(nearCassette, first.connections().get(1).sharedPartId());
        assertEquals(links(1, 3), component(plant, nearCassette).linkIds());
        // The rear adapter joins the cassette and the trunk.
        assertEquals(List.of(nearCassette, "trunk:T000001"), first.connections().get(1).matedComponentIds());
        // The near cassette of slots 1–3 is shared by 3 links × 2 adapters.
        assertEquals(6, sharedGroups(plant).get(nearCassette).size());
    }

    /*
     * Cross-connect on leaf–spine: 4 adapters and 2 jumpers (kind CORD) per leaf–spine link: 32 cords + 16 jumpers.
     * The near cross-connect panel's ports 1–8 lie on its first 12-port adapter plate: one neighbour group of 8.
     * Direct: one assembly per link, no trunk, no connection.
     */
    @Test
    void crossConnectAndDirect() {
        LifecyclePlant xc = plant(TINY, "xconnect", false);
        assertEquals(48, kinds(xc).get(PartKind.CORD));
        PhysicalLink spine = xc.links().get(8);
        assertEquals(4, spine.connections().size());
        assertEquals(List.of("cord:L000009:near", "jumper:L000009:near"),
                spine.connections().get(0).matedComponentIds());
        String panel = spine.connections().get(0).sharedPartId();
        assertTrue(panel.matches("panel R[0-9-]+\\.U[0-9]+/plate1"), panel);
        assertEquals(8, sharedGroups(xc).get(panel).size());

        LifecyclePlant direct = plant(TINY, "direct", false);
        assertEquals(Map.of(PartKind.TRANSCEIVER, 32, PartKind.CORD, 16, PartKind.TRUNK, 0,
                PartKind.CASSETTE, 0, PartKind.SWITCH_PORT, 32), kinds(direct));
        assertTrue(direct.links().stream().allMatch(l -> l.connections().isEmpty()));
        assertTrue(direct.links().get(0).componentIds().contains("assembly:L000001"));
    }

    /*
     * Twin-port: each 800G-2xDR4 leaf–spine link is two lifecycle links (one per MDI); the twin-port module in each
     * port is one part both MDIs share (it fails as one). 8 server–leaf + 4 × 2 = 16 lifecycle links. Ports, and
     * as many modules: 8 NIC ports, 4 leaf down-ports (each serving two breakout links) + 4 up-ports, 4 spine
     * ports = 20.
     */
    @Test
    void twinPortLinksSplitByMdi() {
        LifecyclePlant plant = plant(TWIN, "base12", false);
        assertEquals(16, plant.links().size());
        assertEquals(20, kinds(plant).get(PartKind.TRANSCEIVER));
        assertEquals(20, kinds(plant).get(PartKind.SWITCH_PORT));
        assertEquals(List.of("L000009/1", "L000009/2"), List.of(plant.links().get(8).linkId(),
                plant.links().get(9).linkId()));
        List<String> optics = new ArrayList<>();
        plant.links().subList(8, 10).forEach(l -> l.componentIds().stream().filter(id -> id.startsWith("xcvr:"))
                .forEach(optics::add));
        assertEquals(List.of("xcvr:leaf-001:5", "xcvr:spine-001:1", "xcvr:leaf-001:5", "xcvr:spine-001:1"),
                optics);
        assertEquals(List.of("L000009/1", "L000009/2"), component(plant, "port:leaf-001:5").linkIds());
        assertEquals(List.of("L000001", "L000002"), component(plant, "port:leaf-001:1").linkIds());
        assertEquals(List.of("L000001", "L000002"), component(plant, "xcvr:leaf-001:1").linkIds());
    }

    /* Ids are by meaning: plans that cable server–leaf alike name its parts and connections alike (common streams). */
    @Test
    void identicallyCabledTiersShareTheirIds() {
        LifecyclePlant a = plant(TINY, "interconnect", false);
        LifecyclePlant b = plant(TINY, "xconnect", false);
        for (int l = 0; l < 8; l++) {
            assertEquals(a.links().get(l), b.links().get(l));
        }
    }
}
