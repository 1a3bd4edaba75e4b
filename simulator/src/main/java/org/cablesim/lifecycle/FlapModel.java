package org.cablesim.lifecycle;


import java.util.Objects;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.FixedDistribution;

/**
 * Link flaps: short outages that clear by themselves, a Poisson process per link.
 *
 * @param perLinkYear   flaps per link-year, ≥ 0 (0 disables)
 * @param durationHours how long one flap keeps the link down, hours
 */
public record FlapModel(double perLinkYear, Distribution durationHours) {
    public FlapModel {
        Checks.nonNegative("perLinkYear", perLinkYear);
        Objects.requireNonNull(durationHours, "durationHours");
    }

    /** The defaults of {@link LifecycleDefaults}: 2 per link-year, lognormal durations with median 3 s. */
    public static FlapModel defaults() {
        return new FlapModel(LifecycleDefaults.FLAPS_PER_LINK_YEAR,
                LifecycleDefaults.FLAP_DURATION_HOURS);
    }

    /** No flaps. */
    public static FlapModel off() {
        return new FlapModel(0, new FixedDistribution(0));
    }
}
