package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * The floor plan: racks stand in rows; rows are parallel; trays run overhead.
 *
 * @param rackPitchM        centre-to-centre distance of adjacent racks in a row, metres, (0, 5]
 * @param rowPitchM         centre-to-centre distance of adjacent rows, metres, (0, 20]
 * @param racksPerRow       compute racks per row (network racks at the row's end or middle are extra), ≥ 1
 * @param serversPerRack    GPU servers per compute rack, ≥ 1
 * @param switchesPerRack   switches per network rack, ≥ 1
 * @param leafPlacement     end of row or middle of row
 * @param trayHeightM       vertical run from a rack's port field up to the overhead tray, metres, [0, 5]
 * @param crossAisleEveryRacks a cross-aisle tray joins the row trays every this many rack positions
 *                          (0 = only at the row ends)
 * @param networkRowGapM    extra distance between the last compute row and the spine/core rows, metres, ≥ 0
 * @param racks             rack height, equipment sizes, power budget, overflow rule and rack names
 * @param trays             cross-sections of drops and trays and their fill limit
 */
public record FloorSpec(
        double rackPitchM,
        double rowPitchM,
        int racksPerRow,
        int serversPerRack,
        int switchesPerRack,
        LeafPlacement leafPlacement,
        double trayHeightM,
        int crossAisleEveryRacks,
        double networkRowGapM,
        RackSpec racks,
        TraySpec trays) {
    public FloorSpec {
        if (!(rackPitchM > 0 && rackPitchM <= 5)) {
            throw new IllegalArgumentException("rackPitchM must be in (0, 5], was " + rackPitchM);
        }
        if (!(rowPitchM > 0 && rowPitchM <= 20)) {
            throw new IllegalArgumentException("rowPitchM must be in (0, 20], was " + rowPitchM);
        }
        if (racksPerRow < 1 || serversPerRack < 1 || switchesPerRack < 1) {
            throw new IllegalArgumentException("racksPerRow, serversPerRack and switchesPerRack must be >= 1");
        }
        if (leafPlacement == null) {
            throw new IllegalArgumentException("leafPlacement must be set");
        }
        if (!(trayHeightM >= 0 && trayHeightM <= 5)) {
            throw new IllegalArgumentException("trayHeightM must be in [0, 5], was " + trayHeightM);
        }
        Checks.atLeast("crossAisleEveryRacks", crossAisleEveryRacks, 0);
        if (!(networkRowGapM >= 0)) {
            throw new IllegalArgumentException("networkRowGapM must be >= 0, was " + networkRowGapM);
        }
        if (racks == null) {
            throw new IllegalArgumentException("racks must be set");
        }
        if (trays == null) {
            throw new IllegalArgumentException("trays must be set");
        }
    }

    /** A floor with {@link TraySpec#defaults()} trays. */
    public FloorSpec(double rackPitchM, double rowPitchM, int racksPerRow, int serversPerRack, int switchesPerRack,
            LeafPlacement leafPlacement, double trayHeightM, int crossAisleEveryRacks, double networkRowGapM,
            RackSpec racks) {
        this(rackPitchM, rowPitchM, racksPerRow, serversPerRack, switchesPerRack, leafPlacement, trayHeightM,
                crossAisleEveryRacks, networkRowGapM, racks, TraySpec.defaults());
    }

    /** A floor with {@link RackSpec#defaults()} racks. */
    public FloorSpec(double rackPitchM, double rowPitchM, int racksPerRow, int serversPerRack, int switchesPerRack,
            LeafPlacement leafPlacement, double trayHeightM, int crossAisleEveryRacks, double networkRowGapM) {
        this(rackPitchM, rowPitchM, racksPerRow, serversPerRack, switchesPerRack, leafPlacement, trayHeightM,
                crossAisleEveryRacks, networkRowGapM, RackSpec.defaults());
    }
}
