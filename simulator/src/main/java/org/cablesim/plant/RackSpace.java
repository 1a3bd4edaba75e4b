package org.cablesim.plant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PanelOverflow;
import org.cablesim.scenario.RackSpec;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RackLocation;

/**
 * The rack units the router has booked in every rack while it places panels, and the patching racks a full rack's
 * panels move to (the {@link PanelOverflow#PATCH_RACK} rule): first the nearest with room of those reserved beside
 * dedicated network rows' racks, then overflow racks it opens at the row end. Used once per allocation.
 *
 * <p>The router runs twice when racks overflow: the first pass counts the overflow racks each row needs (they do not
 * exist yet, so they get placeholder ids below −1), the second places panels in the real racks of a pathway graph
 * built with them. The rule depends only on rack units booked, never on node ids, so both passes decide alike.
 */
final class RackSpace {
    private final RackSpec spec;
    private final PathwayGraph pathways;
    private final Map<Integer, Integer> usedRu = new HashMap<>();
    private final Map<Integer, Integer> deviceRu = new HashMap<>();
    private final Map<Integer, List<Integer>> overflowByRow = new TreeMap<>();
    private final Map<Integer, Integer> rowOfVirtual = new HashMap<>();

    private final boolean overflow;

    /**
     * @param overflow whether panels may move to overflow racks at all (with {@code panelOverflow: patch-rack});
     *                 false keeps them where the plan puts them
     */
    RackSpace(LogicalFabric fabric, RackSpec spec, PathwayGraph pathways, boolean overflow) {
        this.spec = spec;
        this.overflow = overflow;
        this.pathways = pathways;
        for (Map.Entry<RackLocation, List<Device>> e : fabric.racks().entrySet()) {
            int node = pathways.rackNodeId(e.getKey().row(), e.getKey().position());
            usedRu.put(node, deviceRu(e.getValue()));
            deviceRu.put(node, deviceRu(e.getValue()));
        }
    }

    /** Rack units the devices of one rack take. */
    int deviceRu(List<Device> devices) {
        int ru = 0;
        for (Device d : devices) {
            ru += d.role() == DeviceRole.SERVER ? spec.serverRu() : spec.switchRu();
        }
        return ru;
    }

    /** Rack units the devices at a node take (0 in a patching rack). */
    int deviceRuAt(int node) {
        return deviceRu.getOrDefault(node, 0);
    }

    int heightRu() {
        return spec.heightRu();
    }

    boolean overflowAllowed() {
        return overflow && spec.panelOverflow() == PanelOverflow.PATCH_RACK;
    }

    /** Whether {@code ru} more rack units fit in the rack at a node. */
    boolean fits(int node, int ru) {
        return usedRu.getOrDefault(node, 0) + ru <= spec.heightRu();
    }

    void take(int node, int ru) {
        usedRu.merge(node, ru, Integer::sum);
    }

    /**
     * The patching rack that takes a block a full rack cannot: the nearest patching rack reserved beside the row's
     * network racks that has room (ties: the lower position), else the row's newest overflow rack at the row end while
     * the block fits there, else a new one after it.
     *
     * @param from the full rack's node
     * @param ruAt rack units the block needs in a given rack (depends on the panels already there)
     */
    int overflowRack(int from, IntUnaryOperator ruAt) {
        PathwayNode source = pathways.node(from);
        int row = source.row();
        int nearest = -1;
        int nearestGap = Integer.MAX_VALUE;
        for (int node : pathways.besideRackNodeIds(row)) {
            int gap = Math.abs(pathways.node(node).position() - source.position());
            if (gap < nearestGap && fits(node, ruAt.applyAsInt(node))) {
                nearest = node;
                nearestGap = gap;
            }
        }
        if (nearest >= 0) {
            return nearest;
        }
        List<Integer> racks = overflowByRow.computeIfAbsent(row, r -> new ArrayList<>());
        if (!racks.isEmpty()) {
            int last = racks.get(racks.size() - 1);
            if (fits(last, ruAt.applyAsInt(last))) {
                return last;
            }
        }
        List<Integer> real = pathways.overflowRackNodeIds(row);
        int node;
        if (racks.size() < real.size()) {
            node = real.get(racks.size());
        } else {
            node = -2 - rowOfVirtual.size();
            rowOfVirtual.put(node, row);
        }
        racks.add(node);
        return node;
    }

    /** Per row, the overflow patching racks opened (for the second pass's pathway graph). */
    Map<Integer, Integer> overflowRacksPerRow() {
        Map<Integer, Integer> out = new TreeMap<>();
        overflowByRow.forEach((row, racks) -> {
            if (!racks.isEmpty()) {
                out.put(row, racks.size());
            }
        });
        return out;
    }

    /** Whether some overflow rack was a placeholder: the graph lacks racks and the allocation must run again. */
    boolean needsMoreRacks() {
        return !rowOfVirtual.isEmpty();
    }

    /** Panels a stack of a tier needs for a number of ports: at least the provisioned count. */
    static int panelsFor(TierPlant tp, int ports) {
        int ppp = tp.panels().portsPerPanel();
        return Math.max(tp.panels().perLocation(), (ports + ppp - 1) / ppp);
    }

    /** Rack units booked per trunk-side panel: twice on a cross-connect tier, for its equipment-side panels. */
    static int ruPerBookedPanel(TierPlant tp) {
        return tp.panels().ruPerPanel() * (tp.architecture() == Architecture.CROSS_CONNECT ? 2 : 1);
    }

    /**
     * The top rack unit of every stack's first panel. Panels fill a rack from its top down (TIA-942: patching
     * nearest the overhead tray), stacks in (tier, trunk side before cross-connect) order; devices fill it from the
     * bottom up. When both do not fit, the panels go on above the top RU, where the elevation reports them.
     */
    int[] stackTops(int[] stackNode, int[] stackTier, int[] stackXc, int[] panels, List<TierPlant> tiers) {
        int n = stackNode.length;
        Integer[] order = new Integer[n];
        Map<Integer, Integer> panelRu = new HashMap<>();
        for (int s = 0; s < n; s++) {
            order[s] = s;
            panelRu.merge(stackNode[s], panels[s] * tiers.get(stackTier[s]).panels().ruPerPanel(), Integer::sum);
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingInt(s -> stackNode[s])
                .thenComparingInt(s -> stackTier[s]).thenComparingInt(s -> stackXc[s]));
        int[] top = new int[n];
        int node = Integer.MIN_VALUE;
        int next = 0;
        for (int s : order) {
            if (stackNode[s] != node) {
                node = stackNode[s];
                next = Math.max(spec.heightRu(), deviceRuAt(node) + panelRu.get(node));
            }
            top[s] = next;
            next -= panels[s] * tiers.get(stackTier[s]).panels().ruPerPanel();
        }
        return top;
    }
}
