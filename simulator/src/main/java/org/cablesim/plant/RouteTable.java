package org.cablesim.plant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Shortest routes between the rack pairs a plant needs. A 100k-GPU fabric has ~200k links but only thousands of
 * distinct rack pairs, so pairs are routed once each, grouped by source: single-source Dijkstra runs from the rack
 * that appears in the most unresolved pairs, resolving all of them, until none is left.
 */
final class RouteTable {
    private final PairIndex pairs;
    /** Route of each pair, by its number in {@link #pairs}. */
    private final Route[] routes;

    private RouteTable(PairIndex pairs, Route[] routes) {
        this.pairs = pairs;
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
    static RouteTable compute(PathwayGraph pathways, PairIndex pairs) {
        Route[] routes = new Route[pairs.size()];
        Map<Integer, List<Integer>> byNode = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            long p = pairs.key(i);
            if (first(p) == second(p)) {
                routes[i] = Route.IN_RACK;
                continue;
            }
            byNode.computeIfAbsent(first(p), k -> new ArrayList<>()).add(i);
            byNode.computeIfAbsent(second(p), k -> new ArrayList<>()).add(i);
        }
        List<Integer> sources = new ArrayList<>(byNode.keySet());
        // Most-shared racks first (ties by id, for determinism): few Dijkstra runs cover every pair. A pair is
        // routed from the first of its two racks in this order, whatever the order the pairs were added in.
        sources.sort((a, b) -> byNode.get(a).size() != byNode.get(b).size()
                ? Integer.compare(byNode.get(b).size(), byNode.get(a).size()) : Integer.compare(a, b));
        DijkstraShortestPath<PathwayNode, PathwayEdge> dijkstra = new DijkstraShortestPath<>(pathways.graph());
        for (int source : sources) {
            List<Integer> open = new ArrayList<>();
            for (int i : byNode.get(source)) {
                if (routes[i] == null) {
                    open.add(i);
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            SingleSourcePaths<PathwayNode, PathwayEdge> tree = dijkstra.getPaths(pathways.node(source));
            for (int i : open) {
                long p = pairs.key(i);
                int target = first(p) == source ? second(p) : first(p);
                GraphPath<PathwayNode, PathwayEdge> path = tree.getPath(pathways.node(target));
                if (path == null) {
                    throw new IllegalStateException("no pathway between " + pathways.node(source).label() + " and "
                            + pathways.node(target).label());
                }
                List<PathwayEdge> edges = path.getEdgeList();
                int[] ids = new int[edges.size()];
                for (int e = 0; e < ids.length; e++) {
                    ids[e] = edges.get(e).id();
                }
                routes[i] = new Route(path.getWeight(), ids);
            }
        }
        return new RouteTable(pairs, routes);
    }

    /** The route of the pair numbered {@code i} in the pair index. */
    Route routeAt(int i) {
        return routes[i];
    }

    /** The node ids of the pair numbered {@code i}, as a {@link #pair} key. */
    long endsAt(int i) {
        return pairs.key(i);
    }

    /** Pairs routed. */
    int size() {
        return routes.length;
    }

    /** The number of the pair {a, b} in this table, or −1. */
    int indexOf(int a, int b) {
        return pairs.indexOf(pair(a, b));
    }

    /** The same pairs on other routes, by pair number. */
    RouteTable withRoutes(Route[] replaced) {
        if (replaced.length != routes.length) {
            throw new IllegalArgumentException("one route per pair");
        }
        return new RouteTable(pairs, replaced.clone());
    }

    /** The route between two node ids; the pair must have been routed. */
    Route route(int a, int b) {
        int i = indexOf(a, b);
        if (i < 0) {
            throw new IllegalStateException("pair " + a + "-" + b + " was not routed");
        }
        return routes[i];
    }
}
