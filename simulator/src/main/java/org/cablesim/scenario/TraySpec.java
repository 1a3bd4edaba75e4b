package org.cablesim.scenario;

/**
 * The cross-sections of the floor's pathway segments and the fill limit they are checked against (TIA-569-E: cable
 * trays and drops are filled to at most 50 % of their usable cross-section).
 *
 * @param drop       a rack's vertical drop to the overhead tray
 * @param rowTray    the tray along a compute row (servers and leaves)
 * @param networkRowTray the tray along a dedicated spine or core row, where every trunk of the tier below arrives
 * @param crossAisle a tray across the rows
 * @param mainTray   the cross-aisle trays between the compute rows and the spine/core rows
 * @param fillLimit  the share of a segment's cross-section its cables may fill, (0, 1]
 */
public record TraySpec(Section drop, Section rowTray, Section networkRowTray, Section crossAisle, Section mainTray,
        double fillLimit) {
    /**
     * A segment's usable inside cross-section.
     *
     * @param widthMm inside width, millimetres, (0, 2000]
     * @param depthMm usable (loading) depth, millimetres, (0, 500]
     */
    public record Section(double widthMm, double depthMm) {
        public Section {
            if (!(widthMm > 0 && widthMm <= 2000 && depthMm > 0 && depthMm <= 500)) {
                throw new IllegalArgumentException("widthMm must be in (0, 2000] and depthMm in (0, 500], were "
                        + widthMm + ", " + depthMm);
            }
        }

        /** Cross-section area, square millimetres. */
        public double areaMm2() {
            return widthMm * depthMm;
        }
    }

    public TraySpec {
        if (drop == null || rowTray == null || networkRowTray == null || crossAisle == null || mainTray == null) {
            throw new IllegalArgumentException("every segment kind needs a cross-section");
        }
        if (!(fillLimit > 0 && fillLimit <= 1)) {
            throw new IllegalArgumentException("fillLimit must be in (0, 1], was " + fillLimit);
        }
    }

    /**
     * 300 x 100 mm drops (a cabinet-top cable exit as wide as the row tray: a network rack's drop carries all its
     * trunks and cords, 64 to 1,000+ cables in the shipped scenarios), 300 x 100 mm row (compute and network) and cross-aisle trays,
     * 600 x 100 mm main tray, 50 % fill.
     */
    public static TraySpec defaults() {
        return new TraySpec(new Section(300, 100), new Section(300, 100), new Section(300, 100),
                new Section(300, 100), new Section(600, 100), 0.5);
    }
}
