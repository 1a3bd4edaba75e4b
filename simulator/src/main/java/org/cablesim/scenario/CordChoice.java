package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.PolarityType;

/**
 * The equipment cords at one end of a tier's links (the lower end faces the server or lower switch). With the
 * direct architecture the lower cord describes the one assembly between the transceivers.
 *
 * @param type            polarity type, A, B or C; empty = by polarity method
 * @param connectorId     connector at both ends; empty = the PMD's MDI connector
 * @param equipmentGender plug gender at the transceiver; empty = unpinned (transceiver MDIs are pinned)
 * @param panelGender     plug gender at the panel; empty = unpinned
 * @param polish          plug polish; empty = the tier polish
 */
public record CordChoice(Optional<PolarityType> type, Optional<String> connectorId, Optional<Gender> equipmentGender,
        Optional<Gender> panelGender, Optional<Polish> polish) {
    public CordChoice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(equipmentGender, "equipmentGender");
        Objects.requireNonNull(panelGender, "panelGender");
        Objects.requireNonNull(polish, "polish");
    }

    /** Every value left to the plant's defaults. */
    public static CordChoice defaults() {
        return new CordChoice(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
