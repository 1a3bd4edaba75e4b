package org.cablesim.lifecycle;

import java.util.List;
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
 * @param disruptionGpuHours  GPU-hours the expansion costs the jobs: lost to interruptions in the window, plus the
 *                           capacity its moved links take down (link-hours × {@link Expansion#gpusPerLinkDown()})
 * @param disruptionGpuHoursByReplication the same per replication, in replication order (for sums over expansions)
 */
public record ExpansionResult(String label, double day, int linksInstalled, int linksMoved, Estimate labourHours,
        Estimate linkDownHours, Estimate daysToComplete, Estimate jobInterruptions, Estimate lostGpuHours,
        Estimate disturbedRematings, Estimate disruptionGpuHours, List<Double> disruptionGpuHoursByReplication) {
    public ExpansionResult {
        disruptionGpuHoursByReplication = List.copyOf(disruptionGpuHoursByReplication);
    }
}
