package org.cablesim.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * One tier of the fabric: its name, the optics at each end of its links and its port breakout.
 *
 * @param name          tier name used in results, e.g. {@code server-leaf}; non-blank
 * @param role          which device layers the tier connects
 * @param pmdId         catalog id of the PMD in the upper-side switch ports (and at the lower end too unless
 *                      {@code lowerPmdId} names another)
 * @param linkSpeedGbps speed of one logical link of the tier in Gb/s, &gt; 0
 * @param breakout      logical links served by one switch port on the upper side of the tier, 1..8
 *                      (2 = one 800G port serving two 400G links)
 * @param lowerPmdId    catalog id of the PMD at the lower end when it differs (e.g. {@code 400GBASE-DR4} NICs under
 *                      an {@code 800GBASE-DR8} leaf port broken out 2×); empty = {@code pmdId}
 * @param harnessId     the breakout harness (catalog id) that splits a one-MDI port among its links, the default
 *                      of every plan; empty = none
 * @param breakoutSpread on switch–switch tiers, whether the links of one broken-out lower port go to different upper
 *                      switches (a twin-port 2×DR4 leaf port to two spines) rather than to one upper port
 */
public record TierSpec(String name, TierRole role, String pmdId, int linkSpeedGbps, int breakout,
        Optional<String> lowerPmdId, Optional<String> harnessId, boolean breakoutSpread) {
    /** A tier with the same PMD at both ends, no harness, breakout links to one upper port. */
    public TierSpec(String name, TierRole role, String pmdId, int linkSpeedGbps, int breakout) {
        this(name, role, pmdId, linkSpeedGbps, breakout, Optional.empty(), Optional.empty(), false);
    }

    public TierSpec {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(lowerPmdId, "lowerPmdId");
        Objects.requireNonNull(harnessId, "harnessId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tier name must be non-blank");
        }
        if (pmdId == null || pmdId.isBlank()) {
            throw new IllegalArgumentException("tier pmdId must be non-blank");
        }
        if (linkSpeedGbps <= 0) {
            throw new IllegalArgumentException("linkSpeedGbps must be > 0, was " + linkSpeedGbps);
        }
        if (breakout < 1 || breakout > 8) {
            throw new IllegalArgumentException("breakout must be in 1..8, was " + breakout);
        }
        if (breakoutSpread && (role == TierRole.SERVER_LEAF || breakout == 1)) {
            throw new IllegalArgumentException("breakoutSpread applies to broken-out switch-switch tiers");
        }
    }

    /** The PMD id at the lower end of the tier's links. */
    public String lowerPmd() {
        return lowerPmdId.orElse(pmdId);
    }
}
