package org.cablesim.lifecycle;

/** What a technician does to a connector before mating it; sets how often a mating leaves it dirty. */
public enum CleaningPolicy {
    /** Inspect with a scope, clean, re-inspect: 2 % dirty after mating [assume]. */
    INSPECT_AND_CLEAN(LifecycleDefaults.DIRTY_INSPECT_AND_CLEAN, true),
    /** Clean without inspecting: 10 % dirty [assume]. */
    CLEAN_ONLY(LifecycleDefaults.DIRTY_CLEAN_ONLY, true),
    /** Neither: 30 % dirty, and a re-mate leaves existing dirt in place [assume]. */
    NONE(LifecycleDefaults.DIRTY_NONE, false);

    private final double dirtyProbability;
    private final boolean cleans;

    CleaningPolicy(double dirtyProbability, boolean cleans) {
        this.dirtyProbability = dirtyProbability;
        this.cleans = cleans;
    }

    /** Probability that one mating leaves the connection dirty, in [0, 1]. */
    public double dirtyProbability() {
        return dirtyProbability;
    }

    /** Whether a re-mate removes dirt already there before mating. */
    public boolean cleans() {
        return cleans;
    }
}
