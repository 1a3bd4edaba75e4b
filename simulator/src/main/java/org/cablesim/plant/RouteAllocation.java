package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.polarity.CheckKind;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;

/**
 * The {@link ShortestTrayRouter}'s mutable working state, used once: allocates every link's channels to trunk slots,
 * panel ports, cross-connect ports and harnesses, opening trunks (and spares) as needed, into a {@link PlantLayout}.
 */
final class RouteAllocation {
    private final LogicalFabric fabric;
    private final List<TierPlant> tiers;
    private final PathwayGraph pathways;
    private final CapacityPolicy policy;
    private final RackSpace space;
    private final Map<Integer, Integer> panelHome = new HashMap<>();
    final Set<Long> pairs = new HashSet<>();
    final List<PlantViolation> capacityViolations = new ArrayList<>();

    private final int[] linkFirstSub;
    private final int[] linkLowerNode;
    private final int[] linkUpperNode;
    private final IntArray subLink;
    private final IntArray subMdi;
    private final IntArray subTrunk;
    private final IntArray subNearSlot;
    private final IntArray subNearXc;
    private final IntArray subFarXc;
    private final IntArray subLowerHarness;
    private final IntArray subUpperHarness;
    private final IntArray harnessTier = new IntArray(256);
    private final Map<String, Integer> harnessOfPort = new HashMap<>();

    private final IntArray trunkTier = new IntArray(1024);
    private final IntArray trunkNearStack = new IntArray(1024);
    private final IntArray trunkFarStack = new IntArray(1024);
    private final IntArray trunkNearStart = new IntArray(1024);
    private final IntArray trunkFarStart = new IntArray(1024);
    private final IntArray trunkUsed = new IntArray(1024);

    private final IntArray stackTier = new IntArray(256);
    private final IntArray stackNode = new IntArray(256);
    private final IntArray stackXc = new IntArray(256);
    private final IntArray stackPorts = new IntArray(256);
    private final IntArray stackBooked = new IntArray(256);
    private final Map<Long, Integer> stacks = new HashMap<>();
    private final Map<TrunkGroupKey, TrunkGroup> groups = new HashMap<>();
    private final List<TrunkGroup> groupOrder = new ArrayList<>();

    RouteAllocation(LogicalFabric fabric, List<TierPlant> tiers, PathwayGraph pathways, CapacityPolicy policy,
            RackSpace space) {
        this.fabric = fabric;
        this.space = space;
        this.tiers = tiers;
        this.pathways = pathways;
        this.policy = policy;
        int links = fabric.links().size();
        this.linkFirstSub = new int[links];
        this.linkLowerNode = new int[links];
        this.linkUpperNode = new int[links];
        long subs = 0;
        for (LogicalLink l : fabric.links()) {
            subs += tiers.get(l.tierIndex()).channelsPerLink();
        }
        int expected = Math.toIntExact(subs);
        subLink = new IntArray(expected);
        subMdi = new IntArray(expected);
        subTrunk = new IntArray(expected);
        subNearSlot = new IntArray(expected);
        subNearXc = new IntArray(expected);
        subFarXc = new IntArray(expected);
        subLowerHarness = new IntArray(expected);
        subUpperHarness = new IntArray(expected);
    }

    void allocateAll() {
        List<LogicalLink> links = fabric.links();
        for (int l = 0; l < links.size(); l++) {
            allocate(l, links.get(l));
        }
        // Provisioned spares: every panel pair gets at least perPanelPair trunks.
        for (TrunkGroup g : groupOrder) {
            TierPlant tp = tiers.get(g.key.tier);
            while (g.trunks.size() < tp.choice().trunk().perPanelPair() && g.openTrunk() >= 0) {
                // openTrunk adds the spare
            }
        }
    }

    private void allocate(int l, LogicalLink link) {
        TierPlant tp = tiers.get(link.tierIndex());
        Device lower = fabric.device(link.fromDeviceId());
        Device upper = fabric.device(link.toDeviceId());
        int lowerNode = pathways.rackNodeId(lower.rack().row(), lower.rack().position());
        int upperNode = pathways.rackNodeId(upper.rack().row(), upper.rack().position());
        linkLowerNode[l] = lowerNode;
        linkUpperNode[l] = upperNode;
        pairs.add(RouteTable.pair(lowerNode, upperNode));
        if (tp.copper() != null) {
            // A copper link is one cable from rack to rack: cabled, with no channel, trunk or panel port.
            linkFirstSub[l] = subLink.size();
            return;
        }
        int mdis = tp.channelsPerLink();
        if (tp.architecture() == Architecture.DIRECT) {
            linkFirstSub[l] = subLink.size();
            for (int k = 1; k <= mdis; k++) {
                addSub(l, k, -1, -1, -1, -1, tp, link);
            }
            return;
        }
        int nearLoc = location(lower, lowerNode, tp);
        int farLoc = location(upper, upperNode, tp);
        TrunkGroupKey key = new TrunkGroupKey(tp.index(), nearLoc, farLoc);
        TrunkGroup group = groups.get(key);
        if (group == null) {
            group = new TrunkGroup(key);
            groups.put(key, group);
            groupOrder.add(group);
        }
        int[] trunks = new int[mdis];
        int[] slots = new int[mdis];
        int[] nearXc = new int[mdis];
        int[] farXc = new int[mdis];
        Arrays.fill(nearXc, -1);
        Arrays.fill(farXc, -1);
        int taken = 0;
        String failure = null;
        for (; taken < mdis; taken++) {
            int t = group.take();
            if (t < 0) {
                failure = "no free trunk slot between " + pathways.node(nearLoc).label() + " and "
                        + pathways.node(farLoc).label() + " (" + group.trunks.size() + " trunk(s) of "
                        + tp.slotsPerTrunk() + " slots, perPanelPair " + tp.choice().trunk().perPanelPair()
                        + ", panels full or onCapacityExhausted: fail)";
                break;
            }
            trunks[taken] = t;
            slots[taken] = trunkUsed.get(t) - 1;
        }
        boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
        int xcTaken = 0;
        int[] nearXcStack = new int[mdis];
        int[] farXcStack = new int[mdis];
        if (failure == null && xc) {
            for (; xcTaken < mdis; xcTaken++) {
                // The equipment-side panels stand beside the trunk's panels (an overflow rack when those moved).
                int nearStack = stack(tp.index(), stackNode.get(trunkNearStack.get(trunks[xcTaken])), true);
                int farStack = stack(tp.index(), stackNode.get(trunkFarStack.get(trunks[xcTaken])), true);
                nearXcStack[xcTaken] = nearStack;
                farXcStack[xcTaken] = farStack;
                if (!canTake(nearStack, 1) || !canTake(farStack, 1)) {
                    failure = "the cross-connect panels at " + pathways.node(nearLoc).label() + " or "
                            + pathways.node(farLoc).label() + " are full (perLocation "
                            + tp.panels().perLocation() + ", onCapacityExhausted: fail)";
                    break;
                }
                nearXc[xcTaken] = takePorts(nearStack, 1);
                farXc[xcTaken] = takePorts(farStack, 1);
            }
            if (failure != null) {
                for (int k = xcTaken - 1; k >= 0; k--) {
                    stackPorts.set(nearXcStack[k], stackPorts.get(nearXcStack[k]) - 1);
                    stackPorts.set(farXcStack[k], stackPorts.get(farXcStack[k]) - 1);
                }
            }
        }
        if (failure != null) {
            for (int k = taken - 1; k >= 0; k--) {
                group.giveBack(trunks[k]);
            }
            linkFirstSub[l] = -1;
            capacityViolations.add(new PlantViolation(link.id(), 0, CheckKind.CAPACITY, -1,
                    "link " + link.id() + " (" + link.fromDeviceId() + " to " + link.toDeviceId()
                            + ") is not cabled: " + failure + "; add panels or trunks, or set"
                            + " onCapacityExhausted: add"));
            return;
        }
        linkFirstSub[l] = subLink.size();
        for (int k = 0; k < mdis; k++) {
            addSub(l, k + 1, trunks[k], slots[k], nearXc[k], farXc[k], tp, link);
        }
        for (int k = 0; k < mdis; k++) {
            int near = stackNode.get(trunkNearStack.get(trunks[k]));
            int far = stackNode.get(trunkFarStack.get(trunks[k]));
            pairs.add(RouteTable.pair(lowerNode, near));
            pairs.add(RouteTable.pair(far, upperNode));
            pairs.add(RouteTable.pair(near, far));
        }
    }

    private void addSub(int link, int mdi, int trunk, int slot, int nearXc, int farXc, TierPlant tp,
            LogicalLink logical) {
        subLink.add(link);
        subMdi.add(mdi);
        subTrunk.add(trunk);
        subNearSlot.add(slot);
        subNearXc.add(nearXc);
        subFarXc.add(farXc);
        subLowerHarness.add(tp.harness(TrunkSide.NEAR) == null ? -1
                : harness(tp, logical.fromDeviceId(), logical.fromPort()));
        subUpperHarness.add(tp.harness(TrunkSide.FAR) == null ? -1
                : harness(tp, logical.toDeviceId(), logical.toPort()));
    }

    /** The harness in a split port, numbered in order of first use; the port's links share it. */
    private int harness(TierPlant tp, String device, int port) {
        return harnessOfPort.computeIfAbsent(device + ":" + port, k -> harnessTier.add(tp.index()));
    }

    /** Where a device's panels for a tier stand: its own rack, or its row's patching rack. */
    private int location(Device d, int rackNode, TierPlant tp) {
        if (d.role() == DeviceRole.SERVER || tp.panels().placement() == PanelPlacement.IN_RACK) {
            return rackNode;
        }
        return pathways.patchRackNodeId(d.rack().row());
    }

    private int stack(int tier, int node, boolean crossConnect) {
        long key = stackKey(tier, node, crossConnect);
        Integer s = stacks.get(key);
        if (s == null) {
            s = stackTier.add(tier);
            stackNode.add(node);
            stackXc.add(crossConnect ? 1 : 0);
            stackPorts.add(0);
            stackBooked.add(0);
            stacks.put(key, s);
        }
        return s;
    }

    private static long stackKey(int tier, int node, boolean crossConnect) {
        // node may be a placeholder overflow rack (< -1) in the first pass: keep its sign out of the tier bits
        return ((long) tier << 40) ^ ((long) node << 1) ^ (crossConnect ? 1 : 0);
    }

    /**
     * The node whose trunk-side panels take a new block of {@code ports} ports of a tier at a panel location: the
     * location while its rack has room, else (rule {@code patch-rack}) the row's overflow patching rack; a location
     * that overflowed once keeps sending its new blocks there, so its panels stay in two contiguous groups.
     */
    private int blockNode(int tier, int loc, int ports) {
        int node = panelHome.getOrDefault(loc, loc);
        if (space.overflowAllowed() && !space.fits(node, blockRu(tier, node, ports))) {
            node = space.overflowRack(pathways.node(loc).row(), n -> blockRu(tier, n, ports));
            panelHome.put(loc, node);
        }
        return node;
    }

    /**
     * Rack units a block of ports adds at a node: the new panels of the tier's trunk-side stack there, twice on a
     * cross-connect tier (its equipment-side panels, never more than the trunk side's, are booked with them).
     */
    private int blockRu(int tier, int node, int ports) {
        Integer s = stacks.get(stackKey(tier, node, false));
        int used = s == null ? 0 : stackPorts.get(s);
        int booked = s == null ? 0 : stackBooked.get(s);
        return (RackSpace.panelsFor(tiers.get(tier), used + ports) - booked) * RackSpace.ruPerBookedPanel(tiers.get(tier));
    }

    /** Books the rack units of a trunk-side stack's new panels. */
    private void book(int stack) {
        int tier = stackTier.get(stack);
        int panels = RackSpace.panelsFor(tiers.get(tier), stackPorts.get(stack));
        space.take(stackNode.get(stack), (panels - stackBooked.get(stack)) * RackSpace.ruPerBookedPanel(tiers.get(tier)));
        stackBooked.set(stack, panels);
    }

    private boolean canTake(int stack, int ports) {
        if (policy == CapacityPolicy.ADD) {
            return true;
        }
        TierPlant tp = tiers.get(stackTier.get(stack));
        long capacity = (long) tp.panels().perLocation() * tp.panels().portsPerPanel();
        return stackPorts.get(stack) + ports <= capacity;
    }

    private int takePorts(int stack, int ports) {
        int start = stackPorts.get(stack);
        stackPorts.set(stack, start + ports);
        return start;
    }

    RackSpace space() {
        return space;
    }

    PlantLayout layout() {
        int n = stackTier.size();
        int[] panels = new int[n];
        for (int s = 0; s < n; s++) {
            panels[s] = RackSpace.panelsFor(tiers.get(stackTier.get(s)), stackPorts.get(s));
        }
        int[] topRu = space.stackTops(stackNode.toArray(), stackTier.toArray(), stackXc.toArray(), panels, tiers);
        boolean[] xc = new boolean[n];
        for (int s = 0; s < n; s++) {
            xc[s] = stackXc.get(s) == 1;
        }
        return new PlantLayout(linkFirstSub, linkLowerNode, linkUpperNode, subLink.toArray(), subMdi.toArray(),
                subTrunk.toArray(), subNearSlot.toArray(), subNearXc.toArray(), subFarXc.toArray(),
                trunkTier.toArray(), trunkNearStack.toArray(), trunkFarStack.toArray(), trunkNearStart.toArray(),
                trunkFarStart.toArray(), trunkUsed.toArray(), stackTier.toArray(), stackNode.toArray(), xc,
                stackPorts.toArray(), panels, topRu, subLowerHarness.toArray(), subUpperHarness.toArray(),
                harnessTier.toArray());
    }

    private record TrunkGroupKey(int tier, int nearLoc, int farLoc) {
    }

    /** The trunks between one pair of panel locations of one tier, filled in order. */
    private final class TrunkGroup {
        final TrunkGroupKey key;
        final IntArray trunks = new IntArray(4);
        int current;

        TrunkGroup(TrunkGroupKey key) {
            this.key = key;
        }

        /** A slot on the first trunk with room (opening one if allowed): the trunk, or −1. */
        int take() {
            int slotsPerTrunk = tiers.get(key.tier).slotsPerTrunk();
            while (current < trunks.size()) {
                int t = trunks.get(current);
                if (trunkUsed.get(t) < slotsPerTrunk) {
                    trunkUsed.set(t, trunkUsed.get(t) + 1);
                    return t;
                }
                current++;
            }
            int t = openTrunk();
            if (t < 0) {
                return -1;
            }
            trunkUsed.set(t, 1);
            return t;
        }

        void giveBack(int t) {
            trunkUsed.set(t, trunkUsed.get(t) - 1);
            for (int i = 0; i < trunks.size(); i++) {
                if (trunks.get(i) == t) {
                    current = Math.min(current, i);
                }
            }
        }

        /** Opens a trunk with a port block at both ends; −1 when the policy or the panels forbid it. */
        int openTrunk() {
            TierPlant tp = tiers.get(key.tier);
            int size = tp.slotsPerTrunk();
            boolean allowed = policy == CapacityPolicy.ADD || trunks.size() < tp.choice().trunk().perPanelPair();
            if (!allowed) {
                return -1;
            }
            boolean loop = key.nearLoc == key.farLoc;
            int nearNode = blockNode(key.tier, key.nearLoc, loop ? 2 * size : size);
            int near = stack(key.tier, nearNode, false);
            int far = loop ? near : stack(key.tier, blockNode(key.tier, key.farLoc, size), false);
            if (!canTake(near, size) || (far != near && !canTake(far, size))
                    || (far == near && !canTake(near, 2 * size))) {
                return -1;
            }
            int t = trunkTier.add(key.tier);
            trunkNearStack.add(near);
            trunkFarStack.add(far);
            trunkNearStart.add(takePorts(near, size));
            trunkFarStart.add(takePorts(far, size));
            book(near);
            book(far);
            trunkUsed.add(0);
            trunks.add(t);
            return t;
        }
    }
}
