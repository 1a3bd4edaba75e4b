package org.cablesim.lifecycle;


import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cablesim.scenario.PartKind;
import org.cablesim.stats.Checks;

/**
 * Spares on hand per component kind, base-stock: every spare taken is reordered at once and arrives after
 * the lead time. A hard-failure repair waits for a spare before a crew is sent.
 *
 * @param stock                 spares per kind; a kind left out gets ⌈{@code stockFraction} × installed⌉,
 *                              at least 1; each value ≥ 0
 * @param stockFraction         share of the installed count kept as spares, ≥ 0; +∞ means unlimited spares
 * @param restockLeadTimeHours  delay from taking a spare to its replacement arriving, hours, ≥ 0
 */
public record SparesPolicy(Map<PartKind, Integer> stock, double stockFraction, double restockLeadTimeHours) {
    public SparesPolicy {
        EnumMap<PartKind, Integer> copy = new EnumMap<>(PartKind.class);
        copy.putAll(stock);
        copy.forEach((k, v) -> {
            if (v == null || v < 0) {
                throw new IllegalArgumentException("spares of " + k + " must be >= 0, was " + v);
            }
        });
        stock = Collections.unmodifiableMap(copy);
        if (!(stockFraction >= 0)) {
            throw new IllegalArgumentException("stockFraction must be >= 0, was " + stockFraction);
        }
        Checks.nonNegative("restockLeadTimeHours", restockLeadTimeHours);
    }

    /** 1 % of the installed count per kind, 14-day restock ({@link LifecycleDefaults}). */
    public static SparesPolicy defaults() {
        return new SparesPolicy(Map.of(), LifecycleDefaults.SPARES_FRACTION, LifecycleDefaults.RESTOCK_HOURS);
    }

    /** A spare is always on hand. */
    public static SparesPolicy unlimited() {
        return new SparesPolicy(Map.of(), Double.POSITIVE_INFINITY, 0);
    }

    /**
     * The initial stock of a kind.
     *
     * @param kind      the kind
     * @param installed installed components of that kind, ≥ 0
     * @return spares, or −1 for unlimited
     */
    public int initialStock(PartKind kind, int installed) {
        Integer explicit = stock.get(kind);
        if (explicit != null) {
            return explicit;
        }
        if (stockFraction == Double.POSITIVE_INFINITY) {
            return -1;
        }
        return (int) Math.max(1, Math.ceil(stockFraction * installed));
    }
}
