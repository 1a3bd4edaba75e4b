package org.cablesim.plant;

/** The side of a channel's trunk (or direct assembly) an element sits on: toward the lower or the upper device. */
public enum TrunkSide {
    NEAR("near"),
    FAR("far");

    private final String id;

    TrunkSide(String id) {
        this.id = id;
    }

    /** The side's id in result files and random-stream names. */
    public String id() {
        return id;
    }

    /**
     * The neighbourhood of the panel adapters at this end of a trunk ({@link MatedPair#neighbourhood()}): working on
     * one disturbs the trunk's other matings at that end.
     */
    public String trunkEnd(String trunkId) {
        return "trunk-end:" + trunkId + ":" + id;
    }
}
