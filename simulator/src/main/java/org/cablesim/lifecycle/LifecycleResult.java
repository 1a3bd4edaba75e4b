package org.cablesim.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.stats.Estimate;

/**
 * Results of a lifecycle run: every figure is a mean over replications with a 95 % Student-t interval; "per
 * year" means per 8,766 h of operation. Identical (equals, and the same {@code toString}) for any thread count.
 *
 * @param seed                      master seed
 * @param rngAlgorithm              generator of every stream ({@link org.cablesim.random.RandomStreams#ALGORITHM})
 * @param replications              replications run
 * @param horizonDays               days of operation per replication (after turn-up)
 * @param turnUp                    turn-up outcomes
 * @param availability              link availability overall and per tier
 * @param linkDownHoursPerYear      link-hours down per year, all tiers
 * @param failuresPerYear           outage events per year by cause (a trunk failure counts once)
 * @param jobInterruptionsPerYear   training-job interruptions per year
 * @param lostGpuHoursPerYear       GPU hours lost to interruptions per year
 * @param crewUtilisation           busy share of the repair crews (NaN when unlimited)
 * @param repairWaitHours           mean wait of a repair request for a crew, hours
 * @param disturbedRematingsPerYear neighbour connections re-mated by work on shared parts, per year
 * @param capacityFractionByTier    time-average up share of each switch–switch tier (its bandwidth share)
 * @param upgrades                  one entry per upgrade wave, in the model's order
 * @param expansions                one entry per growth expansion, in day order (empty when the plant never grows)
 * @param timeline                  per day of operation, averaged over replications
 * @param perReplication            the headline figures of each replication, in replication order (for paired
 *                                  comparisons between plans run with the same seed)
 * @param events                    kernel events executed, all replications
 */
public record LifecycleResult(long seed, String rngAlgorithm, int replications, double horizonDays,
        TurnUpResult turnUp, Availability availability, Estimate linkDownHoursPerYear,
        Map<FailureCause, Estimate> failuresPerYear, Estimate jobInterruptionsPerYear, Estimate lostGpuHoursPerYear,
        Estimate crewUtilisation, Estimate repairWaitHours, Estimate disturbedRematingsPerYear,
        Map<String, Estimate> capacityFractionByTier, List<UpgradeResult> upgrades, List<ExpansionResult> expansions,
        List<TimelineDay> timeline,
        ReplicationValues perReplication, long events) {
    public LifecycleResult {
        failuresPerYear = Collections.unmodifiableMap(new EnumMap<>(failuresPerYear));
        capacityFractionByTier = Collections.unmodifiableMap(new LinkedHashMap<>(capacityFractionByTier));
        upgrades = List.copyOf(upgrades);
        expansions = List.copyOf(expansions);
        timeline = List.copyOf(timeline);
        java.util.Objects.requireNonNull(perReplication, "perReplication");
    }

    /** Outage events per year of every cause together. */
    public double totalFailuresPerYear() {
        return failuresPerYear.values().stream().mapToDouble(Estimate::mean).sum();
    }
}
