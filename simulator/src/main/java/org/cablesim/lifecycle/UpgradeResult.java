package org.cablesim.lifecycle;

import org.cablesim.stats.Estimate;

/**
 * Outcomes of one upgrade wave, each over replications.
 *
 * @param label          the wave's label
 * @param tierName       the tier converted
 * @param reusedShare    share of the tier's links whose cabling was reused
 * @param newCables      links re-cabled
 * @param labourHours    crew hours of the wave, including rework
 * @param linkDownHours  link-hours down while worked on
 * @param daysToComplete days from the wave's start until its last link is back
 * @param cost           optics + cabling + labour, currency
 */
public record UpgradeResult(String label, String tierName, Estimate reusedShare, Estimate newCables,
        Estimate labourHours, Estimate linkDownHours, Estimate daysToComplete, Estimate cost) {
}
