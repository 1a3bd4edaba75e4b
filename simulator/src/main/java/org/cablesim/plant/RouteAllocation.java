package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A growth phase starts from the phase before's stacks and trunks (see {@link GrowthSeed}).
 */
final class RouteAllocation {
    private final LogicalFabric fabric;
    private final List<TierPlant> tiers;
    private final PathwayGraph pathways;
    private final GrowthSeed seed;
    private final RackSpace space;
    final PairIndex pairs = new PairIndex();
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

    private final PanelStacks stacks;
    private final TrunkBook trunks;

    RouteAllocation(LogicalFabric fabric, List<TierPlant> tiers, PathwayGraph pathways, CapacityPolicy policy,
            GrowthSeed seed, RackSpace space) {
        this.fabric = fabric;
        this.tiers = tiers;
        this.pathways = pathways;
        this.seed = seed;
        this.space = space;
        this.stacks = new PanelStacks(tiers, policy);
        this.trunks = new TrunkBook(tiers, policy, stacks, space);
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
        if (seed.prior() != null) {
            // A growth phase takes over the phase before's stacks and trunks with their indices.
            PlantLayout prior = seed.prior().layout();
            for (int s = 0; s < prior.stackTier().length; s++) {
                int id = stacks.stack(prior.stackTier()[s], seed.translate(prior.stackNode()[s], pathways),
                        prior.stackCrossConnect()[s]);
                stacks.ports.set(id, prior.stackPorts()[s]);
            }
            for (int t = 0; t < prior.trunks(); t++) {
                trunks.adopt(prior, t);
            }
        }
    }

    void allocateAll() {
        List<LogicalLink> links = fabric.links();
        for (int l = 0; l < links.size(); l++) {
            allocate(l, links.get(l));
        }
        // Growth: the groups a final-size tier will need get their trunks now, dark until used.
        for (GrowthSeed.Target target : seed.targets()) {
            GrowthSeed.GroupKey k = target.group();
            TrunkBook.Group g = trunks.group(new TrunkBook.GroupKey(k.tier(),
                    pathways.rackNodeId(k.nearRow(), k.nearPosition()),
                    pathways.rackNodeId(k.farRow(), k.farPosition())));
            while (g.trunks.size() < target.trunks() && g.openTrunk() >= 0) {
                // openTrunk adds the trunk
            }
        }
        // Provisioned spares: every panel pair gets at least perPanelPair trunks.
        for (TrunkBook.Group g : trunks.groups()) {
            TierPlant tp = tiers.get(g.key.tier());
            while (g.trunks.size() < tp.choice().trunk().perPanelPair() && g.openTrunk() >= 0) {
                // openTrunk adds the spare
            }
        }
        // Trunks without a link (spares, pre-installed or left by moved links) still have a route; cords run to
        // where their trunk's panels really stand (an overflow patching rack when the location's rack was full).
        for (int t = 0; t < trunks.size(); t++) {
            TrunkBook.GroupKey k = trunks.keyOf(t);
            pairs.add(RouteTable.pair(k.nearLoc(), k.farLoc()));
        }
        for (int sub = 0; sub < subLink.size(); sub++) {
            int t = subTrunk.get(sub);
            if (t >= 0) {
                pairs.add(RouteTable.pair(linkLowerNode[subLink.get(sub)], stacks.node.get(trunks.nearStack.get(t))));
                pairs.add(RouteTable.pair(stacks.node.get(trunks.farStack.get(t)), linkUpperNode[subLink.get(sub)]));
            }
        }
    }

    /**
     * Keeps a link of the phase before on its trunk legs and ports when it still runs between the same two panel
     * locations; false when it must be placed afresh.
     */
    private boolean keepPrior(int l, LogicalLink link, TierPlant tp, int mdis, TrunkBook.Group group) {
        CablingPlan prior = seed.prior();
        if (prior == null || l >= prior.linkCount() || !prior.isRouted(l)) {
            return false;
        }
        PlantLayout p = prior.layout();
        int first = p.linkFirstSub()[l];
        if (p.subTrunk()[first] < 0 || !trunks.keyOf(p.subTrunk()[first]).equals(group.key)) {
            return false;
        }
        linkFirstSub[l] = subLink.size();
        for (int k = 0; k < mdis; k++) {
            trunks.use(p.subTrunk()[first + k], p.subNearSlot()[first + k]);
            addSub(l, k + 1, p.subTrunk()[first + k], p.subNearSlot()[first + k], p.subNearXc()[first + k],
                    p.subFarXc()[first + k], tp, link);
        }
        return true;
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
        TrunkBook.Group group = trunks.group(new TrunkBook.GroupKey(tp.index(), nearLoc, farLoc));
        if (!keepPrior(l, link, tp, mdis, group) && !place(l, link, tp, mdis, group)) {
            return;
        }
        pairs.add(RouteTable.pair(lowerNode, nearLoc));
        pairs.add(RouteTable.pair(farLoc, upperNode));
        pairs.add(RouteTable.pair(nearLoc, farLoc));
    }

    /** Places a link afresh on its group's trunks (and cross-connect ports); false when capacity ran out. */
    private boolean place(int l, LogicalLink link, TierPlant tp, int mdis, TrunkBook.Group group) {
        int nearLoc = group.key.nearLoc();
        int farLoc = group.key.farLoc();
        int[] trunkOf = new int[mdis];
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
            trunkOf[taken] = t;
            slots[taken] = group.lastSlot;
        }
        boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
        int xcTaken = 0;
        int[] nearXcStack = new int[mdis];
        int[] farXcStack = new int[mdis];
        if (failure == null && xc) {
            for (; xcTaken < mdis; xcTaken++) {
                // The equipment-side panels stand beside the trunk's panels (an overflow rack when those moved).
                int nearStack = stacks.stack(tp.index(), stacks.node.get(trunks.nearStack.get(trunkOf[xcTaken])), true);
                int farStack = stacks.stack(tp.index(), stacks.node.get(trunks.farStack.get(trunkOf[xcTaken])), true);
                nearXcStack[xcTaken] = nearStack;
                farXcStack[xcTaken] = farStack;
                if (!stacks.canTake(nearStack, 1) || !stacks.canTake(farStack, 1)) {
                    failure = "the cross-connect panels at " + pathways.node(nearLoc).label() + " or "
                            + pathways.node(farLoc).label() + " are full (perLocation "
                            + tp.panels().perLocation() + ", onCapacityExhausted: fail)";
                    break;
                }
                nearXc[xcTaken] = stacks.take(nearStack, 1);
                farXc[xcTaken] = stacks.take(farStack, 1);
            }
            if (failure != null) {
                for (int k = 0; k < xcTaken; k++) {
                    stacks.giveBack(nearXcStack[k], 1);
                    stacks.giveBack(farXcStack[k], 1);
                }
            }
        }
        if (failure != null) {
            for (int k = taken - 1; k >= 0; k--) {
                group.giveBack(trunkOf[k], slots[k]);
            }
            linkFirstSub[l] = -1;
            capacityViolations.add(new PlantViolation(link.id(), 0, CheckKind.CAPACITY, -1,
                    "link " + link.id() + " (" + link.fromDeviceId() + " to " + link.toDeviceId()
                            + ") is not cabled: " + failure + "; add panels or trunks, or set"
                            + " onCapacityExhausted: add"));
            return false;
        }
        linkFirstSub[l] = subLink.size();
        for (int k = 0; k < mdis; k++) {
            addSub(l, k + 1, trunkOf[k], slots[k], nearXc[k], farXc[k], tp, link);
        }
        return true;
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

    RackSpace space() {
        return space;
    }

    PlantLayout layout() {
        PanelNumbering.Result panels = PanelNumbering.of(stacks.tier.toArray(), stacks.node.toArray(),
                stacks.crossConnectFlags(), stacks.ports.toArray(), tiers, pathways, seed);
        // Panels fill a rack from its top down, devices from the bottom up; when both do not fit, the panels go on
        // above the top RU, where the elevation reports them.
        int[] topRu = new int[stacks.size()];
        for (int s = 0; s < topRu.length; s++) {
            int node = stacks.node.get(s);
            int top = Math.max(space.heightRu(), space.deviceRuAt(node) + panels.rackUnitsAt().get(node));
            topRu[s] = top - panels.ruOffsets()[s];
        }
        return new PlantLayout(linkFirstSub, linkLowerNode, linkUpperNode, subLink.toArray(), subMdi.toArray(),
                subTrunk.toArray(), subNearSlot.toArray(), subNearXc.toArray(), subFarXc.toArray(),
                trunks.tier.toArray(), trunks.nearStack.toArray(), trunks.farStack.toArray(),
                trunks.nearStart.toArray(), trunks.farStart.toArray(), trunks.used.toArray(),
                stacks.tier.toArray(), stacks.node.toArray(), stacks.crossConnectFlags(), stacks.ports.toArray(),
                panels.panels(), topRu, subLowerHarness.toArray(), subUpperHarness.toArray(),
                harnessTier.toArray());
    }
}
