package org.cablesim.plant;

import java.util.Objects;

/**
 * A pathway segment. Edges compare by identity (JGraphT needs distinct edge objects), and carry a dense id that
 * indexes per-edge counts.
 */
public final class PathwayEdge {
    /** What the segment is. */
    public enum Kind {
        /** Vertical run from a rack's port field up to the overhead tray. */
        DROP,
        /** Tray along a compute row (servers and leaves), between adjacent rack positions. */
        ROW_TRAY,
        /** Tray along a dedicated spine or core row, between adjacent rack positions. */
        NETWORK_ROW_TRAY,
        /** Tray across the rows, at row ends and every {@code crossAisleEveryRacks} positions. */
        CROSS_AISLE,
        /** The cross-aisle trays joining the last compute row to the first spine/core row. */
        MAIN_TRAY
    }

    private final int id;
    private final Kind kind;
    private final double lengthM;

    /**
     * @param id      dense index, ≥ 0
     * @param kind    segment kind
     * @param lengthM length, metres, ≥ 0
     */
    PathwayEdge(int id, Kind kind, double lengthM) {
        if (id < 0 || !(lengthM >= 0) || Double.isInfinite(lengthM)) {
            throw new IllegalArgumentException("edge id must be >= 0 and length finite and >= 0");
        }
        this.id = id;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.lengthM = lengthM;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** Length of the segment, metres. */
    public double lengthM() {
        return lengthM;
    }

    @Override
    public String toString() {
        return "PathwayEdge[" + id + " " + kind + " " + lengthM + " m]";
    }
}
