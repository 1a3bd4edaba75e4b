package org.cablesim.io;

/**
 * The scenario's {@code lifecycle} section as read and validated; later work maps it into the domain.
 *
 * @param replications independent replications of the lifecycle simulation, 1..100000
 * @param horizonDays  simulated time per replication, days, (0, 36500]
 */
public record LifecycleSection(int replications, double horizonDays) {
    static final int DEFAULT_REPLICATIONS = 8;
    static final double DEFAULT_HORIZON_DAYS = 1825;
    static final String[] FIELDS = {"replications", "horizonDays"};

    /** The section when the file leaves it out. */
    public static LifecycleSection defaults() {
        return new LifecycleSection(DEFAULT_REPLICATIONS, DEFAULT_HORIZON_DAYS);
    }

    static LifecycleSection read(Fields f) {
        int before = f.problems().size();
        Integer replications = f.optionalInt("replications", DEFAULT_REPLICATIONS, 1, 100_000);
        Double horizon = f.optionalDouble("horizonDays", DEFAULT_HORIZON_DAYS, DoubleRange.aboveUpTo(0, 36_500));
        return f.problems().size() > before || f.isBroken() ? null : new LifecycleSection(replications, horizon);
    }

    /** The domain settings this section describes. */
    public org.cablesim.scenario.LifecycleSpec toSpec() {
        return new org.cablesim.scenario.LifecycleSpec(replications, horizonDays);
    }
}
