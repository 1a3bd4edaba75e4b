package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cablesim.catalog.Gender;

/**
 * Cassettes at both ends of every trunk of a tier: the trunk legs plug into their rear, the cords (or jumpers)
 * into their front.
 *
 * @param cassetteId catalog id of the cassette type
 * @param gender     gender of the cassette's own array plugs; empty = pinned
 */
public record CassetteChoice(String cassetteId, Optional<Gender> gender) {
    public CassetteChoice {
        if (cassetteId == null || cassetteId.isBlank()) {
            throw new IllegalArgumentException("cassetteId must be non-blank");
        }
        Objects.requireNonNull(gender, "gender");
    }
}
