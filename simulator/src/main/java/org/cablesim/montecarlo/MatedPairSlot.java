package org.cablesim.montecarlo;

import java.util.Arrays;
import java.util.Objects;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.stats.Checks;

/**
 * One mated pair (connection) in a link class's channel: its loss model, which fibre position each lane
 * occupies there, and its reflectance.
 *
 * <p>{@code elementKey} names the draws for common random numbers: the engine's stream for this slot is
 * (seed, "loss", elementKey, trial block), so two variants that contain a slot with the same key (and
 * model) see the same losses there, wherever the slot sits in the channel. Keys must be unique in a class.
 *
 * @param elementKey     the element's stable name, e.g. "trunk T0012 far end" or "cord-mpo16#1"; non-empty
 * @param model          the joint loss distribution of the pair's positions
 * @param positions      fibre positions in the connector row (12 for MPO-12, 16 for MPO-16), &ge; 1
 * @param positionOfLane zero-based position of each lane at this connection, distinct, each in {@code 0..positions-1}
 * @param reflectanceDb  the connection's reflectance in dB, finite, &le; 0 (APC ≈ −60, UPC ≈ −50)
 */
public record MatedPairSlot(String elementKey, MatedPairLossModel model, int positions, int[] positionOfLane,
                            double reflectanceDb) {
    public MatedPairSlot {
        Objects.requireNonNull(elementKey, "elementKey");
        Objects.requireNonNull(model, "model");
        if (elementKey.isEmpty()) {
            throw new IllegalArgumentException("elementKey must not be empty");
        }
        positionOfLane = positionOfLane == null ? null : positionOfLane.clone();
        OpticalConnection.checkPlacement(elementKey, positions, positionOfLane, reflectanceDb);
    }

    /**
     * A slot whose lanes occupy positions 0..lanes-1 in order.
     *
     * @param elementKey    see the record
     * @param model         see the record
     * @param positions     see the record
     * @param lanes         lanes of the link, 1..positions
     * @param reflectanceDb see the record
     * @return the slot
     */
    public static MatedPairSlot inOrder(String elementKey, MatedPairLossModel model, int positions, int lanes, double reflectanceDb) {
        int[] map = new int[lanes];
        for (int i = 0; i < lanes; i++) {
            map[i] = i;
        }
        return new MatedPairSlot(elementKey, model, positions, map, reflectanceDb);
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

    /** @return the number of lanes this slot maps */
    public int lanes() {
        return positionOfLane.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatedPairSlot s && elementKey.equals(s.elementKey) && model.equals(s.model)
                && positions == s.positions && Arrays.equals(positionOfLane, s.positionOfLane)
                && Double.compare(reflectanceDb, s.reflectanceDb) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(elementKey, model, positions, Arrays.hashCode(positionOfLane), reflectanceDb);
    }

    @Override
    public String toString() {
        return "MatedPairSlot[" + elementKey + ", " + model + ", positions=" + positions + ", lanes→"
                + Arrays.toString(positionOfLane) + ", " + reflectanceDb + " dB]";
    }
}
