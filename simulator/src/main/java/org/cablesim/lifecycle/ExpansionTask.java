package org.cablesim.lifecycle;

import java.util.List;
import org.cablesim.stats.Checks;

/**
 * One crew job of an expansion: lay a cable into live panels (disturbing the shared parts it lands next to),
 * install a new link, or move a link (retire its old channel, install its new one).
 *
 * @param retireLinkId  the lifecycle link taken out of service (a moved link's old channel), or null
 * @param installLinkId the lifecycle link brought into service, or null (a link only retired)
 * @param minutes       crew minutes before any rework (cabling, matings and test), finite, ≥ 0
 * @param disturbs      shared parts (trunk ends, cassettes, adapter plates) the work disturbs besides the links'
 *                      own neighbours; e.g. the live trunk ends in the panels a new trunk lands in
 */
public record ExpansionTask(String retireLinkId, String installLinkId, double minutes, List<String> disturbs) {
    public ExpansionTask {
        disturbs = List.copyOf(disturbs);
        if (retireLinkId == null && installLinkId == null && disturbs.isEmpty() && minutes == 0) {
            throw new IllegalArgumentException("an expansion task does some work");
        }
        Checks.nonNegative("minutes", minutes);
    }

    /** A link task that disturbs nothing beyond the links' own neighbours. */
    public ExpansionTask(String retireLinkId, String installLinkId, double minutes) {
        this(retireLinkId, installLinkId, minutes, List.of());
    }

    /** Whether the task moves an existing link (planned downtime) rather than adding one. */
    public boolean moves() {
        return retireLinkId != null && installLinkId != null;
    }
}
