package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Shortest routes between the rack pairs a plant needs. A 100k-GPU fabric has ~200k links but only thousands of
 * distinct rack pairs, so pairs are routed once each, grouped by source: single-source Dijkstra runs from the rack
 * that appears in the most unresolved pairs, resolving all of them, until none is left.
 */
final class RouteTable {
    private final Map<Long, Route> routes;

    private RouteTable(Map<Long, Route> routes) {
        this.routes = routes;
    }

    /** Key of the unordered pair {a, b} of node ids. */
    static long pair(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    /** Routes every pair (keys from {@link #pair}); equal inputs give equal routes. */
    static RouteTable compute(PathwayGraph pathways, Collection<Long> pairs) {
        Map<Long, Route> routes = new HashMap<>(pairs.size() * 2);
        Map<Integer, List<Long>> byNode = new HashMap<>();
        for (long p : new LinkedHashSet<>(pairs)) {
            if (first(p) == second(p)) {
                routes.put(p, Route.IN_RACK);
                continue;
            }
            byNode.computeIfAbsent(first(p), k -> new ArrayList<>()).add(p);
            byNode.computeIfAbsent(second(p), k -> new ArrayList<>()).add(p);
        }
        List<Integer> sources = new ArrayList<>(byNode.keySet());
        // Most-shared racks first (ties by id, for determinism): few Dijkstra runs cover every pair.
        sources.sort((a, b) -> byNode.get(a).size() != byNode.get(b).size()
                ? Integer.compare(byNode.get(b).size(), byNode.get(a).size()) : Integer.compare(a, b));
        DijkstraShortestPath<PathwayNode, PathwayEdge> dijkstra = new DijkstraShortestPath<>(pathways.graph());
        for (int source : sources) {
            Set<Long> open = new LinkedHashSet<>();
            for (long p : byNode.get(source)) {
                if (!routes.containsKey(p)) {
                    open.add(p);
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            SingleSourcePaths<PathwayNode, PathwayEdge> tree = dijkstra.getPaths(pathways.node(source));
            for (long p : open) {
                int target = first(p) == source ? second(p) : first(p);
                GraphPath<PathwayNode, PathwayEdge> path = tree.getPath(pathways.node(target));
                if (path == null) {
                    throw new IllegalStateException("no pathway between " + pathways.node(source).label() + " and "
                            + pathways.node(target).label());
                }
                List<PathwayEdge> edges = path.getEdgeList();
                int[] ids = new int[edges.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = edges.get(i).id();
                }
                routes.put(p, new Route(path.getWeight(), ids));
            }
        }
        return new RouteTable(routes);
    }

    /** The route between two node ids; the pair must have been routed. */
    Route route(int a, int b) {
        Route r = routes.get(pair(a, b));
        if (r == null) {
            throw new IllegalStateException("pair " + a + "-" + b + " was not routed");
        }
        return r;
    }
}
