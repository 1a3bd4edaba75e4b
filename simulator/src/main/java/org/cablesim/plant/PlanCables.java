package org.cablesim.plant;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.cablesim.catalog.CableBuild;
import org.cablesim.catalog.CableBuilds;
import org.cablesim.topology.LogicalLink;

/**
 * The physical cables of a plan: the cable-schedule rows, the trunks, the cables along each pathway edge (with their
 * builds), and which
 * cross-connect panels stand beside which trunk panels. Package-private: {@link CablingPlan} answers for it.
 */
final class PlanCables {
    private PlanCables() {
    }

    /** Trunks in id order, then per routed channel its own cables (see {@link CablingPlan#forEachCable}). */
    static void forEach(CablingPlan plan, Consumer<PhysicalCable> visitor) {
        PlantLayout layout = plan.layout();
        for (int t = 0; t < layout.trunks(); t++) {
            visitor.accept(trunk(plan, t));
        }
        for (int s = 0; s < layout.subChannels(); s++) {
            CableRows.of(plan.channel(s), plan.tiers().get(plan.fabric().links().get(layout.subLink()[s])
                    .tierIndex())).forEach(visitor);
        }
    }

    /** The physical trunk with index t. */
    static PhysicalCable trunk(CablingPlan plan, int t) {
        PlantLayout layout = plan.layout();
        TierPlant tp = plan.tiers().get(layout.trunkTier()[t]);
        int near = layout.trunkNearStack()[t];
        int far = layout.trunkFarStack()[t];
        return new PhysicalCable(CablingPlan.trunkId(t), ElementKind.TRUNK, tp.tier().name(),
                Labels.stackPort(plan, near, layout.trunkNearStart()[t]),
                Labels.stackPort(plan, far, layout.trunkFarStart()[t]), tp.trunkPlug(), tp.trunkPlug(), tp.legs(),
                tp.trunkFibres(), tp.trunkType(), plan.trunkLengthM(t),
                plan.pathways().node(plan.stackNode(near)).label(), plan.pathways().node(plan.stackNode(far)).label());
    }

    /** Physical cables per pathway edge (indexed by {@link PathwayEdge#id()}): every trunk, cord and assembly. */
    static int[] perEdge(CablingPlan plan, RouteTable routes) {
        int[] counts = new int[plan.pathways().edges().size()];
        forEachRouted(plan, (a, b, build) -> {
            for (int e : routes.route(a, b).edgeIds()) {
                counts[e]++;
            }
        });
        return counts;
    }

    /** One cable that runs along the pathways between two pathway nodes. */
    interface RoutedCable {
        void cable(int fromNode, int toNode, CableBuild build);
    }

    /**
     * Visits every cable that runs between racks, with its build from the plan's catalog: every trunk, then per
     * routed channel its lower and upper cords (a direct assembly once), then every copper cable (a split one once).
     * Cables inside one rack visit with equal nodes (an empty route).
     */
    static void forEachRouted(CablingPlan plan, RoutedCable visitor) {
        PlantLayout layout = plan.layout();
        CableBuilds builds = plan.catalog().cableBuilds();
        for (int t = 0; t < layout.trunks(); t++) {
            visitor.cable(plan.stackNode(layout.trunkNearStack()[t]), plan.stackNode(layout.trunkFarStack()[t]),
                    builds.trunk(plan.tiers().get(layout.trunkTier()[t]).trunkFibres()));
        }
        for (int s = 0; s < layout.subChannels(); s++) {
            int link = layout.subLink()[s];
            TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
            int t = layout.subTrunk()[s];
            int lower = layout.linkLowerNode()[link];
            int upper = layout.linkUpperNode()[link];
            CableBuild nearCord = builds.cord(tp.mdiPlug(TrunkSide.NEAR).fibreCount());
            if (t < 0) {
                visitor.cable(lower, upper, nearCord);
            } else {
                visitor.cable(lower, plan.stackNode(layout.trunkNearStack()[t]), nearCord);
                visitor.cable(plan.stackNode(layout.trunkFarStack()[t]), upper,
                        builds.cord(tp.mdiPlug(TrunkSide.FAR).fibreCount()));
            }
        }
        // a copper cable split 1:b is one cable for its switch port's links: routed with the port's first link
        java.util.Set<String> splitPorts = new java.util.HashSet<>();
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            TierPlant tp = plan.tiers().get(link.tierIndex());
            if (tp.copper() != null && plan.isRouted(l) && (tp.copper().ends() == 1
                    || splitPorts.add(link.toDeviceId() + "\u0000" + link.toPort()))) {
                visitor.cable(layout.linkLowerNode()[l], layout.linkUpperNode()[l], builds.copper());
            }
        }
    }

    /** For every trunk-side panel stack, the cross-connect stack of the same tier at the same location. */
    static Map<Integer, Integer> crossConnectStacks(PlantLayout layout) {
        int stacks = layout.stackTier().length;
        Map<Long, Integer> xcAt = new HashMap<>();
        for (int s = 0; s < stacks; s++) {
            if (layout.stackCrossConnect()[s]) {
                xcAt.put(((long) layout.stackTier()[s] << 32) | layout.stackNode()[s], s);
            }
        }
        Map<Integer, Integer> m = new HashMap<>();
        for (int s = 0; s < stacks; s++) {
            if (!layout.stackCrossConnect()[s]) {
                Integer xc = xcAt.get(((long) layout.stackTier()[s] << 32) | layout.stackNode()[s]);
                if (xc != null) {
                    m.put(s, xc);
                }
            }
        }
        return m;
    }
}
