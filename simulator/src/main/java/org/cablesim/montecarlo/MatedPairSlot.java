package org.cablesim.montecarlo;

import java.util.Objects;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.OpticalConnection;

/**
 * One mated pair (connection) in a link class's channel: the plant's {@link OpticalConnection} (loss model, lane
 * positions, reflectance) under the key its draws are named by.
 *
 * <p>{@code elementKey} names the draws for common random numbers: the engine's stream for this slot is
 * (seed, "loss", elementKey, trial block), so two variants that contain a slot with the same key (and
 * model) see the same losses there, wherever the slot sits in the channel. Keys must be unique in a class.
 *
 * @param elementKey the element's stable name, e.g. "trunk T0012 far end" or "cord-mpo16#1"; non-empty
 * @param connection the connection itself
 */
public record MatedPairSlot(String elementKey, OpticalConnection connection) {
    public MatedPairSlot {
        Objects.requireNonNull(elementKey, "elementKey");
        Objects.requireNonNull(connection, "connection");
        if (elementKey.isEmpty()) {
            throw new IllegalArgumentException("elementKey must not be empty");
        }
    }

    /**
     * A slot whose lanes occupy positions 0..lanes-1 in order, its connection typed by its key.
     *
     * @param elementKey    see the record
     * @param model         the joint loss distribution of the pair's positions
     * @param positions     fibre positions in the connector row, &ge; 1
     * @param lanes         lanes of the link, 1..positions
     * @param reflectanceDb the connection's reflectance in dB, finite, &le; 0
     * @return the slot
     */
    public static MatedPairSlot inOrder(String elementKey, MatedPairLossModel model, int positions, int lanes,
            double reflectanceDb) {
        int[] map = new int[lanes];
        for (int i = 0; i < lanes; i++) {
            map[i] = i;
        }
        return new MatedPairSlot(elementKey, new OpticalConnection(elementKey, model, positions, map, reflectanceDb));
    }

    /** @return the joint loss distribution of the pair's positions */
    public MatedPairLossModel model() {
        return connection.model();
    }

    /** @return fibre positions in the connector row */
    public int positions() {
        return connection.positions();
    }

    /** @return a copy of the lane → position map */
    public int[] positionOfLane() {
        return connection.positionOfLane();
    }

    /** @return the position of one lane, without copying */
    public int positionOf(int lane) {
        return connection.positionOf(lane);
    }

    /** @return the number of lanes this slot maps */
    public int lanes() {
        return connection.lanes();
    }

    /** @return the connection's reflectance, dB */
    public double reflectanceDb() {
        return connection.reflectanceDb();
    }
}
