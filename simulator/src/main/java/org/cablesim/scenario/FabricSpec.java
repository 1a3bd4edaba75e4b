package org.cablesim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The logical fabric to generate.
 *
 * @param topology           generator family
 * @param switchRadix        physical ports per switch (all tiers use the same switch model), 4..1024
 * @param switchPortSpeedGbps speed of one switch port in Gb/s, &gt; 0
 * @param oversubscription   leaf downlink:uplink bandwidth ratio, ≥ 1 (1 = non-blocking)
 * @param serversPerUnit     servers per scalable unit (rail-optimised only; 0 when not used)
 * @param serversPerLeaf     servers per leaf for leaf-spine (0 = as many as the leaf's downlinks allow)
 * @param tiers              tiers in order: server–leaf, leaf–spine and optionally spine–core; 2..3 entries
 */
public record FabricSpec(
        Topology topology,
        int switchRadix,
        int switchPortSpeedGbps,
        double oversubscription,
        int serversPerUnit,
        int serversPerLeaf,
        List<TierSpec> tiers) {
    public FabricSpec {
        Objects.requireNonNull(topology, "topology");
        if (switchRadix < 4 || switchRadix > 1024) {
            throw new IllegalArgumentException("switchRadix must be in 4..1024, was " + switchRadix);
        }
        if (switchPortSpeedGbps <= 0) {
            throw new IllegalArgumentException("switchPortSpeedGbps must be > 0, was " + switchPortSpeedGbps);
        }
        if (!(oversubscription >= 1.0) || Double.isInfinite(oversubscription)) {
            throw new IllegalArgumentException("oversubscription must be >= 1, was " + oversubscription);
        }
        if (serversPerUnit < 0 || serversPerLeaf < 0) {
            throw new IllegalArgumentException("serversPerUnit and serversPerLeaf must be >= 0");
        }
        tiers = List.copyOf(tiers);
        if (tiers.size() < 2 || tiers.size() > 3) {
            throw new IllegalArgumentException("a fabric has 2 or 3 tiers, was " + tiers.size());
        }
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).role() != TierRole.ofIndex(i)) {
                throw new IllegalArgumentException("tier " + i + " must have role " + TierRole.ofIndex(i));
            }
        }
    }

    /** The tier with the given role, or null when the fabric has none. */
    public TierSpec tier(TierRole role) {
        return role.ordinal() < tiers.size() ? tiers.get(role.ordinal()) : null;
    }
}
