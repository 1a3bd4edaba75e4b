package org.cablesim.montecarlo;

import java.util.Arrays;
import java.util.Objects;
import org.cablesim.optics.MatedPairLossModel;

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
public record ConnectionSpec(String elementType, MatedPairLossModel model, int positions, int[] positionOfLane,
                             double reflectanceDb) {
    public ConnectionSpec {
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(model, "model");
        positionOfLane = positionOfLane.clone();
        // validated in full by the slot it becomes
        new MatedPairSlot(elementType.isEmpty() ? "?" : elementType, model, positions, positionOfLane, reflectanceDb);
        if (elementType.isEmpty()) {
            throw new IllegalArgumentException("elementType must not be empty");
        }
    }

    /** @return a copy of the lane → position map */
    @Override
    public int[] positionOfLane() {
        return positionOfLane.clone();
    }

    MatedPairSlot toSlot(String elementKey) {
        return new MatedPairSlot(elementKey, model, positions, positionOfLane, reflectanceDb);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSpec c && elementType.equals(c.elementType) && model.equals(c.model)
                && positions == c.positions && Arrays.equals(positionOfLane, c.positionOfLane)
                && Double.compare(reflectanceDb, c.reflectanceDb) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(elementType, model, positions, Arrays.hashCode(positionOfLane), reflectanceDb);
    }

    @Override
    public String toString() {
        return "ConnectionSpec[" + elementType + ", positions=" + positions + ", lanes→" + Arrays.toString(positionOfLane) + "]";
    }
}
