package org.cablesim.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The racks of the floor plan: height, what the equipment takes, the power budget, the overflow rule and how racks
 * are named (TIA-606-C: a rack is named by its row and its position in the row).
 *
 * @param heightRu      usable rack units of every rack, 1..60 (42 and 48 are the common EIA-310 cabinets)
 * @param serverRu      rack units of one GPU server, 1..20
 * @param switchRu      rack units of one switch, 1..20
 * @param powerBudgetKw power a rack may draw, kW, ≥ 0; 0 = not checked
 * @param serverKw      power of one server, kW, ≥ 0
 * @param switchKw      power of one switch, kW, ≥ 0
 * @param panelOverflow what happens to panels that do not fit
 * @param rowPrefix     prefix of a row's name, 0..4 letters ({@code R} gives {@code R01})
 * @param rackPrefix    prefix of a rack's number within its row, 0..4 letters
 * @param patchRacksBeside patching racks reserved beside every rack of a dedicated spine or core row, 0..4: the
 *                      network racks stand every {@code 1 + patchRacksBeside} positions and, under
 *                      {@link PanelOverflow#PATCH_RACK}, a full rack's panels go to the nearest of these first
 */
public record RackSpec(int heightRu, int serverRu, int switchRu, double powerBudgetKw, double serverKw,
        double switchKw, PanelOverflow panelOverflow, String rowPrefix, String rackPrefix, int patchRacksBeside) {
    /** What a name prefix may hold. */
    public static final Pattern PREFIX = Pattern.compile("[A-Za-z]{0,4}");

    public RackSpec {
        if (heightRu < 1 || heightRu > 60 || serverRu < 1 || serverRu > 20 || switchRu < 1 || switchRu > 20) {
            throw new IllegalArgumentException("heightRu must be in 1..60 and serverRu, switchRu in 1..20, were "
                    + heightRu + ", " + serverRu + ", " + switchRu);
        }
        if (!(powerBudgetKw >= 0 && serverKw >= 0 && switchKw >= 0) || Double.isInfinite(powerBudgetKw)
                || Double.isInfinite(serverKw) || Double.isInfinite(switchKw)) {
            throw new IllegalArgumentException("power figures must be finite and >= 0");
        }
        Objects.requireNonNull(panelOverflow, "panelOverflow");
        if (rowPrefix == null || !PREFIX.matcher(rowPrefix).matches() || rackPrefix == null
                || !PREFIX.matcher(rackPrefix).matches()) {
            throw new IllegalArgumentException("rowPrefix and rackPrefix must be 0..4 letters");
        }
        if (patchRacksBeside < 0 || patchRacksBeside > 4) {
            throw new IllegalArgumentException("patchRacksBeside must be in 0..4, was " + patchRacksBeside);
        }
    }

    /** The same racks without patching racks reserved beside network racks (every existing call site's shape). */
    public RackSpec(int heightRu, int serverRu, int switchRu, double powerBudgetKw, double serverKw,
            double switchKw, PanelOverflow panelOverflow, String rowPrefix, String rackPrefix) {
        this(heightRu, serverRu, switchRu, powerBudgetKw, serverKw, switchKw, panelOverflow, rowPrefix, rackPrefix, 0);
    }

    /** Positions one dedicated network row's rack takes with its reserved patching racks, ≥ 1. */
    public int networkRackStride() {
        return 1 + patchRacksBeside;
    }

    /**
     * 42 RU racks; 4 RU servers and 2 RU switches; no power check (8.5 kW servers, 1.5 kW switches when set);
     * overflow to a patching rack (at the row end: none reserved beside network racks); rows {@code R01}, racks
     * {@code 01}.
     */
    public static RackSpec defaults() {
        return new RackSpec(42, 4, 2, 0, 8.5, 1.5, PanelOverflow.PATCH_RACK, "R", "");
    }
}
