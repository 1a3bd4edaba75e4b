package org.cablesim.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cablesim.stats.Estimate;

/**
 * Decides which plan to grow with: the lowest horizon cost, a single figure that weighs every phase's material and
 * labour, the carrying cost of pre-installed plant standing idle, and the GPU-hours the expansions cost the jobs.
 */
final class GrowthDecision {
    static final String RULE = "Among plans without design-check violations, the lowest horizon cost: the material"
            + " and labour of every phase + the carrying cost of pre-installed plant standing idle (idle value x"
            + " months x growth.capitalCostPerYear) + the GPU-hours the expansions cost the jobs (interruptions in"
            + " their windows and the capacity moved links take down) x growth.gpuHourUsd. Plans whose 95 % interval"
            + " of horizon cost overlaps the lowest one's are named as ties.";

    private GrowthDecision() {
    }

    static GrowthComparison decide(List<PlanResult> plans) {
        List<PlanResult> eligible = plans.stream().filter(p -> p.growth() != null
                && p.cabling().violations().isEmpty()).toList();
        List<String> reasons = new ArrayList<>();
        if (eligible.isEmpty()) {
            for (PlanResult p : plans) {
                reasons.add(p.name() + ": excluded, its plant has design-check violations.");
            }
            return new GrowthComparison(RULE, null, List.of(), reasons);
        }
        PlanResult best = eligible.stream().min(Comparator.comparingDouble(p -> p.growth().totalUsd().mean()))
                .orElseThrow();
        Estimate bestTotal = best.growth().totalUsd();
        List<String> ties = new ArrayList<>();
        reasons.add(reason(best, "lowest horizon cost"));
        for (PlanResult p : plans) {
            if (p == best) {
                continue;
            }
            if (!eligible.contains(p)) {
                reasons.add(p.name() + ": excluded, its plant has design-check violations.");
                continue;
            }
            Estimate total = p.growth().totalUsd();
            boolean tie = overlaps(total, bestTotal);
            if (tie) {
                ties.add(p.name());
            }
            reasons.add(reason(p, String.format(Locale.ROOT, "%s USD %,.0f more%s", "costs",
                    total.mean() - bestTotal.mean(), tie ? ", within the 95 % intervals: a tie" : "")));
        }
        return new GrowthComparison(RULE, best.name(), ties, reasons);
    }

    private static boolean overlaps(Estimate a, Estimate b) {
        double aLow = a.ci95().low();
        double aHigh = a.ci95().high();
        double bLow = b.ci95().low();
        double bHigh = b.ci95().high();
        if (Double.isNaN(aLow) || Double.isNaN(bLow)) {
            return a.mean() == b.mean();
        }
        return aLow <= bHigh && bLow <= aHigh;
    }

    private static String reason(PlanResult p, String verdict) {
        PlanGrowth g = p.growth();
        return String.format(Locale.ROOT, "%s: %s, USD %,.0f over the horizon = capex %,.0f + idle plant %,.0f"
                        + " + disruption %,.0f (%,.0f GPU-hours); during the expansions %d links re-cabled, %d"
                        + " re-patched, %d trunks pulled.", p.name(), verdict, g.totalUsd().mean(), g.capexUsd(),
                g.strandedCostUsd(), g.disruptionUsd().mean(), g.disruptionGpuHours().mean(), g.linksReCabled(),
                g.linksRePatched(), g.trunksPulledLater());
    }
}
