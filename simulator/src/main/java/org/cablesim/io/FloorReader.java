package org.cablesim.io;

import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;

/** Reads the scenario's optional {@code floor} section; every field has a default. */
final class FloorReader {
    static final String[] FIELDS = {"rackPitchM", "rowPitchM", "racksPerRow", "serversPerRack", "switchesPerRack",
        "leafPlacement", "trayHeightM", "crossAisleEveryRacks", "networkRowGapM"};

    private FloorReader() {
    }

    /** The floor, or null when any field is invalid (reported). */
    static FloorSpec read(Fields f) {
        int before = f.problems().size();
        Double rackPitch = f.optionalDouble("rackPitchM", 0.6, DoubleRange.aboveUpTo(0, 5));
        Double rowPitch = f.optionalDouble("rowPitchM", 3.0, DoubleRange.aboveUpTo(0, 20));
        Integer racksPerRow = f.optionalInt("racksPerRow", 16, 1, 1000);
        Integer serversPerRack = f.optionalInt("serversPerRack", 4, 1, 64);
        Integer switchesPerRack = f.optionalInt("switchesPerRack", 8, 1, 64);
        LeafPlacement placement = f.optionalEnum("leafPlacement", LeafPlacement.END_OF_ROW, Spellings.LEAF_PLACEMENT);
        Double trayHeight = f.optionalDouble("trayHeightM", 1.5, DoubleRange.closed(0, 5));
        Integer crossAisle = f.optionalInt("crossAisleEveryRacks", 0, 0, 1000);
        Double gap = f.optionalDouble("networkRowGapM", 3.0, DoubleRange.closed(0, 1000));
        if (f.problems().size() > before || f.isBroken()) {
            return null;
        }
        return new FloorSpec(rackPitch, rowPitch, racksPerRow, serversPerRack, switchesPerRack, placement,
                trayHeight, crossAisle, gap);
    }
}
