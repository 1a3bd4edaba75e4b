package org.cablesim.scenario;

/** A replaceable part of the plant as the lifecycle section names it: failure laws, repair times, spares. */
public enum PartKind {
    TRANSCEIVER,
    CORD,
    TRUNK,
    CASSETTE,
    SWITCH_PORT
}
