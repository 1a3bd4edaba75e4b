package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.junit.jupiter.api.Test;

/** Leaf-spine fabrics with counts worked out by hand. */
class LeafSpineGeneratorTest {

    private static LogicalFabric generate(ClusterSpec cluster, FabricSpec spec) throws FabricInfeasibleException {
        LogicalFabric fabric = new LeafSpineGenerator().generate(cluster, spec, Fixtures.FLOOR);
        FabricChecks.portsAreConsistent(fabric, spec);
        FabricChecks.linksAreOrdered(fabric);
        return fabric;
    }

    /*
     * 64 servers × 8 NICs, radix 64 × 400G, 1:1, no breakout.
     * Leaf: largest D with D × 400 ≤ 1 × (64 − D) × 400 → D = 32 down ports → 32 / 8 = 4 servers per leaf.
     * Leaves = 64 / 4 = 16. Up ports U = ⌈32 × 400 / 400⌉ = 32.
     * Spines: smallest S | 32 with 16 × 32 / S ≤ 64 → S ≥ 8 → S = 8; 32 / 8 = 4 links per leaf–spine pair;
     * each spine uses 16 × 4 = 64 ports. Links: 64 × 8 = 512 server–leaf, 16 × 32 = 512 leaf–spine.
     */
    @Test
    void nonBlocking() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.leafSpine(64, 400, 1.0, 0, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(64, 8, 8), spec);

        assertEquals(16, fabric.count(DeviceRole.LEAF));
        assertEquals(8, fabric.count(DeviceRole.SPINE));
        assertEquals(Map.of("server-leaf", 512, "leaf-spine", 512), fabric.linkCountsByTier());
        assertEquals(4, FabricChecks.layersAreBalanced(fabric));
        // srv-0002 is the leaf's 2nd server: its NIC 3 is the leaf's 8 + 3 = 11th down port.
        LogicalLink nic = fabric.links().get(8 + 2);
        assertEquals(List.of("srv-0002", 3, "leaf-001", 11, 1), List.of(nic.fromDeviceId(), nic.fromPort(),
                nic.toDeviceId(), nic.toPort(), nic.switchPortBreakoutLane()));
        // leaf-002's 10th uplink (port 32 + 10) stripes to spine 10 mod 8 = 2 as its 2nd parallel link there;
        // leaf-002 holds ports 5..8 of every spine, so that is port 6 of spine-002.
        LogicalLink up = fabric.links().get(512 + 32 + 9);
        assertEquals(List.of("leaf-002", 42, "spine-002", 6), List.of(up.fromDeviceId(), up.fromPort(),
                up.toDeviceId(), up.toPort()));
        assertEquals("L000554", up.id());
    }

    /*
     * Same cluster at 3:1. Leaf: D × 400 ≤ 3 × (64 − D) × 400 → 4D ≤ 192 → D = 48 → 6 servers per leaf.
     * Leaves = ⌈64 / 6⌉ = 11 (the last has 4 servers). U = ⌈48 × 400 / (3 × 400)⌉ = 16.
     * Spines: S | 16 with 11 × 16 / S ≤ 64 → S ≥ 2.75 → S = 4; 4 links per pair; 176 leaf–spine links.
     */
    @Test
    void threeToOne() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.leafSpine(64, 400, 3.0, 0, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(64, 8, 8), spec);

        assertEquals(11, fabric.count(DeviceRole.LEAF));
        assertEquals(4, fabric.count(DeviceRole.SPINE));
        assertEquals(Map.of("server-leaf", 512, "leaf-spine", 176), fabric.linkCountsByTier());
        assertEquals(4, FabricChecks.layersAreBalanced(fabric));
        long onLastLeaf = fabric.links().stream().filter(l -> l.toDeviceId().equals("leaf-011")).count();
        assertEquals(4 * 8, onLastLeaf);
        // Uplinks start right after the 48 designed down ports.
        assertEquals(49, fabric.links().get(512).fromPort());
    }

    /*
     * 90 servers × 4 NICs, radix 64 × 400G, 1.5:1. D × 400 ≤ 1.5 × (64 − D) × 400 → 2.5 D ≤ 96 → D = 38
     * → ⌊38 / 4⌋ = 9 servers (36 links) per leaf; leaves = 10; U = ⌈36 / 1.5⌉ = 24 (36:24 is exactly 1.5:1).
     * Spines: S | 24 with 10 × 24 / S ≤ 64 → S ≥ 3.75 → S = 4; 6 links per pair; 240 leaf–spine links.
     */
    @Test
    void fractionalOversubscription() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.leafSpine(64, 400, 1.5, 0, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(90, 8, 4), spec);

        assertEquals(10, fabric.count(DeviceRole.LEAF));
        assertEquals(4, fabric.count(DeviceRole.SPINE));
        assertEquals(Map.of("server-leaf", 360, "leaf-spine", 240), fabric.linkCountsByTier());
        assertEquals(6, FabricChecks.layersAreBalanced(fabric));
    }

    /*
     * 800G switch ports as 2 × 400G (breakout 2) on both tiers; 256 servers × 8 NICs, radix 64, 1:1.
     * Leaf: D × 800 ≤ (64 − D) × 800 → D = 32 ports = 64 NIC links → 8 servers per leaf; 32 leaves.
     * U = ⌈64 × 400 / 800⌉ = 32 ports. S | 32 with 32 × 32 / S ≤ 64 → S = 16: each leaf–spine pair has
     * 2 ports × 2 lanes = 4 links; leaf–spine links = 32 × 32 × 2 = 2048 = NIC links.
     */
    @Test
    void twinPortBreakout() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.leafSpine(64, 800, 1.0, 0, Fixtures.tiers(400, 2, 2));
        LogicalFabric fabric = generate(new ClusterSpec(256, 8, 8), spec);

        assertEquals(32, fabric.count(DeviceRole.LEAF));
        assertEquals(16, fabric.count(DeviceRole.SPINE));
        assertEquals(Map.of("server-leaf", 2048, "leaf-spine", 2048), fabric.linkCountsByTier());
        assertEquals(4, FabricChecks.layersAreBalanced(fabric));
        // srv-0001 NIC 2 shares leaf port 1 with NIC 1, on lane 2.
        LogicalLink nic2 = fabric.links().get(1);
        assertEquals(List.of(1, 2), List.of(nic2.toPort(), nic2.switchPortBreakoutLane()));
        // Uplinks start after 32 down ports; both lanes of leaf port 33 go to port 1 of spine-001.
        LogicalLink lane1 = fabric.links().get(2048);
        LogicalLink lane2 = fabric.links().get(2049);
        assertEquals(List.of(33, "spine-001", 1, 1), List.of(lane1.fromPort(), lane1.toDeviceId(), lane1.toPort(),
                lane1.switchPortBreakoutLane()));
        assertEquals(List.of(33, "spine-001", 1, 2), List.of(lane2.fromPort(), lane2.toDeviceId(), lane2.toPort(),
                lane2.switchPortBreakoutLane()));
    }

    /*
     * 3 tiers: 160 servers × 1 NIC, radix 16 × 100G, 1:1. D = 8 → 8 servers per leaf, 20 leaves > 16 → core.
     * U = 8. Spines 8 down / 8 up; pods of 8 leaves; Sp | 8 with 8 × 8 / Sp ≤ 8 → Sp = 8; pods = ⌈20/8⌉ = 3
     * (8, 8, 4 leaves) → 24 spines. Spine up ports = 8; core group size C | 8 with 3 × 8 / C ≤ 16 → C = 2;
     * 8 groups × 2 = 16 cores, each using 3 × 4 = 12 ports. Links: 160, 20 × 8 = 160, 24 × 8 = 192 (spines of
     * the partial pod keep full uplinks so the core does not change when the pod fills up).
     */
    @Test
    void threeTiers() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.leafSpine(16, 100, 1.0, 0, Fixtures.tiers(100, 1, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(160, 1, 1), spec);

        assertEquals(List.of(160, 20, 24, 16), List.of(fabric.count(DeviceRole.SERVER),
                fabric.count(DeviceRole.LEAF), fabric.count(DeviceRole.SPINE), fabric.count(DeviceRole.CORE)));
        assertEquals(Map.of("server-leaf", 160, "leaf-spine", 160, "spine-core", 192), fabric.linkCountsByTier());
        assertEquals(1, FabricChecks.layersAreBalanced(fabric));
        assertEquals(3, fabric.device("leaf-020").unit(), "leaf-020 is in the 3rd pod");
        assertEquals(3, fabric.device("spine-017").unit());
        long corePorts = fabric.links().stream().filter(l -> l.toDeviceId().equals("core-016")).count();
        assertEquals(12, corePorts);
    }

    /*
     * Explicit serversPerLeaf below the maximum: 10 servers, 2 per leaf → 5 leaves, U = 2 × 8 = 16 (sized to
     * the 16 links actually served, not the 32 a leaf could take). S | 16 with 5 × 16 / S ≤ 64 → S ≥ 1.25 → 2;
     * 8 links per pair, 40 ports per spine.
     */
    @Test
    void explicitServersPerLeaf() throws FabricInfeasibleException {
        FabricSpec spec = Fixtures.leafSpine(64, 400, 1.0, 2, Fixtures.tiers(400, 1, 1));
        LogicalFabric fabric = generate(new ClusterSpec(10, 8, 8), spec);

        assertEquals(5, fabric.count(DeviceRole.LEAF));
        assertEquals(2, fabric.count(DeviceRole.SPINE));
        assertEquals(8, FabricChecks.layersAreBalanced(fabric));
    }
}
