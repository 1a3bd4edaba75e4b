package org.cablesim.plant;

import org.cablesim.scenario.Architecture;

/**
 * The stock lengths of a plan's cables, computed on demand from the routes: trunks, cords, jumpers, direct
 * assemblies, harnesses (the longest any of their legs needs) and whole channels. Package-private: a
 * {@link CablingPlan} holds one and answers for it.
 */
final class PlanLengths {
    private final CablingPlan plan;
    private final RouteTable routes;
    private final PlantLayout layout;
    private volatile double[] harnessLengths;

    PlanLengths(CablingPlan plan, RouteTable routes) {
        this.plan = plan;
        this.routes = routes;
        this.layout = plan.layout();
    }

    /** Stock length of a trunk, metres. */
    double trunkLengthM(int t) {
        TierPlant tp = plan.tiers().get(layout.trunkTier()[t]);
        double routed = routes.route(plan.stackNode(layout.trunkNearStack()[t]),
                plan.stackNode(layout.trunkFarStack()[t])).lengthM();
        return tp.trunkBins().binFor(routed + 2 * tp.slackPerEndM());
    }

    double lowerCordLengthM(TierPlant tp, int link, int trunk) {
        double routed = routes.route(layout.linkLowerNode()[link], plan.stackNode(layout.trunkNearStack()[trunk]))
                .lengthM();
        return tp.cordBins().binFor(routed + 2 * tp.slackPerEndM());
    }

    double upperCordLengthM(TierPlant tp, int link, int trunk) {
        double routed = routes.route(plan.stackNode(layout.trunkFarStack()[trunk]), layout.linkUpperNode()[link])
                .lengthM();
        return tp.cordBins().binFor(routed + 2 * tp.slackPerEndM());
    }

    static double jumperLengthM(TierPlant tp) {
        return tp.jumperBins().binFor(2 * tp.slackPerEndM());
    }

    double assemblyLengthM(TierPlant tp, int link) {
        return tp.assemblyBins().binFor(plan.routedLengthM(link) + 2 * tp.slackPerEndM());
    }

    /**
     * Stock length of a harness, metres: the longest cord (or, with {@code direct}, assembly) any of its legs'
     * channels needs, since every leg of one harness is bought at one length.
     */
    double harnessLengthM(int h) {
        double[] lengths = harnessLengths;
        if (lengths == null) {
            lengths = new double[layout.harnesses()];
            for (int s = 0; s < layout.subChannels(); s++) {
                int link = layout.subLink()[s];
                TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
                int t = layout.subTrunk()[s];
                boolean direct = tp.architecture() == Architecture.DIRECT;
                int lower = layout.subLowerHarness()[s];
                int upper = layout.subUpperHarness()[s];
                if (lower >= 0) {
                    lengths[lower] = Math.max(lengths[lower], direct ? assemblyLengthM(tp, link)
                            : lowerCordLengthM(tp, link, t));
                }
                if (upper >= 0) {
                    lengths[upper] = Math.max(lengths[upper], direct ? assemblyLengthM(tp, link)
                            : upperCordLengthM(tp, link, t));
                }
            }
            harnessLengths = lengths;
        }
        return lengths[h];
    }


    /** Total stock length of a routed channel's cables (harness legs at their harness's length), metres. */
    double channelLengthM(int sub) {
        int link = layout.subLink()[sub];
        TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
        int lowerHarness = layout.subLowerHarness()[sub];
        int upperHarness = layout.subUpperHarness()[sub];
        if (tp.architecture() == Architecture.DIRECT) {
            int h = Math.max(lowerHarness, upperHarness);
            return h >= 0 ? harnessLengthM(h) : assemblyLengthM(tp, link);
        }
        int t = layout.subTrunk()[sub];
        double sum = (lowerHarness >= 0 ? harnessLengthM(lowerHarness) : lowerCordLengthM(tp, link, t))
                + trunkLengthM(t) + (upperHarness >= 0 ? harnessLengthM(upperHarness) : upperCordLengthM(tp, link, t));
        if (tp.architecture() == Architecture.CROSS_CONNECT) {
            sum += 2 * jumperLengthM(tp);
        }
        return sum;
    }
}
