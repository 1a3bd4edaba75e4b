package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cablesim.scenario.TraySpec;

/**
 * Moves the cable bundles of rack pairs off tray segments filled beyond their limit onto the next-shortest path whose
 * segments all have room (TIA-569: a tray is not filled past its fill ratio; the installer takes the next tray run).
 * Each rack pair's cables stay one bundle on one path. Overfull segments are relieved in edge order, the largest
 * bundles first (ties by pair number); a bundle moves only when a path with room exists that is at most
 * {@link #MAX_DETOUR_M} longer; drops cannot be avoided and are never the reason for a move. In a growth phase the
 * bundles of the phase before are installed: they keep their routes and only new rack pairs move. What cannot be moved
 * stays and is reported as a {@code tray-fill} violation by {@link PathwayFill}. Deterministic: equal inputs give
 * equal routes.
 */
final class TraySpill {
    /** The longest detour a bundle takes to avoid a full segment, metres. */
    static final double MAX_DETOUR_M = 30;

    private final PathwayDijkstra dijkstra;
    private final double[] capacityMm2;
    private final boolean[] drop;

    private TraySpill(PathwayGraph pathways, TraySpec trays) {
        this.dijkstra = new PathwayDijkstra(new PathwayDijkstra.Adjacency(pathways));
        int edges = pathways.edges().size();
        capacityMm2 = new double[edges];
        drop = new boolean[edges];
        for (PathwayEdge e : pathways.edges()) {
            capacityMm2[e.id()] = PathwayFill.capacityMm2(trays, e.kind());
            drop[e.id()] = e.kind() == PathwayEdge.Kind.DROP;
        }
    }

    /**
     * The routes with bundles moved off overfull segments; the same table when nothing is overfull.
     *
     * @param pairAreaMm2 per pair (by its number in the route table), the summed cross-section of its cables, mm²
     * @param installed   the routes of the phase before (its pairs keep them and never move), or null
     */
    static RouteTable spill(PathwayGraph pathways, TraySpec trays, RouteTable routes, double[] pairAreaMm2,
            RouteTable installed) {
        return new TraySpill(pathways, trays).relieve(routes, pairAreaMm2, installed);
    }

    private RouteTable relieve(RouteTable routes, double[] pairAreaMm2, RouteTable installed) {
        int pairs = pairAreaMm2.length;
        Route[] current = new Route[pairs];
        boolean[] pinned = new boolean[pairs];
        boolean moved = false;
        double[] fill = new double[drop.length];
        for (int i = 0; i < pairs; i++) {
            current[i] = routes.routeAt(i);
            long ends = routes.endsAt(i);
            int before = installed == null ? -1 : installed.indexOf(RouteTable.first(ends), RouteTable.second(ends));
            if (before >= 0) {
                pinned[i] = true;
                Route laid = installed.routeAt(before);
                moved |= !Arrays.equals(laid.edgeIds(), current[i].edgeIds());
                current[i] = laid;
            }
            for (int e : current[i].edgeIds()) {
                fill[e] += pairAreaMm2[i];
            }
        }
        for (int e = 0; e < fill.length; e++) {
            if (drop[e] || fill[e] <= capacityMm2[e]) {
                continue;
            }
            for (int i : bundlesAlong(e, current, pairAreaMm2, pinned)) {
                if (fill[e] <= capacityMm2[e]) {
                    break;
                }
                double area = pairAreaMm2[i];
                for (int x : current[i].edgeIds()) {
                    fill[x] -= area;
                }
                Route detour = shortestWithRoom(routes.endsAt(i), fill, area,
                        current[i].lengthM() + MAX_DETOUR_M);
                if (detour != null) {
                    current[i] = detour;
                    moved = true;
                }
                for (int x : current[i].edgeIds()) {
                    fill[x] += area;
                }
            }
        }
        return moved ? routes.withRoutes(current) : routes;
    }

    /** The pairs free to move whose route runs along edge {@code e}, largest bundle first (ties by pair number). */
    private static List<Integer> bundlesAlong(int e, Route[] current, double[] pairAreaMm2, boolean[] pinned) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            if (!pinned[i] && pairAreaMm2[i] > 0 && contains(current[i].edgeIds(), e)) {
                out.add(i);
            }
        }
        out.sort((a, b) -> pairAreaMm2[a] != pairAreaMm2[b] ? Double.compare(pairAreaMm2[b], pairAreaMm2[a])
                : Integer.compare(a, b));
        return out;
    }

    private static boolean contains(int[] ids, int e) {
        for (int id : ids) {
            if (id == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shortest route between a pair's ends over drops and the tray segments that still take {@code area} more,
     * or null when none is at most {@code maxLengthM} long.
     */
    private Route shortestWithRoom(long ends, double[] fill, double area, double maxLengthM) {
        dijkstra.run(RouteTable.first(ends), e -> drop[e] || fill[e] + area <= capacityMm2[e]);
        Route route = dijkstra.routeTo(RouteTable.second(ends));
        return route != null && route.lengthM() <= maxLengthM ? route : null;
    }
}
