package org.cablesim.topology;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;

/**
 * Rail-optimised fabric: servers form scalable units (SU) of {@code fabric.serversPerUnit} (0 = as many as one
 * leaf's down ports carry); NIC k of every server of an SU goes to the SU's rail-k leaf. When an SU has more
 * servers than a leaf can take, each rail gets several leaves that split the SU's servers in consecutive,
 * equal-as-possible blocks (ids {@code su01-leaf-rail3-1}, {@code -2}…), rather than failing: the NIC-to-rail
 * mapping stays intact and the spines still join the rails. The last SU may be partial; it gets only the leaves
 * its servers need. Ids: {@code su01-srv017}, {@code su01-leaf-rail3}; each SU starts a fresh floor row.
 */
public final class RailOptimizedGenerator implements FabricGenerator {

    @Override
    public LogicalFabric generate(ClusterSpec cluster, FabricSpec fabric, FloorSpec floor)
            throws FabricInfeasibleException {
        PortBudget.checkBreakout(fabric, 0);
        PortBudget.checkBreakout(fabric, 1);
        int leafCapacity = PortBudget.maxLeafDownPorts(fabric) * fabric.tiers().get(0).breakout();
        int servers = cluster.servers();
        int nics = cluster.nicsPerServer();
        int unitSize = fabric.serversPerUnit() == 0 ? leafCapacity : fabric.serversPerUnit();
        int leavesPerRail = (unitSize + leafCapacity - 1) / leafCapacity;
        int perLeaf = (unitSize + leavesPerRail - 1) / leavesPerRail;
        int units = (servers + unitSize - 1) / unitSize;

        int unitWidth = Ids.width(units, 2);
        int serverWidth = Ids.width(unitSize, 3);
        int railWidth = Ids.width(nics, 1);
        String[] serverIds = new String[servers];
        int[] serverUnits = new int[servers];
        int[] blockSizes = new int[units];
        int[] nicLeaf = new int[Math.multiplyExact(servers, nics)];
        int[] nicSlot = new int[Math.multiplyExact(servers, nics)];
        List<String> leafIds = new ArrayList<>();
        List<Integer> leafUnits = new ArrayList<>();
        int s = 0;
        for (int u = 0; u < units; u++) {
            String unitPrefix = Ids.padded("su", u + 1L, unitWidth);
            int size = Math.min(unitSize, servers - u * unitSize);
            int railLeaves = (size + perLeaf - 1) / perLeaf;
            int leafBase = leafIds.size();
            for (int k = 0; k < nics; k++) {
                String railId = unitPrefix + Ids.padded("-leaf-rail", k + 1L, railWidth);
                for (int j = 0; j < railLeaves; j++) {
                    leafIds.add(leavesPerRail == 1 ? railId : railId + "-" + (j + 1));
                    leafUnits.add(u + 1);
                }
            }
            blockSizes[u] = size;
            for (int i = 0; i < size; i++, s++) {
                serverIds[s] = unitPrefix + Ids.padded("-srv", i + 1L, serverWidth);
                serverUnits[s] = u + 1;
                for (int k = 0; k < nics; k++) {
                    nicLeaf[s * nics + k] = leafBase + k * railLeaves + i / perLeaf;
                    nicSlot[s * nics + k] = i % perLeaf;
                }
            }
        }
        int leavesPerUnit = leavesPerRail * nics;
        int designLinks = Math.min(perLeaf, servers);
        LeafLayer layer = new LeafLayer(serverIds, serverUnits, blockSizes, leafIds.toArray(String[]::new),
                leafUnits.stream().mapToInt(Integer::intValue).toArray(), nicLeaf, nicSlot, nics, designLinks,
                leavesPerUnit, leaves -> leaves / leavesPerUnit * (long) unitSize);
        return FabricAssembler.assemble(cluster, fabric, floor, layer);
    }
}
