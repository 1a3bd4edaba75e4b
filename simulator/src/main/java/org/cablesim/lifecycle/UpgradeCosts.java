package org.cablesim.lifecycle;

import org.cablesim.stats.Checks;


/**
 * Labour and money per action of an upgrade wave (rough street prices: prices are user data).
 *
 * @param reuseMinutesPerLink    swapping the optics of a reused link and testing it, minutes, ≥ 0
 * @param recableMinutesPerLink  re-cabling a link (new cords/trunk share, new connections) and testing, minutes, ≥ 0
 * @param transceiverCostPerLink new optics per link, currency, ≥ 0
 * @param cableCostPerLink       new cabling per re-cabled link, currency, ≥ 0
 * @param labourCostPerHour      labour rate, currency per hour, ≥ 0
 */
public record UpgradeCosts(double reuseMinutesPerLink, double recableMinutesPerLink, double transceiverCostPerLink,
        double cableCostPerLink, double labourCostPerHour) {
    public UpgradeCosts {
        Checks.nonNegative("reuseMinutesPerLink", reuseMinutesPerLink);
        Checks.nonNegative("recableMinutesPerLink", recableMinutesPerLink);
        Checks.nonNegative("transceiverCostPerLink", transceiverCostPerLink);
        Checks.nonNegative("cableCostPerLink", cableCostPerLink);
        Checks.nonNegative("labourCostPerHour", labourCostPerHour);
    }
}
