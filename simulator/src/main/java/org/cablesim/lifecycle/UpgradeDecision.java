package org.cablesim.lifecycle;

import org.cablesim.stats.Checks;


/**
 * What an upgrade does to one link.
 *
 * @param reuse       true if the installed cabling carries the new PMD (only transceivers change), false if the
 *                    link must be re-cabled (new cords and connections)
 * @param newBudgetDb the link's channel budget under the new PMD, dB, finite and &gt; 0
 */
public record UpgradeDecision(boolean reuse, double newBudgetDb) {
    public UpgradeDecision {
        Checks.positive("newBudgetDb", newBudgetDb);
    }
}
