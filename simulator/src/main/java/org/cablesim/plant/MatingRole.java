package org.cablesim.plant;

/** Where a mated pair sits in a channel; with the trunk side it names the pair's place (and its random stream). */
public enum MatingRole {
    /** A cord plug in a transceiver MDI. */
    MDI("mdi"),
    /** A trunk leg meeting a cord (or jumper) in a patch-panel adapter. */
    PANEL("panel"),
    /** A cord meeting a jumper in a cross-connect panel. */
    CROSS_CONNECT("xc"),
    /** A cord meeting a cassette's front port. */
    CASSETTE_FRONT("cassette-front"),
    /** A trunk leg meeting a cassette's rear port. */
    CASSETTE_REAR("cassette-rear"),
    /** A fusion splice along a trunk (no plugs meet; the optics of a mating all the same). */
    SPLICE("splice");

    private final String id;

    MatingRole(String id) {
        this.id = id;
    }

    /** The role's id in result files, e.g. {@code cassette-rear}. */
    public String id() {
        return id;
    }
}
