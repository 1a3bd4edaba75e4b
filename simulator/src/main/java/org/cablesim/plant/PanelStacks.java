package org.cablesim.plant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.CapacityPolicy;

/**
 * The panel stacks of one routing: one tier's panels of one role (trunk side or cross-connect equipment side) at
 * one location, each with its ports in use. Ports are taken in blocks from the start and never given back.
 */
final class PanelStacks {
    final IntArray tier = new IntArray(256);
    final IntArray node = new IntArray(256);
    final IntArray crossConnect = new IntArray(256);
    final IntArray ports = new IntArray(256);
    /** Panels whose rack units are booked in the {@link RackSpace}, per stack. */
    final IntArray booked = new IntArray(256);
    private final Map<Long, Integer> index = new HashMap<>();
    private final List<TierPlant> tiers;
    private final CapacityPolicy policy;

    PanelStacks(List<TierPlant> tiers, CapacityPolicy policy) {
        this.tiers = tiers;
        this.policy = policy;
    }

    /** The stack of (tier, location, role), created empty on first use. */
    int stack(int tierIndex, int location, boolean xc) {
        long key = key(tierIndex, location, xc);
        Integer s = index.get(key);
        if (s == null) {
            s = tier.add(tierIndex);
            node.add(location);
            crossConnect.add(xc ? 1 : 0);
            ports.add(0);
            booked.add(0);
            index.put(key, s);
        }
        return s;
    }

    /** The stack of (tier, location, role), or −1 when it does not exist yet. */
    int find(int tierIndex, int location, boolean xc) {
        Integer s = index.get(key(tierIndex, location, xc));
        return s == null ? -1 : s;
    }

    private static long key(int tierIndex, int location, boolean xc) {
        // a location may be a placeholder overflow rack (< -1) in the router's first pass: xor keeps it apart
        return ((long) tierIndex << 40) ^ ((long) location << 1) ^ (xc ? 1 : 0);
    }

    /** Whether the stack's provisioned panels hold {@code count} more ports (always under {@code add}). */
    boolean canTake(int stack, int count) {
        if (policy == CapacityPolicy.ADD) {
            return true;
        }
        TierPlant tp = tiers.get(tier.get(stack));
        long capacity = (long) tp.panels().perLocation() * tp.panels().portsPerPanel();
        return ports.get(stack) + count <= capacity;
    }

    /** Takes the next {@code count} ports; returns the first. */
    int take(int stack, int count) {
        int start = ports.get(stack);
        ports.set(stack, start + count);
        return start;
    }

    /** Gives back the last {@code count} ports taken. */
    void giveBack(int stack, int count) {
        ports.set(stack, ports.get(stack) - count);
    }

    int size() {
        return tier.size();
    }

    boolean[] crossConnectFlags() {
        boolean[] xc = new boolean[size()];
        for (int s = 0; s < xc.length; s++) {
            xc[s] = crossConnect.get(s) == 1;
        }
        return xc;
    }
}
