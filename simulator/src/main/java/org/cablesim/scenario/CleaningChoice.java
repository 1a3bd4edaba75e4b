package org.cablesim.scenario;

/**
 * What technicians do to a connector before mating it: sets how often a mating leaves it dirty (unless the
 * scenario gives its own share) and whether a re-mate removes dirt first.
 */
public enum CleaningChoice {
    /** Inspect with a scope, clean, re-inspect: 2 % of matings leave dirt. [assume] */
    INSPECT_ALWAYS(0.02, true),
    /** Clean without inspecting: 10 % of matings leave dirt. [assume] */
    CLEAN_ONLY(0.10, true),
    /** Neither: 30 % of matings leave dirt, and a re-mate leaves existing dirt in place. [assume] */
    NONE(0.30, false);

    private final double defaultDirtyShare;
    private final boolean cleansBeforeMating;

    CleaningChoice(double defaultDirtyShare, boolean cleansBeforeMating) {
        this.defaultDirtyShare = defaultDirtyShare;
        this.cleansBeforeMating = cleansBeforeMating;
    }

    /** Probability that one mating leaves the connection dirty when the scenario does not say, in [0, 1]. */
    public double defaultDirtyShare() {
        return defaultDirtyShare;
    }

    /** Whether a re-mate removes dirt already there before mating. */
    public boolean cleansBeforeMating() {
        return cleansBeforeMating;
    }
}
