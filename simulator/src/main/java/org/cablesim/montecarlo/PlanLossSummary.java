package org.cablesim.montecarlo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan's installation-loss outlook: the whole plan, each tier, and the classes that contribute most
 * expected failing links.
 *
 * @param plan         all classes together
 * @param byTier       per tier, in tier-name order
 * @param worstClasses classes by expected failing links (members·p), descending; ties by higher p, then id
 */
public record PlanLossSummary(LossSummary plan, Map<String, LossSummary> byTier, List<ClassLossResult> worstClasses) {
    public PlanLossSummary {
        byTier = java.util.Collections.unmodifiableMap(new TreeMap<>(byTier));
        worstClasses = List.copyOf(worstClasses);
    }

    /**
     * @param results    one result per class of the plan
     * @param worstCount how many worst classes to keep, &ge; 0
     * @return the summary
     */
    public static PlanLossSummary of(List<ClassLossResult> results, int worstCount) {
        Map<String, List<ClassLossResult>> tiers = new TreeMap<>();
        for (ClassLossResult r : results) {
            tiers.computeIfAbsent(r.tier(), t -> new ArrayList<>()).add(r);
        }
        Map<String, LossSummary> byTier = new TreeMap<>();
        tiers.forEach((tier, list) -> byTier.put(tier, LossSummary.of(list)));
        List<ClassLossResult> worst = new ArrayList<>(results);
        worst.sort(Comparator.comparingDouble(ClassLossResult::expectedFailingLinks).reversed()
                .thenComparing(Comparator.comparingDouble(ClassLossResult::failProbability).reversed())
                .thenComparing(ClassLossResult::classId));
        return new PlanLossSummary(LossSummary.of(results), byTier, worst.subList(0, Math.min(worstCount, worst.size())));
    }
}
