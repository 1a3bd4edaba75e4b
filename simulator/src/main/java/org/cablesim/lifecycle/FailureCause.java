package org.cablesim.lifecycle;

import org.cablesim.scenario.PartKind;

/** Why a link went down: a component's hard failure, a flap, dirt or ageing. */
public enum FailureCause {
    /** A transceiver failed. */
    TRANSCEIVER,
    /** A cord failed. */
    CORD,
    /** A trunk failed (one failure, many links down). */
    TRUNK,
    /** A cassette failed. */
    CASSETTE,
    /** A switch or NIC port failed. */
    SWITCH_PORT,
    /** A link flapped. */
    FLAP,
    /** A link went over budget (or over the reflectance limit) after a mating: dirt, a bad re-mate, disturbance. */
    CONTAMINATION,
    /** A link's loss drifted over its budget. */
    AGEING;

    /** The cause for a hard failure of {@code kind}. */
    public static FailureCause of(PartKind kind) {
        return switch (kind) {
            case TRANSCEIVER -> TRANSCEIVER;
            case CORD -> CORD;
            case TRUNK -> TRUNK;
            case CASSETTE -> CASSETTE;
            case SWITCH_PORT -> SWITCH_PORT;
        };
    }
}
