package org.cablesim.plant;

import java.util.Objects;

/**
 * A point of the pathway graph: a rack (where cables leave the rack's port field), a patching rack added by the
 * plant, or a tray point above a rack position.
 *
 * @param id       dense index in the graph, ≥ 0
 * @param kind     rack, patching rack or tray point
 * @param row      floor row, ≥ 0
 * @param position rack position in the row, ≥ 0
 * @param xM       x along the row, metres
 * @param yM       y across the rows, metres
 * @param label    TIA-606-style rack label ({@code R04-13}) or tray label ({@code tray R04-13})
 */
public record PathwayNode(int id, Kind kind, int row, int position, double xM, double yM, String label) {
    /** What the node is. */
    public enum Kind {
        RACK,
        PATCH_RACK,
        TRAY
    }

    public PathwayNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (id < 0 || row < 0 || position < 0) {
            throw new IllegalArgumentException("id, row and position must be >= 0");
        }
    }

    /** Whether cables start or end here (a rack or a patching rack). */
    public boolean isRack() {
        return kind != Kind.TRAY;
    }
}
