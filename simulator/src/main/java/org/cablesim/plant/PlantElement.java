package org.cablesim.plant;

import java.util.Objects;

/**
 * What one element of a routed channel is in the plant, index for index beside the polarity
 * {@link org.cablesim.polarity.Channel}'s elements.
 *
 * @param kind        cord, jumper, trunk, direct assembly, adapter (a mated pair) or cassette
 * @param label       where it is, e.g. {@code panel R003-12.P01 port 05}
 * @param cableId     the cable's id in cable-schedule.csv ({@code C000001}), empty for adapters and cassettes
 * @param lengthM     installed (stock) length, metres; 0 for adapters and cassettes
 * @param lossClassId loss class of an adapter's mated pair (catalog id), empty for cables and cassettes
 */
public record PlantElement(Kind kind, String label, String cableId, double lengthM, String lossClassId) {
    /** The kind of element. */
    public enum Kind {
        CORD,
        JUMPER,
        TRUNK,
        ASSEMBLY,
        ADAPTER,
        CASSETTE
    }

    public PlantElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cableId, "cableId");
        Objects.requireNonNull(lossClassId, "lossClassId");
        if (!(lengthM >= 0)) {
            throw new IllegalArgumentException("lengthM must be >= 0, was " + lengthM);
        }
    }

    /** Whether the element is a cable (cord, jumper, trunk or assembly). */
    public boolean isCable() {
        return !cableId.isEmpty();
    }
}
