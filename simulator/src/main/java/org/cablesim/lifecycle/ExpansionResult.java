package org.cablesim.lifecycle;

import org.cablesim.stats.Estimate;

/**
 * Outcomes of one expansion, each over replications. The window runs from the expansion's start to the end of its
 * last task.
 *
 * @param label              the expansion's label
 * @param day                its start, days after the start of operations
 * @param linksInstalled     new links it installs
 * @param linksMoved         links it moves
 * @param labourHours        crew hours, rework included
 * @param linkDownHours      planned link-hours down of the moved links
 * @param daysToComplete     days from the start until the last task ends (NaN if not before the horizon)
 * @param jobInterruptions   training-job interruptions during the window (unplanned outages, e.g. disturbed
 *                           neighbours)
 * @param lostGpuHours       GPU hours those interruptions cost
 * @param disturbedRematings neighbour connections re-mated by the expansion's work and repairs in the window
 */
public record ExpansionResult(String label, double day, int linksInstalled, int linksMoved, Estimate labourHours,
        Estimate linkDownHours, Estimate daysToComplete, Estimate jobInterruptions, Estimate lostGpuHours,
        Estimate disturbedRematings) {
}
