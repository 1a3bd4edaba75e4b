package org.cablesim.catalog;

import org.cablesim.stats.Checks;

/**
 * One price-book line for bills of materials; every figure is rough and user-overridable (rough street prices).
 *
 * @param id        catalog id, e.g. {@code transceiver:400GBASE-DR4} or {@code trunk-metre:MPO-16}
 * @param unit      what the price is for: one item, one metre, one hour
 * @param priceUsd  price in US dollars per unit, ≥ 0
 * @param source    provenance note; non-blank
 * @param partNumber part-number template of the item ({@link #PART_FIELDS} in braces are filled from the resolved
 *                  cable, e.g. {@code TRK-{legs}{connector}-{fibres}F-{fibre}-{type}-{polish}-{jacket}-{length}});
 *                  empty when the price book gives none
 * @param jacket    cable jacket fire rating: {@code LSZH}, {@code plenum}, {@code riser}, or empty (not a cable)
 */
public record PriceEntry(String id, PriceUnit unit, double priceUsd, String source, String partNumber,
        String jacket) {
    /** The fields a part-number template may name. */
    public static final java.util.List<String> PART_FIELDS = java.util.List.of("connector", "legs", "fibres",
            "fibre", "type", "polish", "gender", "jacket", "length");
    /** The jacket ratings (IEC 60332-3 / IEC 61034 LSZH; NEC 770 OFNP plenum and OFNR riser). */
    public static final java.util.List<String> JACKETS = java.util.List.of("LSZH", "plenum", "riser");

    /** A price without part number or jacket. */
    public PriceEntry(String id, PriceUnit unit, double priceUsd, String source) {
        this(id, unit, priceUsd, source, "", "");
    }

    public PriceEntry {
        Sources.requireId("price", id);
        if (unit == null) {
            throw new IllegalArgumentException("unit must be set");
        }
        if (!(Checks.finite("priceUsd", priceUsd) >= 0)) {
            throw new IllegalArgumentException("priceUsd must be >= 0, was " + priceUsd);
        }
        source = Sources.requireSource("price", id, source);
        if (partNumber == null || jacket == null) {
            throw new IllegalArgumentException(id + ": partNumber and jacket must not be null (empty = none)");
        }
        if (!jacket.isEmpty() && !JACKETS.contains(jacket)) {
            throw new IllegalArgumentException(id + ": jacket must be one of " + JACKETS + ", was " + jacket);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(partNumber);
        while (m.find()) {
            if (!PART_FIELDS.contains(m.group(1))) {
                throw new IllegalArgumentException(id + ": partNumber names {" + m.group(1) + "}, not one of "
                        + PART_FIELDS);
            }
        }
    }
}
