package org.cablesim.scenario;

/**
 * Settings of the lifecycle simulation.
 *
 * @param replications independent replications, 1..100000
 * @param horizonDays  simulated time per replication, days, (0, 36500]
 */
public record LifecycleSpec(int replications, double horizonDays) {
    public LifecycleSpec {
        if (replications < 1 || replications > 100_000) {
            throw new IllegalArgumentException("replications must be in 1..100000, was " + replications);
        }
        if (!(horizonDays > 0 && horizonDays <= 36_500)) {
            throw new IllegalArgumentException("horizonDays must be in (0, 36500], was " + horizonDays);
        }
    }

    /** The settings when a scenario leaves the section out. */
    public static LifecycleSpec defaults() {
        return new LifecycleSpec(8, 1825);
    }
}
