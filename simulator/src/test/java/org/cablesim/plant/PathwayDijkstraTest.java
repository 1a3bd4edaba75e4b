package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

/** The array Dijkstra against JGraphT's on a floor with many equal-length alternatives (a grid of trays). */
class PathwayDijkstraTest {

    /*
     * 72 servers in 24 racks over 3 rows plus the network rows, with patching racks in rows 0 and 1: from every
     * node to every node, the same edges in the same order and the same length bit for bit as JGraphT's
     * DijkstraShortestPath (whose ties the grid's many equal detours exercise).
     */
    @Test
    void routesAreJGraphTsEdgeForEdge() {
        PathwayGraph pathways = PathwayGraph.build(PlantFixtures.rail(72, 24, "400GBASE-DR4", 400, 1),
                PlantFixtures.floor(3), Set.of(0, 1));
        PathwayDijkstra ours = new PathwayDijkstra(new PathwayDijkstra.Adjacency(pathways));
        DijkstraShortestPath<PathwayNode, PathwayEdge> theirs = new DijkstraShortestPath<>(pathways.graph());
        int nodes = pathways.nodes().size();
        assertTrue(nodes > 50, "nodes " + nodes);
        int compared = 0;
        for (int s = 0; s < nodes; s++) {
            ours.run(s);
            SingleSourcePaths<PathwayNode, PathwayEdge> tree = theirs.getPaths(pathways.node(s));
            for (int t = 0; t < nodes; t++) {
                if (t == s) {
                    continue;
                }
                GraphPath<PathwayNode, PathwayEdge> path = tree.getPath(pathways.node(t));
                Route route = ours.routeTo(t);
                int[] ids = path.getEdgeList().stream().mapToInt(PathwayEdge::id).toArray();
                assertArrayEquals(ids, route.edgeIds(), s + " -> " + t);
                assertEquals(Double.doubleToRawLongBits(path.getWeight()), Double.doubleToRawLongBits(route.lengthM()));
                compared++;
            }
        }
        assertEquals(nodes * (nodes - 1), compared);
    }
}
