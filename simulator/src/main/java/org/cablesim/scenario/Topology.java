package org.cablesim.scenario;

/** The family of logical fabric a generator builds. */
public enum Topology {
    /** Two-tier Clos: every server's NICs go to its own leaf (top of rack or end of row). */
    LEAF_SPINE("leaf-spine"),
    /** Rail-optimised: NIC k of every server of a scalable unit goes to that unit's rail-k leaf. */
    RAIL_OPTIMIZED("rail-optimized");

    private final String fileName;

    Topology(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in scenario files. */
    public String fileName() {
        return fileName;
    }
}
