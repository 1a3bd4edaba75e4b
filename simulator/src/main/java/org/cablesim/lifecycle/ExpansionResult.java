package org.cablesim.lifecycle;

import java.util.List;
import org.cablesim.stats.Estimate;

/**
 * Outcomes of one expansion, each over replications. Interruptions, lost GPU-hours, re-matings and disruption are
 * those its own work causes (see {@code Attribution}): outages it starts while its crews act, and the jobs those
 * outages interrupt, not the background failures of the same days.
 *
 * @param label              the expansion's label
 * @param day                its start, days after the start of operations
 * @param linksInstalled     new links it installs
 * @param linksMoved         links it moves
 * @param labourHours        crew hours, rework included
 * @param linkDownHours      planned link-hours down of the moved links
 * @param daysToComplete     days from the start until the last task ends (NaN if not before the horizon)
 * @param jobInterruptions   training-job interruptions its work causes (e.g. a disturbed neighbour going dirty)
 * @param lostGpuHours       GPU hours those interruptions cost
 * @param disturbedRematings neighbour connections its work re-mates
 * @param disruptionGpuHours GPU-hours it costs the jobs: lost to its interruptions, plus the GPUs in service at its
 *                           start × the share of a switch–switch tier its outages (planned moves included) hold down,
 *                           in hours
 * @param disruptionGpuHoursByReplication the same per replication, in replication order (for sums over expansions)
 */
public record ExpansionResult(String label, double day, int linksInstalled, int linksMoved, Estimate labourHours,
        Estimate linkDownHours, Estimate daysToComplete, Estimate jobInterruptions, Estimate lostGpuHours,
        Estimate disturbedRematings, Estimate disruptionGpuHours, List<Double> disruptionGpuHoursByReplication) {
    public ExpansionResult {
        disruptionGpuHoursByReplication = List.copyOf(disruptionGpuHoursByReplication);
    }
}
