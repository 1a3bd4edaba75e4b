package org.cablesim.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cablesim.stats.Checks;

/**
 * A planned growth phase of the plant: on {@code day} its tasks are queued, in order, for the expansion's own
 * crews. A link the expansion installs is out of service until its task ends; a moved link is down (planned, jobs
 * drained) from the start of its task to its end, then its new channel takes over. Installing and moving mate new
 * connections and disturb the neighbours on shared parts, as any crew work does.
 *
 * @param label the phase's name in results, non-blank
 * @param day   start, days after the start of operations, ≥ 0 and before the horizon
 * @param crews crews of the expansion, ≥ 1
 * @param tasks crew jobs in the order they are done; no link installed twice
 */
public record Expansion(String label, double day, int crews, List<ExpansionTask> tasks) {
    public Expansion {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must be non-blank");
        }
        Checks.nonNegative("day", day);
        Checks.atLeast("crews", crews, 1);
        tasks = List.copyOf(tasks);
        Set<String> installed = new HashSet<>();
        for (ExpansionTask t : tasks) {
            if (t.installLinkId() != null && !installed.add(t.installLinkId())) {
                throw new IllegalArgumentException("expansion " + label + " installs " + t.installLinkId() + " twice");
            }
        }
    }

    /** Tasks that move a link. */
    public int moves() {
        return (int) tasks.stream().filter(ExpansionTask::moves).count();
    }

    /** Tasks that only install a new link. */
    public int installs() {
        return (int) tasks.stream().filter(t -> t.retireLinkId() == null && t.installLinkId() != null).count();
    }
}
