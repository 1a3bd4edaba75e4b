package org.cablesim.topology;

import java.util.Objects;
import org.cablesim.stats.Checks;

/**
 * One phase of a growing fabric, as built.
 *
 * @param name   the phase's name ({@code initial} for the turn-up size)
 * @param day    start of the phase's work, days after the initial turn-up (0 for the initial phase), ≥ 0
 * @param crews  crews doing the phase's work, ≥ 1
 * @param fabric the fabric once the phase is built
 * @param change what the phase changes in the fabric of the phase before
 */
public record FabricPhase(String name, double day, int crews, LogicalFabric fabric, PhaseChange change) {
    public FabricPhase {
        Objects.requireNonNull(name, "name");
        Checks.nonNegative("day", day);
        Checks.atLeast("crews", crews, 1);
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(change, "change");
    }
}
