package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cablesim.bench.LifecycleBenchmark;
import org.cablesim.scenario.PartKind;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/** The simple plant laid under a generated fabric. */
class LifecyclePlantsTest {

    /*
     * One DGX-SuperPOD-style unit: 32 servers × 8 NICs = 256 server links and 256 leaf–spine links. Without
     * breakout every port is its own: 2 transceivers and 2 ports per link (512 links ⇒ 1,024 each), 2 cords per
     * link, 2 connections per link (4 with cassettes, plus a cassette per trunk end).
     */
    @Test
    void oneUnitCountsByHand() {
        LogicalFabric fabric = TestFabrics.rail(32, 2);
        assertEquals(512, fabric.links().size());
        LifecyclePlant plant = LifecyclePlants.fromFabric(fabric, PlantShape.defaults());
        Map<PartKind, Long> kinds = plant.components().stream()
                .collect(Collectors.groupingBy(Component::kind, Collectors.counting()));
        assertEquals(1024L, kinds.get(PartKind.TRANSCEIVER));
        assertEquals(1024L, kinds.get(PartKind.SWITCH_PORT));
        assertEquals(1024L, kinds.get(PartKind.CORD));
        assertEquals(null, kinds.get(PartKind.CASSETTE));
        assertTrue(plant.links().stream().allMatch(l -> l.connections().size() == 2 && l.lanes() == 4));
        assertEquals(256, plant.links().stream().filter(PhysicalLink::serverFacing).count());

        LifecyclePlant cassettes = LifecyclePlants.fromFabric(fabric, PlantShape.defaults().withCassettes(true));
        assertTrue(cassettes.links().stream().allMatch(l -> l.connections().size() == 4));
        long trunks = kinds.get(PartKind.TRUNK);
        assertEquals(2 * trunks, cassettes.components().stream().filter(c -> c.kind() == PartKind.CASSETTE)
                .count());
    }

    /* Every trunk carries 1–16 links of one tier between one pair of racks; its two ends are the shared parts. */
    @Test
    void trunksGroupLinksByRackPair() {
        LogicalFabric fabric = TestFabrics.rail(64, 2);
        LifecyclePlant plant = LifecyclePlants.fromFabric(fabric, PlantShape.defaults());
        Map<String, PhysicalLink> byId = new HashMap<>();
        plant.links().forEach(l -> byId.put(l.linkId(), l));
        Map<String, org.cablesim.topology.LogicalLink> logical = new HashMap<>();
        fabric.links().forEach(l -> logical.put(l.id(), l));
        int carried = 0;
        for (Component trunk : plant.components()) {
            if (trunk.kind() != PartKind.TRUNK) {
                continue;
            }
            assertTrue(trunk.linkIds().size() >= 1 && trunk.linkIds().size() <= 16);
            Set<String> rackPairs = new HashSet<>();
            Set<String> sharedParts = new HashSet<>();
            for (String id : trunk.linkIds()) {
                org.cablesim.topology.LogicalLink l = logical.get(id);
                rackPairs.add(l.tierName() + fabric.device(l.fromDeviceId()).rack() + fabric.device(l.toDeviceId())
                        .rack());
                byId.get(id).connections().forEach(c -> sharedParts.add(c.sharedPartId()));
            }
            assertEquals(1, rackPairs.size());
            assertEquals(Set.of(trunk.id() + ":a", trunk.id() + ":b"), sharedParts);
            carried += trunk.linkIds().size();
        }
        assertEquals(plant.links().size(), carried, "every link rides exactly one trunk");
    }

    /* With 800G ports broken into 2 × 400G, the two links of a port share its transceiver and port. */
    @Test
    void breakoutLinksShareOptics() {
        LogicalFabric fabric = LifecycleBenchmark.fabric(2048);
        LifecyclePlant plant = LifecyclePlants.fromFabric(fabric, PlantShape.defaults());
        List<Component> leafOptics = plant.components().stream()
                .filter(c -> c.kind() == PartKind.TRANSCEIVER && c.id().contains("leaf")).toList();
        assertTrue(leafOptics.stream().allMatch(c -> c.linkIds().size() == 2), "twin-port leaf optics");
        List<Component> serverOptics = plant.components().stream()
                .filter(c -> c.kind() == PartKind.TRANSCEIVER && c.id().contains("srv")).toList();
        assertEquals(fabric.count(DeviceRole.SERVER) * 8, serverOptics.size());
        assertTrue(serverOptics.stream().allMatch(c -> c.linkIds().size() == 1));
    }
}
