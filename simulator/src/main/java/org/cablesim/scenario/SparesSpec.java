package org.cablesim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cablesim.stats.Checks;

/**
 * Spares on hand, base-stock: a spare taken is reordered at once and arrives after the restock time.
 *
 * @param perKind             spares of the kinds given explicitly, each ≥ 0
 * @param fractionOfInstalled the other kinds keep ⌈fraction × installed⌉ spares, at least 1; ≥ 0, +∞ meaning a
 *                            spare is always on hand
 * @param restockDays         delay from taking a spare to its replacement arriving, days, finite, ≥ 0
 */
public record SparesSpec(Map<PartKind, Integer> perKind, double fractionOfInstalled, double restockDays) {
    public SparesSpec {
        EnumMap<PartKind, Integer> copy = new EnumMap<>(PartKind.class);
        copy.putAll(perKind);
        copy.forEach((k, v) -> Checks.atLeast("spares of " + k, v, 0));
        perKind = Collections.unmodifiableMap(copy);
        if (!(fractionOfInstalled >= 0)) {
            throw new IllegalArgumentException("fractionOfInstalled must be >= 0, was " + fractionOfInstalled);
        }
        Checks.nonNegative("restockDays", restockDays);
    }

    /** A spare is always on hand. */
    public static SparesSpec unlimited() {
        return new SparesSpec(Map.of(), Double.POSITIVE_INFINITY, 0);
    }

    /** The restock delay in hours. */
    public double restockHours() {
        return restockDays * 24;
    }

    /**
     * The initial stock of a kind.
     *
     * @param kind      the kind
     * @param installed installed parts of that kind, ≥ 0
     * @return spares, or −1 for unlimited
     */
    public int initialStock(PartKind kind, int installed) {
        Integer explicit = perKind.get(kind);
        if (explicit != null) {
            return explicit;
        }
        if (fractionOfInstalled == Double.POSITIVE_INFINITY) {
            return -1;
        }
        return (int) Math.max(1, Math.ceil(fractionOfInstalled * installed));
    }
}
