package org.cablesim.plant;

/**
 * A shortest path between two racks of the pathway graph.
 *
 * @param lengthM length along drops and trays, metres, ≥ 0 (0 inside one rack)
 * @param edgeIds the pathway edges it runs along, in order; empty inside one rack
 */
public record Route(double lengthM, int[] edgeIds) {
    static final Route IN_RACK = new Route(0, new int[0]);
}
