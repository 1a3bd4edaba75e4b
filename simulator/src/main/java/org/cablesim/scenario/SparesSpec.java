package org.cablesim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cablesim.stats.Checks;

/**
 * Spares on hand, base-stock: a spare taken is reordered at once and arrives after the restock time.
 *
 * @param perKind             spares of the kinds given explicitly, each ≥ 0
 * @param fractionOfInstalled the other kinds keep ⌈fraction × installed⌉ spares, at least 1; finite, ≥ 0
 * @param restockDays         delay from taking a spare to its replacement arriving, days, finite, ≥ 0
 */
public record SparesSpec(Map<PartKind, Integer> perKind, double fractionOfInstalled, double restockDays) {
    public SparesSpec {
        EnumMap<PartKind, Integer> copy = new EnumMap<>(PartKind.class);
        copy.putAll(perKind);
        copy.forEach((k, v) -> Checks.atLeast("spares of " + k, v, 0));
        perKind = Collections.unmodifiableMap(copy);
        Checks.nonNegative("fractionOfInstalled", fractionOfInstalled);
        Checks.nonNegative("restockDays", restockDays);
    }
}
