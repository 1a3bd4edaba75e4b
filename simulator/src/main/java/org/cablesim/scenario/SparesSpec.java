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
    /**
     * Spares per kind as a share of the installed count when a scenario names none, 1 %, at least one. [assume] The
     * bill of materials also buys at this share when the lifecycle's stock is unlimited.
     */
    public static final double DEFAULT_FRACTION_OF_INSTALLED = 0.01;

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
        return ofFraction(fractionOfInstalled, installed);
    }

    /**
     * Spares kept for this many installed parts at a share of them: ⌈fraction × installed⌉, at least 1. A product
     * within 10⁻⁹ (relative) of a whole number is that number, so 7 % of 100 is 7, not the 8 that the binary
     * 0.07 × 100 = 7.000000000000001 would round up to (at the default 1 % no count below 2·10⁶ is affected).
     *
     * @param fraction  share, finite, ≥ 0
     * @param installed installed parts, ≥ 0
     */
    public static int ofFraction(double fraction, long installed) {
        double x = fraction * installed;
        double whole = Math.rint(x);
        double up = Math.abs(x - whole) <= 1e-9 * Math.max(1, x) ? whole : Math.ceil(x);
        return (int) Math.max(1, up);
    }
}
