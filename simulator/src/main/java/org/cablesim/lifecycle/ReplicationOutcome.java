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
}
