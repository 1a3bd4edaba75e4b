package org.cablesim.lifecycle;

/**
 * The raw outcome of one replication, before reduction over replications.
 *
 * @param turnUp           turn-up outcome
 * @param availability     link availability averaged over links
 * @param tierAvailability the same per tier position
 * @param linkDownHours    link-hours down over the horizon
 * @param failures         outage events per {@link FailureCause} ordinal
 * @param interruptions    job interruptions
 * @param lostGpuHours     GPU hours lost to interruptions
 * @param crewUtilisation  mean busy share of the repair crews (NaN when unlimited)
 * @param repairWaitHours  mean wait of repair requests for a crew (NaN if none)
 * @param disturbed        neighbour re-matings caused by work on shared parts
 * @param upgrades         per wave: see {@link UpgradeWork#outcome()}
 * @param expansions       per expansion: see {@link ExpansionWork#outcome()}
 * @param dayLinksDown     per day: time-average links down
 * @param dayQueued        per day: time-average repair requests queued
 * @param dayCapacity      per day: time-average capacity fraction
 * @param dayTierUp        per tier position, per day: time-average up share of the tier's links
 * @param dayInService     per day: time-average links in service
 * @param events           kernel events executed (turn-up and operation)
 */
record ReplicationOutcome(TurnUp.Outcome turnUp, double availability, double[] tierAvailability,
        double linkDownHours, long[] failures, long interruptions, double lostGpuHours, double crewUtilisation,
        double repairWaitHours, long disturbed, double[][] upgrades, double[][] expansions, double[] dayLinksDown,
        double[] dayQueued, double[] dayCapacity, double[][] dayTierUp, double[] dayInService, long events) {
    /** The outcome of operation {@code o} once it has run to its horizon. */
    static ReplicationOutcome of(Operations o, TurnUp.Outcome turnUp) {
        PlantIndex p = o.p;
        o.timeline.advance(o.horizon);
        double[] downHours = o.tierDownHours.clone();
        for (int l = 0; l < p.linkCount; l++) {
            if (o.isDown[l]) {
                downHours[p.linkTier[l]] += o.horizon - o.downSince[l];
                o.attribution.outageEnds(l, o.horizon - o.downSince[l], p.switchTier[p.linkTier[l]],
                        o.service.tierCount[p.linkTier[l]]);
            }
        }
        double[] tierAvailability = new double[p.tierCount()];
        double totalDown = 0;
        for (int t = 0; t < p.tierCount(); t++) {
            double served = o.service.tierServiceHours[t];
            tierAvailability[t] = served > 0 ? 1 - downHours[t] / served : 1;
            totalDown += downHours[t];
        }
        double availability = 1 - totalDown / o.service.linkHours();
        double utilisation = o.repairs.crews() == 0 ? Double.NaN : o.tickets.crews.meanBusy() / o.repairs.crews();
        double[][] upgrades = new double[o.waves.size()][];
        for (int w = 0; w < o.waves.size(); w++) {
            upgrades[w] = o.waves.get(w).outcome();
        }
        double[][] growth = new double[o.expansions.size()][];
        for (int e = 0; e < o.expansions.size(); e++) {
            growth[e] = o.expansions.get(e).outcome();
        }
        return new ReplicationOutcome(turnUp, availability, tierAvailability, totalDown, o.failures.clone(),
                o.jobs.interruptions, o.jobs.lostGpuHours, utilisation, o.tickets.crews.meanWait(), o.disturbed,
                upgrades, growth, o.timeline.linksDown(), o.timeline.queued(), o.timeline.capacity(),
                o.timeline.tierUp(), o.timeline.inService(), turnUp.events() + o.kernel.executedCount());
    }
}
