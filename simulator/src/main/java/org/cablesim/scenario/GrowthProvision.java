package org.cablesim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's growth strategy: when each tier's passive plant is installed. A stated mix pre-provisions some tiers
 * only (e.g. the spine-row trunks).
 *
 * @param otherTiers provision of every tier not listed
 * @param byTier     provision per tier name
 */
public record GrowthProvision(Provision otherTiers, Map<String, Provision> byTier) {
    /** Every tier cabled as each phase comes. */
    public static final GrowthProvision PER_PHASE = new GrowthProvision(Provision.PER_PHASE, Map.of());

    public GrowthProvision {
        Objects.requireNonNull(otherTiers, "otherTiers");
        byTier = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byTier, "byTier")));
        byTier.values().forEach(p -> Objects.requireNonNull(p, "byTier value"));
    }

    /** The provision of the named tier. */
    public Provision forTier(String tierName) {
        return byTier.getOrDefault(tierName, otherTiers);
    }
}
