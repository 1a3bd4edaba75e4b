package org.cablesim.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Link availability: the link-up share of the horizon, averaged over links, then over replications.
 *
 * @param mean     mean over replications
 * @param ci95Low  lower end of the 95 % interval
 * @param ci95High upper end of the 95 % interval
 * @param byTier   the same per tier name, in tier order
 */
public record Availability(double mean, double ci95Low, double ci95High, Map<String, Estimate> byTier) {
    public Availability {
        byTier = Collections.unmodifiableMap(new LinkedHashMap<>(byTier));
    }
}
