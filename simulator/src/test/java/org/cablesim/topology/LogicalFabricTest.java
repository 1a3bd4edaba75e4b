package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.cablesim.scenario.Topology;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/** The fabric's accessors and its JGraphT view. */
class LogicalFabricTest {

    @Test
    void graphIsAnUnmodifiableDirectedMultigraph() throws FabricInfeasibleException {
        LogicalFabric fabric = Fixtures.superPod(1);
        Graph<Device, LogicalLink> g = fabric.graph();

        assertEquals(32 + 8 + 4, g.vertexSet().size());
        assertEquals(256 + 256, g.edgeSet().size());
        assertTrue(g.getType().isDirected() && g.getType().isAllowingMultipleEdges());
        Device leaf = fabric.device("su01-leaf-rail1");
        Device spine = fabric.device("spine-001");
        // 32 uplinks over 4 spines: 8 parallel edges, each a distinct link, all pointing upwards.
        assertEquals(8, g.getAllEdges(leaf, spine).size());
        assertEquals(0, g.getAllEdges(spine, leaf).size());
        assertEquals(32, g.inDegreeOf(leaf));
        assertEquals(32, g.outDegreeOf(leaf));
        assertThrows(UnsupportedOperationException.class, () -> g.removeVertex(leaf));
        assertSame(g, fabric.graph(), "built once");
    }

    @Test
    void generationIsDeterministic() throws FabricInfeasibleException {
        LogicalFabric a = Fixtures.superPod(3);
        LogicalFabric b = Fixtures.superPod(3);
        assertEquals(a.devices(), b.devices());
        assertEquals(a.links(), b.links());
        assertEquals(a.racks(), b.racks());
    }

    @Test
    void lookups() throws FabricInfeasibleException {
        LogicalFabric fabric = Fixtures.superPod(1);
        assertEquals(DeviceRole.LEAF, fabric.device("su01-leaf-rail3").role());
        assertThrows(NoSuchElementException.class, () -> fabric.device("su01-leaf-rail9"));
        assertEquals(32, fabric.servers());
        assertEquals(256, fabric.gpus());
        assertEquals(4, fabric.devices(DeviceRole.SPINE).size());
        for (DeviceRole role : DeviceRole.values()) {
            for (int i = 0; i < fabric.count(role); i++) {
                assertEquals(i, fabric.devices(role).get(i).index());
            }
        }
        assertThrows(UnsupportedOperationException.class, () -> fabric.links().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> fabric.devices().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> fabric.linkCountsByTier().put("x", 1));
    }

    @Test
    void generatorsByTopology() {
        assertInstanceOf(LeafSpineGenerator.class, FabricGenerators.forTopology(Topology.LEAF_SPINE));
        assertInstanceOf(RailOptimizedGenerator.class, FabricGenerators.forTopology(Topology.RAIL_OPTIMIZED));
    }
}
