package org.cablesim.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One day of operation, time-averaged within the day, then averaged over replications.
 *
 * @param day              day index from 0
 * @param linksDown        links down
 * @param repairsQueued    repair requests waiting for a spare or a crew
 * @param capacityFraction up share of the worst switch–switch tier (1 when there is none)
 * @param upShareByTier    up share of each tier's links, by tier name in tier order
 * @param linksInService   links in service (all of them unless the plant grows in phases)
 */
public record TimelineDay(int day, double linksDown, double repairsQueued, double capacityFraction,
        Map<String, Double> upShareByTier, double linksInService) {
    public TimelineDay {
        upShareByTier = Collections.unmodifiableMap(new LinkedHashMap<>(upShareByTier));
    }
}
