package org.cablesim.plant;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;

/**
 * The trunks of one routing. Links of one tier between the same two panel locations share trunks (a group), filled
 * in order: a link takes the lowest free slot of the group's first trunk with room; a new trunk takes a block of
 * {@code slotsPerTrunk} consecutive panel ports at each end. A growth phase starts from the phase before's trunks,
 * with only the slots of the links it keeps in use. A new trunk's port blocks go where the {@link RackSpace} has room
 * for their panels (its overflow rule).
 */
final class TrunkBook {
    /** One tier's trunks between two panel locations (pathway node ids). */
    record GroupKey(int tier, int nearLoc, int farLoc) {
    }

    final IntArray tier = new IntArray(1024);
    final IntArray nearStack = new IntArray(1024);
    final IntArray farStack = new IntArray(1024);
    final IntArray nearStart = new IntArray(1024);
    final IntArray farStart = new IntArray(1024);
    final IntArray used = new IntArray(1024);
    private final List<BitSet> slots = new ArrayList<>();
    private final Map<GroupKey, Group> groups = new HashMap<>();
    private final List<Group> order = new ArrayList<>();
    private final List<TierPlant> tiers;
    private final CapacityPolicy policy;
    private final PanelStacks stacks;
    private final RackSpace space;
    private final Map<Integer, Integer> panelHome = new HashMap<>();

    TrunkBook(List<TierPlant> tiers, CapacityPolicy policy, PanelStacks stacks, RackSpace space) {
        this.tiers = tiers;
        this.policy = policy;
        this.stacks = stacks;
        this.space = space;
    }

    /**
     * The node whose trunk-side panels take a new block of {@code ports} ports of a tier at a panel location: the
     * location while its rack has room, else (rule {@code patch-rack}) a patching rack of the row (nearest reserved
     * beside, else at the row end, {@link RackSpace#overflowRack}); a location
     * that overflowed once keeps sending its new blocks there, so its panels stay in two contiguous groups.
     */
    private int blockNode(int tierIndex, int loc, int ports) {
        int node = panelHome.getOrDefault(loc, loc);
        if (space.overflowAllowed() && !space.fits(node, blockRu(tierIndex, node, ports))) {
            node = space.overflowRack(loc, n -> blockRu(tierIndex, n, ports));
            panelHome.put(loc, node);
        }
        return node;
    }

    /** Rack units a block of ports adds at a node: the new panels of the tier's trunk-side stack there. */
    private int blockRu(int tierIndex, int node, int ports) {
        int s = stacks.find(tierIndex, node, false);
        int used = s < 0 ? 0 : stacks.ports.get(s);
        int booked = s < 0 ? 0 : stacks.booked.get(s);
        TierPlant tp = tiers.get(tierIndex);
        return (RackSpace.panelsFor(tp, used + ports) - booked) * RackSpace.ruPerBookedPanel(tp);
    }

    /** Books the rack units of a trunk-side stack's new panels. */
    private void book(int stack) {
        TierPlant tp = tiers.get(stacks.tier.get(stack));
        int panels = RackSpace.panelsFor(tp, stacks.ports.get(stack));
        space.take(stacks.node.get(stack), (panels - stacks.booked.get(stack)) * RackSpace.ruPerBookedPanel(tp));
        stacks.booked.set(stack, panels);
    }

    /** The group of {@code key}, created empty on first use. */
    Group group(GroupKey key) {
        Group g = groups.get(key);
        if (g == null) {
            g = new Group(key);
            groups.put(key, g);
            order.add(g);
        }
        return g;
    }

    /** Groups in order of creation. */
    List<Group> groups() {
        return order;
    }

    int size() {
        return tier.size();
    }

    /** Takes over trunk {@code t} of the phase before (same index, same panel blocks), no slot in use. */
    void adopt(PlantLayout prior, int t) {
        tier.add(prior.trunkTier()[t]);
        nearStack.add(prior.trunkNearStack()[t]);
        farStack.add(prior.trunkFarStack()[t]);
        nearStart.add(prior.trunkNearStart()[t]);
        farStart.add(prior.trunkFarStart()[t]);
        used.add(0);
        slots.add(new BitSet());
        group(keyOf(t)).trunks.add(t);
    }

    /** The group trunk {@code t} belongs to. */
    GroupKey keyOf(int t) {
        return new GroupKey(tier.get(t), stacks.node.get(nearStack.get(t)), stacks.node.get(farStack.get(t)));
    }

    /** Marks a kept link's slot in use. */
    void use(int t, int slot) {
        slots.get(t).set(slot);
        used.set(t, used.get(t) + 1);
    }

    /** The trunks between one pair of panel locations of one tier, filled in order. */
    final class Group {
        final GroupKey key;
        final IntArray trunks = new IntArray(4);
        private int current;
        /** The slot the last {@link #take} returned. */
        int lastSlot;

        Group(GroupKey key) {
            this.key = key;
        }

        /** The lowest free slot (in {@link #lastSlot}) of the first trunk with room, opening one if allowed: the trunk, or −1. */
        int take() {
            int slotsPerTrunk = tiers.get(key.tier()).slotsPerTrunk();
            while (current < trunks.size()) {
                int t = trunks.get(current);
                if (used.get(t) < slotsPerTrunk) {
                    return takeOn(t);
                }
                current++;
            }
            int t = openTrunk();
            return t < 0 ? -1 : takeOn(t);
        }

        private int takeOn(int t) {
            lastSlot = slots.get(t).nextClearBit(0);
            use(t, lastSlot);
            return t;
        }

        void giveBack(int t, int slot) {
            slots.get(t).clear(slot);
            used.set(t, used.get(t) - 1);
            for (int i = 0; i < trunks.size(); i++) {
                if (trunks.get(i) == t) {
                    current = Math.min(current, i);
                }
            }
        }

        /** Opens a trunk with a port block at both ends; −1 when the policy or the panels forbid it. */
        int openTrunk() {
            TierPlant tp = tiers.get(key.tier());
            int size = tp.slotsPerTrunk();
            boolean allowed = policy == CapacityPolicy.ADD || trunks.size() < tp.choice().trunk().perPanelPair();
            if (!allowed) {
                return -1;
            }
            boolean loop = key.nearLoc() == key.farLoc();
            int near = stacks.stack(key.tier(), blockNode(key.tier(), key.nearLoc(), loop ? 2 * size : size), false);
            int far = loop ? near : stacks.stack(key.tier(), blockNode(key.tier(), key.farLoc(), size), false);
            if (!stacks.canTake(near, size) || (far != near && !stacks.canTake(far, size))
                    || (far == near && !stacks.canTake(near, 2 * size))) {
                return -1;
            }
            int t = tier.add(key.tier());
            nearStack.add(near);
            farStack.add(far);
            nearStart.add(stacks.take(near, size));
            farStart.add(stacks.take(far, size));
            book(near);
            book(far);
            if (tp.architecture() == Architecture.CROSS_CONNECT) {
                // its equipment-side panels stand beside it, even while the trunk is a spare
                stacks.stack(key.tier(), stacks.node.get(near), true);
                stacks.stack(key.tier(), stacks.node.get(far), true);
            }
            used.add(0);
            slots.add(new BitSet());
            trunks.add(t);
            return t;
        }
    }
}
