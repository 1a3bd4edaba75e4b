package org.cablesim.plant;

import java.util.List;
import java.util.Objects;
import org.cablesim.stats.Checks;

/**
 * A trunk a growth phase pulls, and the live plant it is laid next to.
 *
 * @param trunkId   the trunk's cable id ({@code T…})
 * @param tierName  its tier
 * @param lengthM   its stock length, metres, ≥ 0
 * @param disturbs  the shared parts (trunk ends, cassettes, adapter plates) of the phase before that sit in the
 *                  panels its two ends land in: landing it there disturbs their matings; sorted
 */
public record TrunkWork(String trunkId, String tierName, double lengthM, List<String> disturbs) {
    public TrunkWork {
        Objects.requireNonNull(trunkId, "trunkId");
        Objects.requireNonNull(tierName, "tierName");
        Checks.nonNegative("lengthM", lengthM);
        disturbs = List.copyOf(disturbs);
    }
}
