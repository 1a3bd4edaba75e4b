package org.cablesim.io;

/** How a study design places its points in the space of its factors. */
public enum DesignKind {
    /** Every combination of the factors' values (a full factorial grid). */
    GRID,
    /** A Latin hypercube over numeric ranges: each factor's range cut into as many equal strata as points, one point per stratum. */
    LATIN_HYPERCUBE
}
