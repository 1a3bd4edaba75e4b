package org.cablesim.lifecycle;

import org.cablesim.stats.Checks;

/**
 * One crew job of an expansion: install a new link, or move a link (retire its old channel, install its new one).
 *
 * @param retireLinkId  the lifecycle link taken out of service (a moved link's old channel), or null
 * @param installLinkId the lifecycle link brought into service, or null (a link only retired)
 * @param minutes       crew minutes before any rework (cabling, matings and test), finite, ≥ 0
 */
public record ExpansionTask(String retireLinkId, String installLinkId, double minutes) {
    public ExpansionTask {
        if (retireLinkId == null && installLinkId == null) {
            throw new IllegalArgumentException("an expansion task retires or installs a link");
        }
        Checks.nonNegative("minutes", minutes);
    }

    /** Whether the task moves an existing link (planned downtime) rather than adding one. */
    public boolean moves() {
        return retireLinkId != null && installLinkId != null;
    }
}
