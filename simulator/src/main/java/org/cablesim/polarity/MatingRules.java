package org.cablesim.polarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.Polish;

/** The physical rules for two plugs meeting in an adapter or a transceiver MDI. */
public final class MatingRules {

    private MatingRules() {
    }

    /**
     * Checks one mated pair.
     *
     * @param near         the plug on the near side
     * @param far          the plug on the far side
     * @param keying       the adapter's keying, empty for a transceiver MDI (whose receptacle fixes
     *                     the orientation)
     * @param elementIndex index reported in violations
     * @param where        e.g. {@code mated pair 3 (panel P01 port 5)}, starts every reason
     * @return violations in the order geometry, key, gender, polish; empty when the pair is sound
     */
    public static List<Violation> check(ConnectorEnd near, ConnectorEnd far, Optional<AdapterKeying> keying,
                                        int elementIndex, String where) {
        List<Violation> out = new ArrayList<>();
        String pair = " (" + near.describe() + " against " + far.describe() + ")";
        if (near.fibresPerRow() != far.fibresPerRow() || near.rows() != far.rows()) {
            out.add(new Violation(CheckKind.FIBRE_COUNT, elementIndex, where + ": a " + geometry(near)
                    + " plug meets a " + geometry(far) + " plug" + pair
                    + ": the fibre positions cannot line up; use matching connectors or a conversion module"));
        }
        if (near.key() != far.key()) {
            out.add(new Violation(CheckKind.KEY, elementIndex, where + ": " + keyName(near.key()) + " meets "
                    + keyName(far.key()) + pair + ": " + keyAdvice(near.key(), far.key())));
        }
        boolean sameFamily = near.isArray() == far.isArray();
        if (sameFamily && near.gender() != Gender.NONE && near.gender() == far.gender()) {
            String g = near.gender().name().toLowerCase(Locale.ROOT);
            String why = near.gender() == Gender.PINNED
                    ? "the guide pins collide and can chip the ferrules; one side must be unpinned"
                    : "with no guide pins the fibres will not align; one side must be pinned";
            out.add(new Violation(CheckKind.GENDER, elementIndex,
                    where + ": " + g + " plug meets " + g + " plug" + pair + ": " + why));
        } else if (sameFamily && (near.gender() == Gender.NONE) != (far.gender() == Gender.NONE)) {
            out.add(new Violation(CheckKind.GENDER, elementIndex, where + ": a gendered plug meets a"
                    + " genderless one" + pair + ": use the same connector family on both sides"));
        }
        boolean nearApc = near.polish() == Polish.APC;
        if (nearApc != (far.polish() == Polish.APC)) {
            out.add(new Violation(CheckKind.POLISH, elementIndex, where + ": " + near.polish() + " meets "
                    + far.polish() + pair + ": an 8° angled face cannot touch a flat one (air gap, high loss and"
                    + " reflectance); use the same polish on both sides"));
        } else if (nearApc && near.isArray() && far.isArray()
                && keying.orElse(AdapterKeying.KEY_UP_KEY_DOWN) == AdapterKeying.KEY_UP_KEY_UP) {
            out.add(new Violation(CheckKind.POLISH, elementIndex, where + ": APC array plugs in a key-up/key-up"
                    + " adapter" + pair + ": their 8° faces are opposed and cannot touch; use a key-up/key-down"
                    + " (Type-A) adapter, as Method A and U1 do"));
        }
        return out;
    }

    private static String geometry(ConnectorEnd end) {
        return end.connectorTypeId() + " (" + end.fibresPerRow() + " positions × " + end.rows()
                + (end.rows() == 1 ? " row)" : " rows)");
    }

    private static String keyName(KeyStyle key) {
        return switch (key) {
            case CENTRE -> "centre-keyed plug";
            case OFFSET -> "offset-keyed plug";
            case NONE -> "non-array plug";
        };
    }

    private static String keyAdvice(KeyStyle a, KeyStyle b) {
        if (a == KeyStyle.NONE || b == KeyStyle.NONE) {
            return "an array plug cannot meet a single-fibre plug; use a fan-out or cassette";
        }
        return "MPO-16/32 (offset key) cannot enter a centre-keyed MPO-8/12/24 adapter; keep the base-16"
                + " and base-8/12 families apart or convert through a module";
    }
}
