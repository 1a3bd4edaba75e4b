package org.cablesim.lifecycle;

import org.cablesim.scenario.SpecChecks;

/**
 * How to run the simulation.
 *
 * @param replications independent replications, ≥ 1
 * @param horizonDays  simulated operation per replication, days, finite and &gt; 0 (turn-up comes before)
 * @param seed         master seed of every random stream
 * @param threads      worker threads, ≥ 1; results do not depend on it
 */
public record LifecycleSettings(int replications, double horizonDays, long seed, int threads) {
    public LifecycleSettings {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        SpecChecks.positive("horizonDays", horizonDays);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }
}
