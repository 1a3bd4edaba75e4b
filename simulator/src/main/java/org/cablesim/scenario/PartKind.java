package org.cablesim.scenario;

/** What a replaceable part of the plant is; failure laws, repair times and spares are set per kind. */
public enum PartKind {
    /** A pluggable optic; one per switch or NIC port (a twin-port breakout optic serves several links). */
    TRANSCEIVER,
    /** A patch cord between a port and a panel. */
    CORD,
    /** A multi-fibre trunk between two panels, shared by many links. */
    TRUNK,
    /** A breakout cassette at a trunk end, shared by the trunk's links. */
    CASSETTE,
    /** A switch port, or on a server a NIC port; breakout lanes share it. */
    SWITCH_PORT
}
