package org.cablesim.io;

import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PanelOverflow;
import org.cablesim.scenario.RackSpec;
import org.cablesim.scenario.TraySpec;

/** Reads the scenario's optional {@code floor} section; every field has a default. */
final class FloorReader {
    static final String[] FIELDS = {"rackPitchM", "rowPitchM", "racksPerRow", "serversPerRack", "switchesPerRack",
        "leafPlacement", "trayHeightM", "crossAisleEveryRacks", "networkRowGapM", "racks", "trays"};
    static final String[] RACK_FIELDS = {"heightRu", "serverRu", "switchRu", "powerBudgetKw", "serverKw", "switchKw",
        "panelOverflow", "rowPrefix", "rackPrefix", "patchRacksBeside"};
    static final String[] TRAY_FIELDS = {"fillLimit", "drop", "rowTray", "networkRowTray", "crossAisle",
        "mainTray"};
    static final String[] SECTION_FIELDS = {"widthMm", "depthMm"};

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
        RackSpec racks = readRacks(f.object("racks", false, RACK_FIELDS));
        TraySpec trays = readTrays(f.object("trays", false, TRAY_FIELDS));
        if (f.problems().size() > before || f.isBroken() || racks == null || trays == null) {
            return null;
        }
        return new FloorSpec(rackPitch, rowPitch, racksPerRow, serversPerRack, switchesPerRack, placement,
                trayHeight, crossAisle, gap, racks, trays);
    }

    /** The floor's {@code racks} mapping, or null when a field is invalid (reported). */
    private static RackSpec readRacks(Fields f) {
        RackSpec d = RackSpec.defaults();
        int before = f.problems().size();
        Integer height = f.optionalInt("heightRu", d.heightRu(), 1, 60);
        Integer serverRu = f.optionalInt("serverRu", d.serverRu(), 1, 20);
        Integer switchRu = f.optionalInt("switchRu", d.switchRu(), 1, 20);
        Double budget = f.optionalDouble("powerBudgetKw", d.powerBudgetKw(), DoubleRange.closed(0, 1000));
        Double serverKw = f.optionalDouble("serverKw", d.serverKw(), DoubleRange.closed(0, 100));
        Double switchKw = f.optionalDouble("switchKw", d.switchKw(), DoubleRange.closed(0, 100));
        PanelOverflow overflow = f.optionalEnum("panelOverflow", d.panelOverflow(), Spellings.PANEL_OVERFLOW);
        String rowPrefix = f.optionalText("rowPrefix", d.rowPrefix(), RackSpec.PREFIX);
        String rackPrefix = f.optionalText("rackPrefix", d.rackPrefix(), RackSpec.PREFIX);
        Integer beside = f.optionalInt("patchRacksBeside", d.patchRacksBeside(), 0, 4);
        if (f.problems().size() > before || f.isBroken()) {
            return null;
        }
        return new RackSpec(height, serverRu, switchRu, budget, serverKw, switchKw, overflow, rowPrefix, rackPrefix,
                beside);
    }

    /** The floor's {@code trays} mapping, or null when a field is invalid (reported). */
    private static TraySpec readTrays(Fields f) {
        TraySpec d = TraySpec.defaults();
        int before = f.problems().size();
        Double fill = f.optionalDouble("fillLimit", d.fillLimit(), DoubleRange.aboveUpTo(0, 1));
        TraySpec.Section drop = readSection(f.object("drop", false, SECTION_FIELDS), d.drop());
        TraySpec.Section row = readSection(f.object("rowTray", false, SECTION_FIELDS), d.rowTray());
        TraySpec.Section networkRow = readSection(f.object("networkRowTray", false, SECTION_FIELDS),
                d.networkRowTray());
        TraySpec.Section cross = readSection(f.object("crossAisle", false, SECTION_FIELDS), d.crossAisle());
        TraySpec.Section main = readSection(f.object("mainTray", false, SECTION_FIELDS), d.mainTray());
        if (f.problems().size() > before || f.isBroken() || drop == null || row == null || cross == null
                || main == null) {
            return null;
        }
        return new TraySpec(drop, row, networkRow, cross, main, fill);
    }

    /** One segment kind's cross-section, or null when a field is invalid (reported). */
    private static TraySpec.Section readSection(Fields f, TraySpec.Section d) {
        int before = f.problems().size();
        Double width = f.optionalDouble("widthMm", d.widthMm(), DoubleRange.aboveUpTo(0, 2000));
        Double depth = f.optionalDouble("depthMm", d.depthMm(), DoubleRange.aboveUpTo(0, 500));
        if (f.problems().size() > before || f.isBroken()) {
            return null;
        }
        return new TraySpec.Section(width, depth);
    }
}
