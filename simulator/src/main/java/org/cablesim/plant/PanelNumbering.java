package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Panels installed per panel stack and their numbering: the panels of one location are numbered across its
 * stacks in (tier, trunk side before cross-connect) order. A stack installs at least its provisioned panels and
 * enough for its ports in use; a growth seed may reserve more numbers for a stack (the last phase's panels), so that
 * no panel number shifts when a stack grows, and installs them from the start on final-size tiers.
 */
final class PanelNumbering {
    /**
     * Installed panels and first panel number (0-based) of each stack; the rack units above each stack's first
     * panel in its rack (reserved panels included) and the rack units of all panels per node.
     */
    record Result(int[] panels, int[] offsets, int[] ruOffsets, java.util.Map<Integer, Integer> rackUnitsAt) {
    }

    private record Entry(int node, int tier, boolean crossConnect, int space, int stack) {
    }

    private PanelNumbering() {
    }

    static Result of(int[] stackTier, int[] stackNode, boolean[] stackXc, int[] stackPorts, List<TierPlant> tiers,
            PathwayGraph pathways, GrowthSeed seed) {
        int n = stackTier.length;
        int[] panels = new int[n];
        List<Entry> entries = new ArrayList<>();
        Set<GrowthSeed.StackKey> present = new HashSet<>();
        for (int s = 0; s < n; s++) {
            TierPlant tp = tiers.get(stackTier[s]);
            int ppp = tp.panels().portsPerPanel();
            PathwayNode node = pathways.node(stackNode[s]);
            GrowthSeed.StackKey key = new GrowthSeed.StackKey(stackTier[s], node.row(), node.position(), stackXc[s]);
            present.add(key);
            int reserved = seed.reservedPanels(key);
            panels[s] = Math.max(tp.panels().perLocation(), (stackPorts[s] + ppp - 1) / ppp);
            if (seed.installsReserved(stackTier[s])) {
                panels[s] = Math.max(panels[s], reserved);
            }
            entries.add(new Entry(stackNode[s], stackTier[s], stackXc[s], Math.max(panels[s], reserved), s));
        }
        for (GrowthSeed.StackKey key : seed.reservedStacks()) {
            if (!present.contains(key) && pathways.hasRack(key.row(), key.position())) {
                entries.add(new Entry(pathways.rackNodeId(key.row(), key.position()), key.tier(), key.crossConnect(),
                        seed.reservedPanels(key), -1));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::node).thenComparingInt(Entry::tier)
                .thenComparing(Entry::crossConnect));
        int[] offsets = new int[n];
        int[] ruOffsets = new int[n];
        java.util.Map<Integer, Integer> rackUnits = new java.util.HashMap<>();
        int node = Integer.MIN_VALUE;
        int next = 0;
        int nextRu = 0;
        for (Entry e : entries) {
            if (e.node() != node) {
                node = e.node();
                next = 0;
                nextRu = 0;
            }
            if (e.stack() >= 0) {
                offsets[e.stack()] = next;
                ruOffsets[e.stack()] = nextRu;
            }
            next += e.space();
            nextRu += e.space() * tiers.get(e.tier()).panels().ruPerPanel();
            rackUnits.put(node, nextRu);
        }
        return new Result(panels, offsets, ruOffsets, rackUnits);
    }
}
