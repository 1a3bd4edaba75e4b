package org.cablesim.lifecycle;

import org.cablesim.stats.Checks;


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
        Checks.atLeast("replications", replications, 1);
        Checks.positive("horizonDays", horizonDays);
        Checks.atLeast("threads", threads, 1);
    }
}
