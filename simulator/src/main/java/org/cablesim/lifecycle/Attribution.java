package org.cablesim.lifecycle;

/**
 * What each expansion's own work costs the jobs in one replication, apart from what would have happened anyway:
 * while an expansion's crew works (moving, installing, landing a trunk, reworking, and the checks at the end of
 * its tasks), every outage it starts is charged to it (its planned moves too), with the training-job interruptions
 * that outage causes and, on switch–switch tiers, the share of the tier it holds down over time; and every
 * neighbour it re-mates.
 */
final class Attribution {
    private final int[] owner;
    private final double[] interruptions;
    private final double[] lostGpuHours;
    private final double[] disturbed;
    private final double[] shareHours;
    private int working = -1;

    Attribution(int links, int expansions) {
        owner = new int[links];
        interruptions = new double[expansions];
        lostGpuHours = new double[expansions];
        disturbed = new double[expansions];
        shareHours = new double[expansions];
    }

    /** Expansion {@code e}'s crew starts (or, with −1, stops) acting. */
    void working(int e) {
        working = e;
    }

    int working() {
        return working;
    }

    /** Link {@code l} goes down now: charged to the expansion at work, if any. */
    void outageStarts(int l) {
        owner[l] = working + 1;
    }

    /** The expansion (1-based, 0 for none) charged with link {@code l}'s current outage. */
    int owner(int l) {
        return owner[l];
    }

    /** Link {@code l}'s outage ends after {@code hours}; on a switch tier of {@code tierSize} links it held a share. */
    void outageEnds(int l, double hours, boolean switchTier, int tierSize) {
        int e = owner[l] - 1;
        if (e >= 0 && switchTier && tierSize > 0) {
            shareHours[e] += hours / tierSize;
        }
        owner[l] = 0;
    }

    /**
     * An outage charged to expansion {@code owner} (1-based) reached a job's tolerance, losing {@code gpuHours}
     * (−1: its server runs no job, so nothing was interrupted).
     */
    void interrupted(int owner, double gpuHours) {
        if (owner > 0 && gpuHours >= 0) {
            interruptions[owner - 1]++;
            lostGpuHours[owner - 1] += gpuHours;
        }
    }

    /** A neighbour was re-mated by whoever is at work. */
    void disturbed() {
        if (working >= 0) {
            disturbed[working]++;
        }
    }

    /** {job interruptions, lost GPU-hours, disturbed re-matings, tier-share hours down} charged to {@code e}. */
    double[] of(int e) {
        return new double[] {interruptions[e], lostGpuHours[e], disturbed[e], shareHours[e]};
    }
}
