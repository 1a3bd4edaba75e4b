package org.cablesim.scenario;

import java.util.Objects;

/**
 * Settings of the installation-loss estimates.
 *
 * @param trials                     plain Monte Carlo trials per link class, 1..10^12
 * @param method                     estimation method
 * @param countTransceiverMatedPairs whether the mated pairs at the two transceiver MDIs count against the budget
 */
public record MonteCarloSpec(long trials, LossMethod method, boolean countTransceiverMatedPairs) {
    public MonteCarloSpec {
        if (trials < 1 || trials > 1_000_000_000_000L) {
            throw new IllegalArgumentException("trials must be in 1..10^12, was " + trials);
        }
        Objects.requireNonNull(method, "method");
    }

    /** The settings when a scenario leaves the section out. */
    public static MonteCarloSpec defaults() {
        return new MonteCarloSpec(100_000, LossMethod.AUTO, false);
    }
}
