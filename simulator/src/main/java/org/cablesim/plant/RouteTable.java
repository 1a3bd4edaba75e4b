package org.cablesim.plant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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

    /**
     * Routes every pair (keys from {@link #pair}); equal inputs give equal routes, whatever the thread count: the
     * pairs are handed to their sources first, and each source's Dijkstra run fills only its own pairs.
     *
     * @param threads 1 for one thread; more runs the Dijkstra runs on the common fork-join pool
     */
    static RouteTable compute(PathwayGraph pathways, PairIndex pairs, int threads) {
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
        boolean[] handed = new boolean[pairs.size()];
        List<Integer> runs = new ArrayList<>();
        List<int[]> openOfRun = new ArrayList<>();
        for (int source : sources) {
            int[] open = byNode.get(source).stream().mapToInt(Integer::intValue).filter(i -> routes[i] == null
                    && !handed[i]).toArray();
            for (int i : open) {
                handed[i] = true;
            }
            if (open.length > 0) {
                runs.add(source);
                openOfRun.add(open);
            }
        }
        // Dijkstra runs are independent, and each writes only its own pairs' routes
        PathwayDijkstra.Adjacency adjacency = new PathwayDijkstra.Adjacency(pathways);
        ThreadLocal<PathwayDijkstra> dijkstra = ThreadLocal.withInitial(() -> new PathwayDijkstra(adjacency));
        IntStream all = IntStream.range(0, runs.size());
        (threads > 1 ? all.parallel() : all).forEach(r -> routeFrom(pathways, dijkstra.get(), runs.get(r),
                openOfRun.get(r), pairs, routes));
        return new RouteTable(pairs, routes);
    }

    /** One Dijkstra run from {@code source}: the routes of its {@code open} pairs. */
    private static void routeFrom(PathwayGraph pathways, PathwayDijkstra dijkstra, int source, int[] open,
            PairIndex pairs, Route[] routes) {
        dijkstra.run(source);
        for (int i : open) {
            long p = pairs.key(i);
            int target = first(p) == source ? second(p) : first(p);
            Route route = dijkstra.routeTo(target);
            if (route == null) {
                throw new IllegalStateException("no pathway between " + pathways.node(source).label() + " and "
                        + pathways.node(target).label());
            }
            routes[i] = route;
        }
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
