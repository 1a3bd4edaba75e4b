package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.PolarityType;

/**
 * The cross-connect jumpers (cross-connect architecture only): from the equipment-side panel, where the equipment
 * cord lands, to the trunk-side panel, where the trunk (or its cassette) lands. Their connector is the equipment
 * cord's.
 *
 * @param type                polarity type, A, B or C; empty = by polarity method
 * @param equipmentSideGender gender at the equipment-side panel; empty = pinned (meets the unpinned cord)
 * @param trunkSideGender     gender at the trunk-side panel; empty = the opposite of the trunk's or cassette's plug
 * @param polish              plug polish; empty = the tier polish
 */
public record JumperChoice(Optional<PolarityType> type, Optional<Gender> equipmentSideGender,
        Optional<Gender> trunkSideGender, Optional<Polish> polish) {
    public JumperChoice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(equipmentSideGender, "equipmentSideGender");
        Objects.requireNonNull(trunkSideGender, "trunkSideGender");
        Objects.requireNonNull(polish, "polish");
    }

    /** Every value left to the plant's defaults. */
    public static JumperChoice defaults() {
        return new JumperChoice(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
