package org.cablesim.plant;

import java.util.TreeSet;

/** The pathway segments a routed channel's cables run along: its cords', jumpers' and trunk's (or assembly's). */
public final class ChannelRoutes {
    private ChannelRoutes() {
    }

    /**
     * The pathway edges (ids as in {@link PathwayGraph#edges()}) under any cable of a routed channel, ascending.
     * Cords run from the device's rack to the panels of their end, the trunk between its two panel locations, a
     * direct assembly between the two device racks; cross-connect jumpers stay in one rack.
     *
     * @param plan the routed plan
     * @param sub  the channel, 0..{@link CablingPlan#subChannelCount()}−1
     * @return the edge ids, ascending, without repeats
     */
    public static int[] edgesOf(CablingPlan plan, int sub) {
        PlantLayout layout = plan.layout();
        int link = layout.subLink()[sub];
        int lower = layout.linkLowerNode()[link];
        int upper = layout.linkUpperNode()[link];
        int t = layout.subTrunk()[sub];
        TreeSet<Integer> edges = new TreeSet<>();
        if (t < 0) {
            add(edges, plan.routeTable().route(lower, upper));
        } else {
            int near = plan.stackNode(layout.trunkNearStack()[t]);
            int far = plan.stackNode(layout.trunkFarStack()[t]);
            add(edges, plan.routeTable().route(lower, near));
            add(edges, plan.routeTable().route(near, far));
            add(edges, plan.routeTable().route(far, upper));
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void add(TreeSet<Integer> edges, Route route) {
        for (int e : route.edgeIds()) {
            edges.add(e);
        }
    }
}
