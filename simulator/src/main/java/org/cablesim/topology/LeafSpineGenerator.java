package org.cablesim.topology;

import java.util.Locale;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;

/**
 * Single-ToR leaf-spine (Clos): all NICs of a server go to its own leaf; consecutive servers share a leaf.
 * Servers per leaf is {@code fabric.serversPerLeaf}, or when 0 as many as the leaf's down ports carry at the
 * requested oversubscription (never more than the cluster has). Ids: {@code srv-0001}, {@code leaf-001}.
 */
public final class LeafSpineGenerator implements FabricGenerator {

    @Override
    public LogicalFabric generate(ClusterSpec cluster, FabricSpec fabric, FloorSpec floor)
            throws FabricInfeasibleException {
        PortBudget.checkBreakout(fabric, 0);
        PortBudget.checkBreakout(fabric, 1);
        int downPorts = PortBudget.maxLeafDownPorts(fabric);
        int breakout = fabric.tiers().get(0).breakout();
        int nics = cluster.nicsPerServer();
        int maxPerLeaf = downPorts * breakout / nics;
        if (maxPerLeaf == 0) {
            throw new FabricInfeasibleException("fabric.switchRadix", String.format(Locale.ROOT,
                    "leaf-spine puts all %d NICs of a server on its own leaf, but a leaf of radix %d at %s:1"
                            + " oversubscription has only %d down ports × breakout %d = %d server links; use a larger"
                            + " radix or the rail-optimized topology",
                    nics, fabric.switchRadix(), PortBudget.ratio(fabric.oversubscription()), downPorts, breakout,
                    downPorts * breakout));
        }
        if (fabric.serversPerLeaf() > maxPerLeaf) {
            throw new FabricInfeasibleException("fabric.serversPerLeaf", String.format(Locale.ROOT,
                    "%d servers × %d NICs = %d server links per leaf, but a leaf of radix %d at %s:1 oversubscription"
                            + " has only %d down ports × breakout %d = %d; at most %d servers per leaf fit",
                    fabric.serversPerLeaf(), nics, fabric.serversPerLeaf() * nics, fabric.switchRadix(),
                    PortBudget.ratio(fabric.oversubscription()), downPorts, breakout, downPorts * breakout,
                    maxPerLeaf));
        }
        int servers = cluster.servers();
        int perLeaf = Math.min(servers, fabric.serversPerLeaf() == 0 ? maxPerLeaf : fabric.serversPerLeaf());
        int leaves = (servers + perLeaf - 1) / perLeaf;

        String[] serverIds = new String[servers];
        int serverWidth = Ids.width(servers, 4);
        int[] nicLeaf = new int[Math.multiplyExact(servers, nics)];
        int[] nicSlot = new int[Math.multiplyExact(servers, nics)];
        for (int s = 0; s < servers; s++) {
            serverIds[s] = Ids.padded("srv-", s + 1L, serverWidth);
            for (int k = 0; k < nics; k++) {
                nicLeaf[s * nics + k] = s / perLeaf;
                nicSlot[s * nics + k] = (s % perLeaf) * nics + k;
            }
        }
        String[] leafIds = new String[leaves];
        int leafWidth = Ids.width(leaves, 3);
        for (int l = 0; l < leaves; l++) {
            leafIds[l] = Ids.padded("leaf-", l + 1L, leafWidth);
        }
        LeafLayer layer = new LeafLayer(serverIds, null, new int[] {servers}, leafIds, null, nicLeaf, nicSlot, nics,
                perLeaf * nics, 1, n -> n * perLeaf);
        return FabricAssembler.assemble(cluster, fabric, floor, layer);
    }
}
