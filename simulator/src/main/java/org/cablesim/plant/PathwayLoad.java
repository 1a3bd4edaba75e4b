package org.cablesim.plant;

/** How many physical cables run along each pathway edge: every trunk, cord and assembly, by its route. */
final class PathwayLoad {
    private PathwayLoad() {
    }

    static int[] cablesPerEdge(PlantLayout layout, RouteTable routes, int edges) {
        int[] counts = new int[edges];
        for (int t = 0; t < layout.trunks(); t++) {
            add(routes, counts, layout.stackNode()[layout.trunkNearStack()[t]], layout.stackNode()[layout.trunkFarStack()[t]], 1);
        }
        for (int s = 0; s < layout.subChannels(); s++) {
            int link = layout.subLink()[s];
            int t = layout.subTrunk()[s];
            int lower = layout.linkLowerNode()[link];
            int upper = layout.linkUpperNode()[link];
            if (t < 0) {
                add(routes, counts, lower, upper, 1);
            } else {
                add(routes, counts, lower, layout.stackNode()[layout.trunkNearStack()[t]], 1);
                add(routes, counts, layout.stackNode()[layout.trunkFarStack()[t]], upper, 1);
            }
        }
        return counts;
    }

    private static void add(RouteTable routes, int[] counts, int a, int b, int n) {
        for (int e : routes.route(a, b).edgeIds()) {
            counts[e] += n;
        }
    }
}
