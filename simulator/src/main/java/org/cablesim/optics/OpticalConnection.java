package org.cablesim.optics;

import java.util.Arrays;
import java.util.Objects;

/**
 * One connection of one link as the plant reports it, before classing: the element type names what
 * kind of mated pair it is (catalog id plus role, e.g. "trunk-mpo16-apc/far"), which decides both the
 * class signature and the common-random-number key.
 *
 * @param elementType    the connection's type, non-empty
 * @param model          its loss model
 * @param positions      fibre positions of the connector row, &ge; 1
 * @param positionOfLane zero-based position of each lane
 * @param reflectanceDb  reflectance in dB, &le; 0
 */
public record OpticalConnection(String elementType, MatedPairLossModel model, int positions, int[] positionOfLane,
                             double reflectanceDb) {
    public OpticalConnection {
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(model, "model");
        if (elementType.isEmpty()) {
            throw new IllegalArgumentException("elementType must not be empty");
        }
        positionOfLane = positionOfLane == null ? null : positionOfLane.clone();
        checkPlacement(elementType, positions, positionOfLane, reflectanceDb);
    }

    /**
     * Rejects lanes outside the connector row, two lanes at one position, or a reflectance that is not a finite
     * non-positive dB value.
     *
     * @param name           the connection's name, for messages
     * @param positions      fibre positions in the connector row, &ge; 1
     * @param positionOfLane zero-based position of each lane, non-empty, distinct
     * @param reflectanceDb  reflectance, dB, finite, &le; 0
     */
    public static void checkPlacement(String name, int positions, int[] positionOfLane, double reflectanceDb) {
        if (positions < 1) {
            throw new IllegalArgumentException("positions must be >= 1, was " + positions);
        }
        if (positionOfLane == null || positionOfLane.length == 0) {
            throw new IllegalArgumentException(name + ": positionOfLane needs one entry per lane");
        }
        boolean[] used = new boolean[positions];
        for (int lane = 0; lane < positionOfLane.length; lane++) {
            int p = positionOfLane[lane];
            if (p < 0 || p >= positions) {
                throw new IllegalArgumentException(name + ": lane " + lane + " at position " + p + " outside 0.."
                        + (positions - 1));
            }
            if (used[p]) {
                throw new IllegalArgumentException(name + ": two lanes share position " + p);
            }
            used[p] = true;
        }
        if (!(reflectanceDb <= 0) || !Double.isFinite(reflectanceDb)) {
            throw new IllegalArgumentException(name + ": reflectanceDb must be finite and <= 0, was " + reflectanceDb);
        }
    }

    /** @return a copy of the lane → position map */
    @Override
    public int[] positionOfLane() {
        return positionOfLane.clone();
    }

    /** @return the position of one lane, without copying */
    public int positionOf(int lane) {
        return positionOfLane[lane];
    }

    /** @return the number of lanes the connection maps */
    public int lanes() {
        return positionOfLane.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpticalConnection c && elementType.equals(c.elementType) && model.equals(c.model)
                && positions == c.positions && Arrays.equals(positionOfLane, c.positionOfLane)
                && Double.compare(reflectanceDb, c.reflectanceDb) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(elementType, model, positions, Arrays.hashCode(positionOfLane), reflectanceDb);
    }

    @Override
    public String toString() {
        return "OpticalConnection[" + elementType + ", positions=" + positions + ", lanes→" + Arrays.toString(positionOfLane) + "]";
    }
}
