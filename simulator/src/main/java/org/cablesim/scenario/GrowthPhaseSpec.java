package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * One expansion of the cluster: on {@code day} it grows to {@code servers} servers.
 *
 * @param name    name in results, [A-Za-z0-9._-]+
 * @param day     start of the expansion work, days after the initial turn-up, finite, &gt; 0
 * @param servers cluster size once the phase is built, servers, ≥ 1 (larger than the phase before)
 * @param crews   crews doing the phase's work, ≥ 1
 */
public record GrowthPhaseSpec(String name, double day, int servers, int crews) {
    public GrowthPhaseSpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("growth phase name must match [A-Za-z0-9._-]+, was " + name);
        }
        Checks.positive("day", day);
        Checks.atLeast("servers", servers, 1);
        Checks.atLeast("crews", crews, 1);
    }
}
