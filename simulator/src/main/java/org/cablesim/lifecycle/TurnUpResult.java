package org.cablesim.lifecycle;

import org.cablesim.stats.Estimate;

/**
 * Turn-up outcomes, each over replications.
 *
 * @param firstPassYield   share of links that passed their first test
 * @param reworkActions    re-mates plus replacements
 * @param replacements     replacements alone
 * @param designReworks    links broken by design rebuilt at turn-up (their rework charged in labourHours)
 * @param labourHours      crew hours: tests and rework
 * @param daysToFullFabric days from the start of turn-up until the last link passes
 */
public record TurnUpResult(Estimate firstPassYield, Estimate reworkActions, Estimate replacements,
        Estimate designReworks, Estimate labourHours, Estimate daysToFullFabric) {
}
