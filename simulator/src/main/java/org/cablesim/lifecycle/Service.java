package org.cablesim.lifecycle;

import java.util.Arrays;

/**
 * Which links and components of a growing plant are in service during one replication. A link the plan installs
 * later is absent until its expansion task ends: it cannot fail, flap or go down, and it serves no link-hours. A
 * component is installed with the first of its links (its failure clock starts then). Without expansions every
 * link is in service from the start and nothing here changes.
 */
final class Service {
    private final PlantIndex p;
    private final boolean[] present;
    private final boolean[] installed;
    /** Links in service per tier position, live (the timeline reads it). */
    final int[] tierCount;
    /** Link-hours each tier serves from now to the horizon, given the links in service now. */
    final double[] tierServiceHours;
    private final int[][] tierMembers;
    private final int[] slot;
    private final double horizon;
    private int servers;
    private double linkHours;

    /**
     * @param absentAtStart links out of service at the start (those an expansion installs), by link index
     */
    Service(PlantIndex p, boolean[] absentAtStart, double horizonHours) {
        this.p = p;
        this.horizon = horizonHours;
        present = new boolean[p.linkCount];
        installed = new boolean[p.componentCount];
        tierCount = new int[p.tierCount()];
        tierServiceHours = new double[p.tierCount()];
        tierMembers = new int[p.tierCount()][];
        slot = new int[p.linkCount];
        for (int t = 0; t < tierMembers.length; t++) {
            tierMembers[t] = new int[p.tierLinks[t].length];
        }
        for (int l = 0; l < p.linkCount; l++) {
            if (!absentAtStart[l]) {
                add(l);
            }
        }
        int inService = 0;
        for (int t = 0; t < tierCount.length; t++) {
            tierServiceHours[t] = tierCount[t] * horizonHours;
            inService += tierCount[t];
        }
        linkHours = inService * horizonHours;
    }

    /** Link-hours all tiers serve from now to the horizon, given the links in service now. */
    double linkHours() {
        return linkHours;
    }

    private void add(int l) {
        present[l] = true;
        int t = p.linkTier[l];
        slot[l] = tierCount[t];
        tierMembers[t][tierCount[t]++] = l;
        for (int c : p.linkComponents[l]) {
            installed[c] = true;
        }
        if (p.serverFacing[l]) {
            servers = Math.max(servers, p.linkServer[l] + 1);
        }
    }

    boolean present(int l) {
        return present[l];
    }

    boolean installed(int c) {
        return installed[c];
    }

    /** Servers in service: the first {@code servers()} of the plant's servers. */
    int servers() {
        return servers;
    }

    /** Links of tier position {@code t} in service; the first {@link #tierCount}[t] entries are valid. */
    int[] members(int t) {
        return tierMembers[t];
    }

    /**
     * Brings link {@code l} into service at {@code now}.
     *
     * @return the components installed with it (those no link in service had), in the link's order
     */
    int[] install(int l, double now) {
        int[] fresh = Arrays.stream(p.linkComponents[l]).filter(c -> !installed[c]).toArray();
        add(l);
        tierServiceHours[p.linkTier[l]] += horizon - now;
        linkHours += horizon - now;
        return fresh;
    }

    /** Takes link {@code l} out of service at {@code now}. */
    void retire(int l, double now) {
        present[l] = false;
        int t = p.linkTier[l];
        int last = tierMembers[t][--tierCount[t]];
        tierMembers[t][slot[l]] = last;
        slot[last] = slot[l];
        tierServiceHours[t] -= horizon - now;
        linkHours -= horizon - now;
    }
}
