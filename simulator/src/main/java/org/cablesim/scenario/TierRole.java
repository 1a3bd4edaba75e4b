package org.cablesim.scenario;

/** Which pair of device layers a fabric tier connects; fixed by the tier's position in the scenario. */
public enum TierRole {
    SERVER_LEAF,
    LEAF_SPINE,
    SPINE_CORE;

    /** The role of the tier at {@code index} in {@code fabric.tiers}. */
    public static TierRole ofIndex(int index) {
        return values()[index];
    }
}
