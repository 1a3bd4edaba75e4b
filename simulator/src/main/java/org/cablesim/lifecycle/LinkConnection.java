package org.cablesim.lifecycle;

import java.util.List;
import java.util.Objects;
import org.cablesim.stats.Distribution;

/**
 * One mated pair in a link's channel. Each lane of the link draws its own loss from {@code lossModel} at
 * every mating (lanes independent).
 *
 * @param connectionId      unique over the plant, non-blank
 * @param sharedPartId      the multi-fibre connector, trunk end, cassette or panel this mated pair sits in;
 *                          connections of other links with the same id are its neighbours and are disturbed
 *                          (re-mated) when it is worked on; null or blank when it has no neighbours
 * @param matedComponentIds the components joined by this pair (e.g. the cord and the trunk); replacing one of
 *                          them re-mates this connection; may be empty; each must list this connection's link
 * @param lossModel         insertion loss of one lane of one mating, dB
 * @param reflectanceDb     reflectance of the clean pair, dB, &lt; 0 (APC ≈ −60)
 */
public record LinkConnection(String connectionId, String sharedPartId, List<String> matedComponentIds,
        Distribution lossModel, double reflectanceDb) {
    public LinkConnection {
        if (connectionId == null || connectionId.isBlank()) {
            throw new IllegalArgumentException("connection id must be non-blank");
        }
        if (sharedPartId != null && sharedPartId.isBlank()) {
            sharedPartId = null;
        }
        matedComponentIds = List.copyOf(matedComponentIds);
        Objects.requireNonNull(lossModel, "lossModel");
        if (!(reflectanceDb < 0) || Double.isInfinite(reflectanceDb)) {
            throw new IllegalArgumentException("reflectanceDb must be finite and < 0 on " + connectionId
                    + ", was " + reflectanceDb);
        }
    }

    /**
     * A connection that no component replacement re-mates (only rework and disturbance do).
     *
     * @param connectionId  see the record
     * @param sharedPartId  see the record
     * @param lossModel     see the record
     * @param reflectanceDb see the record
     */
    public LinkConnection(String connectionId, String sharedPartId, Distribution lossModel, double reflectanceDb) {
        this(connectionId, sharedPartId, List.of(), lossModel, reflectanceDb);
    }
}
