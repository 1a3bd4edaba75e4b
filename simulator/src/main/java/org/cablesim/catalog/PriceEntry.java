package org.cablesim.catalog;

import org.cablesim.stats.Checks;

/**
 * One price-book line for bills of materials; every figure is rough and user-overridable (rough street prices).
 *
 * @param id        catalog id, e.g. {@code transceiver:400GBASE-DR4} or {@code trunk-metre:MPO-16}
 * @param unit      what the price is for: one item, one metre, one hour
 * @param priceUsd  price in US dollars per unit, ≥ 0
 * @param source    provenance note; non-blank
 */
public record PriceEntry(String id, PriceUnit unit, double priceUsd, String source) {
    public PriceEntry {
        Sources.requireId("price", id);
        if (unit == null) {
            throw new IllegalArgumentException("unit must be set");
        }
        if (!(Checks.finite("priceUsd", priceUsd) >= 0)) {
            throw new IllegalArgumentException("priceUsd must be >= 0, was " + priceUsd);
        }
        source = Sources.requireSource("price", id, source);
    }
}
