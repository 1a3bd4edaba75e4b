package org.cablesim.plant;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.jgrapht.Graph;
import org.jheaps.AddressableHeap;
import org.jheaps.tree.PairingHeap;

/**
 * Single-source shortest routes on a {@link PathwayGraph}, found exactly as JGraphT's {@code DijkstraShortestPath}
 * finds them: the same pairing heap given the same operations in the same order (insert, delete-min, decrease-key,
 * the edges of a node in the graph's order), so equal-length alternatives resolve alike, and a route's length summed
 * from its far end as JGraphT sums it; but on arrays indexed by node and edge id instead of hash maps keyed by node
 * and edge objects, which took most of the routing time of a large floor. The graph's adjacency is read once
 * ({@link Adjacency}); each thread runs its own instance.
 */
final class PathwayDijkstra {
    /** The graph's edges per node, in the order the graph lists them, with their far ends and lengths. */
    static final class Adjacency {
        private final int[] start;
        private final int[] edge;
        private final int[] other;
        private final double[] lengthM;
        private final int[] ends;

        Adjacency(PathwayGraph pathways) {
            Graph<PathwayNode, PathwayEdge> g = pathways.graph();
            List<PathwayNode> nodes = pathways.nodes();
            List<PathwayEdge> edges = pathways.edges();
            start = new int[nodes.size() + 1];
            edge = new int[2 * edges.size()];
            other = new int[2 * edges.size()];
            lengthM = new double[edges.size()];
            ends = new int[2 * edges.size()];
            for (PathwayEdge e : edges) {
                lengthM[e.id()] = g.getEdgeWeight(e);
                ends[2 * e.id()] = g.getEdgeSource(e).id();
                ends[2 * e.id() + 1] = g.getEdgeTarget(e).id();
            }
            int k = 0;
            for (PathwayNode v : nodes) {
                start[v.id()] = k;
                for (PathwayEdge e : g.outgoingEdgesOf(v)) {
                    edge[k] = e.id();
                    other[k] = opposite(e.id(), v.id());
                    k++;
                }
            }
            start[nodes.size()] = k;
        }

        /** The end of edge {@code e} that is not node {@code v} (as JGraphT's {@code Graphs.getOppositeVertex}). */
        int opposite(int e, int v) {
            return ends[2 * e] == v ? ends[2 * e + 1] : ends[2 * e];
        }
    }

    private final Adjacency adjacency;
    /** Per node of the last run: its heap entry (null when not reached), holding its distance. */
    private final AddressableHeap.Handle<Double, Integer>[] entry;
    /** Per node of the last run: the edge it was reached by, −1 for the source. */
    private final int[] via;
    private int source = -1;

    @SuppressWarnings("unchecked")
    PathwayDijkstra(Adjacency adjacency) {
        this.adjacency = adjacency;
        int nodes = adjacency.start.length - 1;
        this.entry = new AddressableHeap.Handle[nodes];
        this.via = new int[nodes];
    }

    /** Finds the shortest routes from node {@code from} to every node it reaches. */
    void run(int from) {
        run(from, e -> true);
    }

    /** Finds the shortest routes from node {@code from} to every node it reaches along the edges {@code usable} takes. */
    void run(int from, IntPredicate usable) {
        Arrays.fill(entry, null);
        source = from;
        AddressableHeap<Double, Integer> heap = new PairingHeap<>();
        reach(heap, from, -1, 0d);
        while (!heap.isEmpty()) {
            AddressableHeap.Handle<Double, Integer> settled = heap.deleteMin();
            int v = settled.getValue();
            double distance = settled.getKey();
            for (int k = adjacency.start[v]; k < adjacency.start[v + 1]; k++) {
                int e = adjacency.edge[k];
                if (usable.test(e)) {
                    reach(heap, adjacency.other[k], e, distance + adjacency.lengthM[e]);
                }
            }
        }
    }

    private void reach(AddressableHeap<Double, Integer> heap, int v, int e, double distance) {
        AddressableHeap.Handle<Double, Integer> h = entry[v];
        if (h == null) {
            entry[v] = heap.insert(distance, v);
            via[v] = e;
        } else if (distance < h.getKey()) {
            h.decreaseKey(distance);
            via[v] = e;
        }
    }

    /** The route of the last run to node {@code target} (not its source), or null when it is not reached. */
    Route routeTo(int target) {
        if (entry[target] == null) {
            return null;
        }
        int hops = 0;
        for (int v = target; v != source; v = adjacency.opposite(via[v], v)) {
            hops++;
        }
        int[] ids = new int[hops];
        double lengthM = 0;
        int v = target;
        for (int i = hops - 1; i >= 0; i--) {
            int e = via[v];
            ids[i] = e;
            lengthM += adjacency.lengthM[e];
            v = adjacency.opposite(e, v);
        }
        return new Route(lengthM, ids);
    }
}
