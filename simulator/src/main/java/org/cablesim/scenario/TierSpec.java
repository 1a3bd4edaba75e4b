package org.cablesim.scenario;

import java.util.Objects;

/**
 * One tier of the fabric: its name, the PMD (catalog id) its links use and its port breakout.
 *
 * @param name       tier name used in results, e.g. {@code server-leaf}; non-blank
 * @param role       which device layers the tier connects
 * @param pmdId      catalog id of the optical PMD on every link of the tier
 * @param linkSpeedGbps speed of one logical link of the tier in Gb/s, &gt; 0
 * @param breakout   logical links served by one switch port on the upper side of the tier, 1..8
 *                   (2 = one 800G port serving two 400G links, 2×DR4)
 */
public record TierSpec(String name, TierRole role, String pmdId, int linkSpeedGbps, int breakout) {
    public TierSpec {
        Objects.requireNonNull(role, "role");
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
    }
}
