package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.junit.jupiter.api.Test;

/** Impossible inputs name the field to blame and say why. */
class FabricInfeasibleTest {

    private static FabricInfeasibleException failure(ClusterSpec cluster, FabricSpec spec) {
        return assertThrows(FabricInfeasibleException.class,
                () -> FabricGenerators.forTopology(spec.topology()).generate(cluster, spec, Fixtures.FLOOR));
    }

    private static void assertMentions(FabricInfeasibleException e, String... words) {
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), () -> "'" + w + "' missing from: " + e.getMessage());
        }
    }

    /* 16 SU = 128 leaves > radix 64: no spine has a port for every leaf. */
    @Test
    void coreTierNeededButMissing() {
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 32, Fixtures.tiers(400, 1, 1));
        FabricInfeasibleException e = failure(new ClusterSpec(16 * 32, 8, 8), spec);
        assertEquals("fabric.tiers", e.path());
        assertMentions(e, "3-tier", "128 leaves", "radix 64", "fabric.tiers[2]");
    }

    /*
     * 12,500 servers in SUs of 32 at radix 64: 391 SU × 8 = 3,128 leaves in pods of 32 → 98 pods, but a core of
     * radix 64 joins at most 64 pods (2,048 leaves = 256 SU = 8,192 servers).
     */
    @Test
    void tooBigForThreeTiers() {
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 32, Fixtures.tiers(400, 1, 1, 1));
        FabricInfeasibleException e = failure(new ClusterSpec(12_500, 8, 8), spec);
        assertEquals("cluster.servers", e.path());
        assertMentions(e, "3128 leaves", "98 pods", "at most 64 pods", "2048 leaves", "8192 servers");
    }

    /* 2 × 400G on a 400G port. */
    @Test
    void breakoutBeyondPortSpeed() {
        FabricSpec spec = Fixtures.leafSpine(64, 400, 1.0, 0, Fixtures.tiers(400, 2, 1));
        FabricInfeasibleException e = failure(new ClusterSpec(8, 8, 8), spec);
        assertEquals("fabric.tiers[0].breakout", e.path());
        assertMentions(e, "800 Gb/s", "only 400 Gb/s");
    }

    /* Radix 8 non-blocking: 4 down ports cannot take the 8 NICs of one server on a single ToR. */
    @Test
    void serverDoesNotFitOneLeaf() {
        FabricSpec spec = Fixtures.leafSpine(8, 400, 1.0, 0, Fixtures.tiers(400, 1, 1));
        FabricInfeasibleException e = failure(new ClusterSpec(8, 8, 8), spec);
        assertEquals("fabric.switchRadix", e.path());
        assertMentions(e, "8 NICs", "4 down ports", "rail-optimized");
    }

    /* 5 servers × 8 NICs = 40 links, but a radix-64 non-blocking leaf has 32 down ports. */
    @Test
    void tooManyServersPerLeaf() {
        FabricSpec spec = Fixtures.leafSpine(64, 400, 1.0, 5, Fixtures.tiers(400, 1, 1));
        FabricInfeasibleException e = failure(new ClusterSpec(40, 8, 8), spec);
        assertEquals("fabric.serversPerLeaf", e.path());
        assertMentions(e, "40 server links", "32", "at most 4 servers");
    }

    /* 800G NIC links against 100G uplinks on radix 4: 1 × 800 > 1 × 3 × 100, no leaf split exists. */
    @Test
    void noLeafSplit() {
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, "800G-DR8", 800, 1),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "100G-FR1", 100, 1));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 4, 800, 1.0, 1, 0, tiers);
        FabricInfeasibleException e = failure(new ClusterSpec(2, 8, 1), spec);
        assertEquals("fabric.switchRadix", e.path());
        assertMentions(e, "radix 4", "1 down port");
    }

    /* The core tier is only checked when it is needed: a bad third tier on a small fabric is ignored. */
    @Test
    void unneededCoreTierIsIgnored() throws FabricInfeasibleException {
        List<TierSpec> tiers = List.of(Fixtures.tiers(400, 1, 1).get(0), Fixtures.tiers(400, 1, 1).get(1),
                new TierSpec("spine-core", TierRole.SPINE_CORE, "x", 400, 8));
        FabricSpec spec = Fixtures.rail(64, 400, 1.0, 32, tiers);
        LogicalFabric fabric = new RailOptimizedGenerator().generate(new ClusterSpec(32, 8, 8), spec, Fixtures.FLOOR);
        assertEquals(2, fabric.tiers().size());
        assertEquals(0, fabric.count(DeviceRole.CORE));

        FabricInfeasibleException e = failure(new ClusterSpec(16 * 32, 8, 8), spec);
        assertEquals("fabric.tiers[2].breakout", e.path());
    }
}
