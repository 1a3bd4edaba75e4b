package org.cablesim.plant;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of a bill of materials.
 *
 * @param category     what kind of item
 * @param tierName     the tier the items serve
 * @param item         item name, e.g. {@code trunk 12xMPO-12 144f Type-B 30 m}
 * @param quantity     how many (hours for labour), ≥ 0
 * @param unit         {@code each} or {@code hour}
 * @param unitPriceUsd price per unit from the catalog price book, USD (0 when unpriced)
 * @param totalUsd     quantity × unit price, USD
 * @param priceIds     the price-book ids the unit price is built from, e.g. {@code 12 x (trunk-assembly:MPO-12 +
 *                     30 m x trunk-metre:MPO-12)}
 * @param priced       false when a price-book id is missing (then counted at 0 and flagged)
 */
public record BomLine(Category category, String tierName, String item, double quantity, String unit,
        double unitPriceUsd, double totalUsd, String priceIds, boolean priced) {
    /** Kinds of BOM items, in report order. */
    public enum Category {
        TRANSCEIVERS,
        TRUNKS,
        CORDS,
        JUMPERS,
        ASSEMBLIES,
        CASSETTES,
        ADAPTERS,
        PANELS,
        LABOUR;

        /** The name used in files: lower case. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BomLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(item, "item");
        if (!(quantity >= 0) || !(unitPriceUsd >= 0)) {
            throw new IllegalArgumentException("quantity and price must be >= 0");
        }
    }
}
