package org.cablesim.lifecycle;

import java.util.List;
import java.util.Objects;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.OpticalConnection;

/**
 * One mated pair in a link's channel. Every mating draws the pair's per-position losses from its model (positions
 * of one ferrule may be correlated) and each lane of the link takes the loss at its position: the same optical
 * connection the installation-loss estimate draws from.
 *
 * @param connectionId      unique over the plant, non-blank
 * @param sharedPartId      the multi-fibre connector, trunk end, cassette or panel this mated pair sits in;
 *                          connections of other links with the same id are its neighbours and are disturbed
 *                          (re-mated) when it is worked on; null or blank when it has no neighbours
 * @param matedComponentIds the components joined by this pair (e.g. the cord and the trunk); replacing one of
 *                          them re-mates this connection; may be empty; each must list this connection's link
 * @param optical           the pair's loss model, positions, each lane's position and clean reflectance
 */
public record LinkConnection(String connectionId, String sharedPartId, List<String> matedComponentIds,
        OpticalConnection optical) {
    public LinkConnection {
        if (connectionId == null || connectionId.isBlank()) {
            throw new IllegalArgumentException("connection id must be non-blank");
        }
        if (sharedPartId != null && sharedPartId.isBlank()) {
            sharedPartId = null;
        }
        matedComponentIds = List.copyOf(matedComponentIds);
        Objects.requireNonNull(optical, "optical");
    }

    /**
     * A connection that no component replacement re-mates (only rework and disturbance do).
     *
     * @param connectionId see the record
     * @param sharedPartId see the record
     * @param optical      see the record
     */
    public LinkConnection(String connectionId, String sharedPartId, OpticalConnection optical) {
        this(connectionId, sharedPartId, List.of(), optical);
    }

    /** The mated pair's per-position loss model. */
    public MatedPairLossModel lossModel() {
        return optical.model();
    }

    /** Reflectance of the clean pair, dB. */
    public double reflectanceDb() {
        return optical.reflectanceDb();
    }
}
