package org.cablesim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One cabling plan variant: per-tier cabling choices and what to do when capacity runs out.
 *
 * @param name                unique plan name within the scenario; [A-Za-z0-9._-]+
 * @param description         free text, may be empty
 * @param tiers               cabling per fabric tier name; tiers not listed use {@link TierCabling#defaults()}
 * @param onCapacityExhausted add trunks and panels when the provisioned ones are full, or report the links
 * @param provision           when a growing cluster's trunks and panels are installed, per tier (only read when the
 *                            scenario has growth phases)
 */
public record PlanSpec(String name, String description, Map<String, TierCabling> tiers,
        CapacityPolicy onCapacityExhausted, GrowthProvision provision) {
    public PlanSpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("plan name must match [A-Za-z0-9._-]+, was " + name);
        }
        description = description == null ? "" : description;
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(tiers, "tiers")));
        Objects.requireNonNull(onCapacityExhausted, "onCapacityExhausted");
        Objects.requireNonNull(provision, "provision");
    }

    /** A plan that cables each growth phase as it comes. */
    public PlanSpec(String name, String description, Map<String, TierCabling> tiers,
            CapacityPolicy onCapacityExhausted) {
        this(name, description, tiers, onCapacityExhausted, GrowthProvision.PER_PHASE);
    }

    /** A plan with default cabling on every tier. */
    public PlanSpec(String name, String description) {
        this(name, description, Map.of(), CapacityPolicy.ADD);
    }

    /** The cabling of the named tier: the plan's own, or the defaults when the plan does not list it. */
    public TierCabling tier(String tierName) {
        return tiers.getOrDefault(tierName, TierCabling.defaults());
    }
}
