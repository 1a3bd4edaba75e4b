package org.cablesim.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cablesim.stats.Interval;
import org.cablesim.stats.Estimate;

/**
 * Link availability: the link-up share of the horizon, averaged over links, then over replications.
 *
 * @param mean   mean over replications, in [0, 1]
 * @param ci95   the 95 % interval of the mean
 * @param byTier the same per tier name, in tier order
 */
public record Availability(double mean, Interval ci95, Map<String, Estimate> byTier) {
    public Availability {
        Objects.requireNonNull(ci95, "ci95");
        byTier = Collections.unmodifiableMap(new LinkedHashMap<>(byTier));
    }
}
