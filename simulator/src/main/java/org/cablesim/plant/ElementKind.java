package org.cablesim.plant;

/** What one element of a resolved channel is physically; also the kind of a row of the cable schedule. */
public enum ElementKind {
    /** Equipment cord between a transceiver and a panel. */
    CORD,
    /** Cross-connect jumper between two panels of one location. */
    JUMPER,
    /** Trunk between the panels of two locations (the channel uses one leg at each end). */
    TRUNK,
    /** Direct assembly between two transceivers. */
    ASSEMBLY,
    /** Breakout harness: a common plug in a broken-out port, one leg per link (an equipment cord or assembly). */
    HARNESS,
    /** Two plugs mated in a panel or cassette adapter. */
    ADAPTER,
    /** A plug mated into a transceiver's MDI receptacle. */
    MDI,
    /** A fan-out or conversion cassette. */
    CASSETTE,
    /** A fusion splice. */
    SPLICE;

    /** Whether this kind is a cable (a row of the cable schedule). */
    public boolean isCable() {
        return this == CORD || this == JUMPER || this == TRUNK || this == ASSEMBLY || this == HARNESS;
    }
}
