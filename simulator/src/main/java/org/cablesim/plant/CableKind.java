package org.cablesim.plant;

/** What a physical cable is used as. */
public enum CableKind {
    /** Equipment cord between a transceiver and a panel. */
    CORD,
    /** Cross-connect jumper between two panels of one location. */
    JUMPER,
    /** Trunk between the panels of two locations. */
    TRUNK,
    /** Direct assembly between two transceivers. */
    ASSEMBLY
}
