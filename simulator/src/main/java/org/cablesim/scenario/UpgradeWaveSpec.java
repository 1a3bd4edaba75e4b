package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * A scheduled conversion of one fabric tier to another PMD.
 *
 * @param name     name in results, [A-Za-z0-9._-]+
 * @param day      start, days after turn-up, finite, ≥ 0 (before the horizon)
 * @param tierName the fabric tier converted
 * @param toPmdId  catalog id of the new PMD
 * @param crews    crews of the wave, ≥ 1
 */
public record UpgradeWaveSpec(String name, double day, String tierName, String toPmdId, int crews) {
    public UpgradeWaveSpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("upgrade name must match [A-Za-z0-9._-]+, was " + name);
        }
        Checks.nonNegative("day", day);
        if (tierName == null || tierName.isBlank() || toPmdId == null || toPmdId.isBlank()) {
            throw new IllegalArgumentException("tierName and toPmdId must be non-blank");
        }
        Checks.atLeast("crews", crews, 1);
    }
}
