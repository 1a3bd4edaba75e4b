package org.cablesim.netbox;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.polarity.ConnectorEnd;

/**
 * How cablesim's facts are spelled in NetBox 4.6's choice values (netbox/dcim/choices.py at v4.6.8; the tests
 * check every value used here against that list).
 */
final class NetboxNames {
    /** The manufacturer of every exported device type: cablesim plans name no vendors. */
    static final String MANUFACTURER = "Generic";
    static final String STATUS_PLANNED = "planned";
    static final String LENGTH_UNIT = "m";
    /** Rack width in inches and height in units of exported racks: cablesim has no rack elevations [assume]. */
    static final int RACK_WIDTH_IN = 19;
    /** The face a racked device is mounted on (NetBox DeviceFaceChoices). */
    static final String FACE_FRONT = "front";

    /** The PMD values of InterfaceTypeChoices (v4.6.8) an MDI may take. */
    static final Set<String> PMD_INTERFACE_TYPES = Set.of("10gbase-er", "10gbase-lr", "10gbase-sr", "25gbase-er",
            "25gbase-lr", "25gbase-sr", "40gbase-er4", "40gbase-fr4", "40gbase-lr4", "40gbase-sr4", "50gbase-er",
            "50gbase-fr", "50gbase-lr", "50gbase-sr", "100gbase-cwdm4", "100gbase-dr", "100gbase-er4",
            "100gbase-fr1", "100gbase-lr1", "100gbase-lr4", "100gbase-sr1", "100gbase-sr1.2", "100gbase-sr2",
            "100gbase-sr4", "100gbase-sr10", "100gbase-zr", "200gbase-dr4", "200gbase-er4", "200gbase-fr4",
            "200gbase-lr4", "200gbase-sr2", "200gbase-sr4", "200gbase-vr2", "400gbase-dr4", "400gbase-er8",
            "400gbase-fr4", "400gbase-fr8", "400gbase-lr4", "400gbase-lr8", "400gbase-sr4", "400gbase-sr4_2",
            "400gbase-sr8", "400gbase-sr16", "400gbase-vr4", "400gbase-zr", "800gbase-dr8", "800gbase-sr8",
            "800gbase-vr8", "1.6tbase-dr8", "1.6tbase-dr8-2");
    /** An interface or port type NetBox has no closer value for. */
    static final String OTHER = "other";

    private static final Pattern NO_BASE = Pattern.compile("^([0-9.]+[gt])-(.+)$");
    private static final Pattern TWIN = Pattern.compile("^([0-9]+)gbase-([0-9]+)x(.+)$");

    private NetboxNames() {
    }

    /** A NetBox slug: lower case, runs of other characters than {@code [a-z0-9_]} become one hyphen. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** The pluggable cage of a port of this speed (OSFP from 400 Gb/s up [assume]). */
    static String cageType(int gbps) {
        return switch (gbps) {
            case 1600 -> "1.6tbase-x-osfp1600";
            case 800 -> "800gbase-x-osfp";
            case 400 -> "400gbase-x-osfp";
            case 200 -> "200gbase-x-qsfp56";
            case 100 -> "100gbase-x-qsfp28";
            case 50 -> "50gbase-x-sfp56";
            case 25 -> "25gbase-x-sfp28";
            case 10 -> "10gbase-x-sfpp";
            default -> OTHER;
        };
    }

    /**
     * The interface type of one MDI of a PMD: the PMD's own value when NetBox has one (400GBASE-DR4 →
     * {@code 400gbase-dr4}, 1.6T-DR8 → {@code 1.6tbase-dr8}, one MDI of 800G-2xDR4 → {@code 400gbase-dr4}),
     * else {@code other}.
     */
    static String mdiType(Pmd pmd) {
        String c = pmd.id().toLowerCase(Locale.ROOT);
        Matcher m = NO_BASE.matcher(c);
        if (m.matches() && !c.contains("base")) {
            c = m.group(1) + "base-" + m.group(2);
        }
        Matcher twin = TWIN.matcher(c);
        if (pmd.mdiConnectorCount() > 1 && twin.matches()
                && Integer.parseInt(twin.group(2)) == pmd.mdiConnectorCount()) {
            c = Integer.parseInt(twin.group(1)) / pmd.mdiConnectorCount() + "gbase-" + twin.group(3);
        }
        for (String candidate : new String[] {c, c.replace('.', '_')}) {
            if (PMD_INTERFACE_TYPES.contains(candidate)) {
                return candidate;
            }
        }
        return OTHER;
    }

    /** The front/rear port type of a plug: {@code mpo} for any array plug, {@code lc-<polish>} for LC. */
    static String portType(ConnectorEnd plug) {
        if (plug.isArray()) {
            return "mpo";
        }
        if (plug.connectorTypeId().toUpperCase(Locale.ROOT).startsWith("LC")) {
            return "lc-" + plug.polish().name().toLowerCase(Locale.ROOT);
        }
        return OTHER;
    }

    /** The cable type of a fibre type. */
    static String cableType(FibreType fibre) {
        return switch (fibre.id().toUpperCase(Locale.ROOT)) {
            case "OS2" -> "smf-os2";
            case "OS1", "OS1A" -> "smf-os1";
            case "OM1" -> "mmf-om1";
            case "OM2" -> "mmf-om2";
            case "OM3" -> "mmf-om3";
            case "OM4" -> "mmf-om4";
            case "OM5" -> "mmf-om5";
            default -> fibre.kind() == FibreKind.SMF ? "smf" : "mmf";
        };
    }

    /**
     * The jacket colour of a fibre type (TIA-598-D: yellow single-mode, orange OM1/OM2, aqua OM3/OM4, lime OM5), as
     * the hex value of NetBox's colour of that name.
     */
    static String colour(FibreType fibre) {
        if (fibre.kind() == FibreKind.SMF) {
            return "ffeb3b";
        }
        return switch (fibre.id().toUpperCase(Locale.ROOT)) {
            case "OM1", "OM2" -> "ff9800";
            case "OM5" -> "cddc39";
            default -> "00ffff";
        };
    }
}
