package org.cablesim.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.lifecycle.LifecycleResult;

/**
 * The lifecycle outcome of one plan (summary.json part 4).
 *
 * @param result          the simulation's result
 * @param waves           the upgrade waves as scheduled on this plan, in scenario order (index for index with
 *                        {@code result.upgrades()})
 * @param readinessByTier the PMDs every link of each tier can carry without re-cabling, by tier name in tier order
 * @param linksSimulated  lifecycle links (routed channels) simulated
 * @param linksWithDesignFaults simulated links broken by design: they fail turn-up until a design rework rebuilds them
 */
public record PlanLifecycle(LifecycleResult result, List<Wave> waves, Map<String, List<String>> readinessByTier,
        int linksSimulated, int linksWithDesignFaults) {

    /**
     * One upgrade wave on this plan.
     *
     * @param name      the wave's name
     * @param day       start, days after turn-up
     * @param tierName  the tier converted
     * @param fromPmd   the PMD replaced (the plan's, after its override)
     * @param toPmd     the new PMD
     * @param tierLinks lifecycle links in the tier
     */
    public record Wave(String name, double day, String tierName, String fromPmd, String toPmd, int tierLinks) {
    }

    public PlanLifecycle {
        Objects.requireNonNull(result, "result");
        waves = List.copyOf(waves);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        readinessByTier.forEach((tier, pmds) -> copy.put(tier, List.copyOf(pmds)));
        readinessByTier = Collections.unmodifiableMap(copy);
        if (waves.size() != result.upgrades().size()) {
            throw new IllegalArgumentException("one wave per upgrade result");
        }
    }
}
