package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.junit.jupiter.api.Test;

/** Rail-optimised fabrics: rail wiring, ids, several leaves per rail, partial units. */
class RailOptimizedGeneratorTest {

    private static LogicalFabric generate(ClusterSpec cluster, FabricSpec spec) throws FabricInfeasibleException {
        LogicalFabric fabric = new RailOptimizedGenerator().generate(cluster, spec, Fixtures.FLOOR);
        FabricChecks.portsAreConsistent(fabric, spec);
        FabricChecks.linksAreOrdered(fabric);
        return fabric;
    }

    @Test
    void nicKOfEveryServerGoesToTheRailKLeafOfItsUnit() throws FabricInfeasibleException {
        LogicalFabric fabric = Fixtures.superPod(2);
        FabricChecks.portsAreConsistent(fabric, Fixtures.rail(64, 400, 1.0, 32, Fixtures.tiers(400, 1, 1, 1)));
        FabricChecks.linksAreOrdered(fabric);
        for (LogicalLink link : fabric.links()) {
            if (link.tierIndex() == 0) {
                Device server = fabric.device(link.fromDeviceId());
                Device leaf = fabric.device(link.toDeviceId());
                assertEquals(server.unit(), leaf.unit());
                assertEquals(server.id().substring(0, 4) + "-leaf-rail" + link.fromPort(), leaf.id());
                // The n-th server of the unit sits on down port n of every rail leaf.
                assertEquals(Integer.parseInt(server.id().substring(8)), link.toPort());
            }
        }
        assertEquals("su01-srv001", fabric.devices().get(0).id());
        assertEquals("su02-srv032", fabric.devices(DeviceRole.SERVER).get(63).id());
        assertEquals("su02-leaf-rail8", fabric.devices(DeviceRole.LEAF).get(15).id());
        assertEquals(List.of("spine-001", "spine-008"), List.of(fabric.devices(DeviceRole.SPINE).get(0).id(),
                fabric.devices(DeviceRole.SPINE).get(7).id()));
        // 2 SU: 16 leaves × 32 up ports over 8 spines → 4 parallel links per leaf–spine pair.
        assertEquals(4, FabricChecks.layersAreBalanced(fabric));
    }

    /*
     * SU of 48 servers on radix 64 non-blocking: a leaf takes at most 32 → 2 leaves per rail, 24 servers each.
     * 96 servers → 2 SU × 8 rails × 2 = 32 leaves; U = 24; S | 24 with 32 × 24 / S ≤ 64 → S ≥ 12 → 12;
     * 2 links per pair; leaf–spine links 32 × 24 = 768.
     */
    @Test
    void unitLargerThanALeafSplitsEachRail() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 48, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(96, 8, 8), spec);

        assertEquals(32, fabric.count(DeviceRole.LEAF));
        assertEquals(12, fabric.count(DeviceRole.SPINE));
        assertEquals(Map.of("server-leaf", 768, "leaf-spine", 768), fabric.linkCountsByTier());
        assertEquals(2, FabricChecks.layersAreBalanced(fabric));
        assertEquals(List.of("su01-leaf-rail1-1", "su01-leaf-rail1-2", "su01-leaf-rail2-1"),
                fabric.devices(DeviceRole.LEAF).subList(0, 3).stream().map(Device::id).toList());
        // su01-srv025 is the first server of the second half: down port 1 of su01-leaf-rail1-2.
        LogicalLink link = fabric.links().get(24 * 8);
        assertEquals(List.of("su01-srv025", 1, "su01-leaf-rail1-2", 1), List.of(link.fromDeviceId(),
                link.fromPort(), link.toDeviceId(), link.toPort()));
    }

    /*
     * 40 servers in SUs of 32: the second SU has 8 servers but still one leaf per rail, so 16 leaves.
     * U = 32; S | 32 with 16 × 32 / S ≤ 64 → S = 8; 4 links per pair.
     */
    @Test
    void partialLastUnit() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 32, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(40, 8, 8), spec);

        assertEquals(16, fabric.count(DeviceRole.LEAF));
        assertEquals(8, fabric.count(DeviceRole.SPINE));
        assertEquals(4, FabricChecks.layersAreBalanced(fabric));
        assertEquals(8, fabric.links().stream().filter(l -> l.toDeviceId().equals("su02-leaf-rail5")).count());
    }

    /* serversPerUnit 0: a unit is what one leaf carries (32 at radix 64, 1:1); 16 rails are padded to 2 digits. */
    @Test
    void defaultUnitSizeAndWideRailIds() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 0, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(64, 8, 16), spec);

        assertEquals(32, fabric.count(DeviceRole.LEAF));
        assertTrue(fabric.devices(DeviceRole.LEAF).stream().anyMatch(d -> d.id().equals("su02-leaf-rail16")));
        assertEquals("su01-leaf-rail01", fabric.devices(DeviceRole.LEAF).get(0).id());
        FabricChecks.layersAreBalanced(fabric);
    }

    /*
     * About 100k GPUs: 12,500 servers × 8 GPUs × 8 NICs, SUs of 32, radix 128 × 400G, non-blocking.
     * 391 SU (last has 20 servers) → 3,128 leaves, each 32 down / 32 up. 3,128 > 128 → core tier.
     * Spines 64 down / 64 up; pods of 8 SU = 64 leaves; Sp | 32 with 64 × 32 / Sp ≤ 64 → 32; pods = ⌈3128/64⌉
     * = 49 → 1,568 spines. C | 64 with 49 × 64 / C ≤ 128 → C ≥ 24.5 → 32; 32 groups × 32 = 1,024 cores.
     * Links: 100,000; 3,128 × 32 = 100,096; 1,568 × 64 = 100,352.
     */
    @Test
    void hundredThousandGpus() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.rail(128, 400, 1.0, 32, Fixtures.tiers(400, 1, 1, 1));
        LogicalFabric fabric = new RailOptimizedGenerator().generate(new ClusterSpec(12_500, 8, 8), spec,
                Fixtures.FLOOR);

        assertEquals(100_000L, fabric.gpus());
        assertEquals(List.of(12_500, 3_128, 1_568, 1_024), List.of(fabric.count(DeviceRole.SERVER),
                fabric.count(DeviceRole.LEAF), fabric.count(DeviceRole.SPINE), fabric.count(DeviceRole.CORE)));
        assertEquals(Map.of("server-leaf", 100_000, "leaf-spine", 100_096, "spine-core", 100_352),
                fabric.linkCountsByTier());
        assertEquals("su391-srv020", fabric.devices(DeviceRole.SERVER).get(12_499).id());
        assertEquals(300_448, fabric.graph().edgeSet().size());
        assertEquals(18_220, fabric.graph().vertexSet().size());
    }
}
