package org.cablesim.scenario;

import java.util.Objects;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.FixedDistribution;

/**
 * Link flaps: short outages that clear by themselves, a Poisson process per link.
 *
 * @param perLinkYear flaps per link-year, finite, ≥ 0 (0 = none)
 * @param duration    how long one flap keeps the link down, hours
 */
public record FlapSpec(double perLinkYear, Distribution duration) {
    public FlapSpec {
        Checks.nonNegative("perLinkYear", perLinkYear);
        Objects.requireNonNull(duration, "duration");
    }

    /** No flaps. */
    public static FlapSpec off() {
        return new FlapSpec(0, new FixedDistribution(0));
    }
}
