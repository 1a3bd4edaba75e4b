package org.cablesim.topology;

import java.util.function.LongUnaryOperator;

/**
 * What a topology family decides: the servers, the leaves and which leaf down slot every NIC uses. The
 * layers above the leaves, the placement and the links are common ({@link FabricAssembler}).
 */
final class LeafLayer {
    final String[] serverIds;
    /** 1-based unit per server, or null to use the pod of the server's first leaf. */
    final int[] serverUnits;
    /** Servers per placement block; every block starts on a fresh row (a scalable unit, or all servers). */
    final int[] blockSizes;
    final String[] leafIds;
    /** 1-based unit per leaf, or null to use the leaf's pod. */
    final int[] leafUnits;
    /** Leaf of NIC k (0-based) of server s at [s × nics + k]. */
    final int[] nicLeaf;
    /** 0-based down slot (port × breakout + lane) of that NIC on its leaf. */
    final int[] nicSlot;
    final int nicsPerServer;
    /** NIC links a leaf is designed for; its up ports are sized from this. */
    final int leafNicLinks;
    /** Leaves that should share a pod (a scalable unit's leaves), ≥ 1. */
    final int podGranularity;
    /** Servers carried by a given number of leaves, for messages. */
    final LongUnaryOperator serversForLeaves;

    LeafLayer(String[] serverIds, int[] serverUnits, int[] blockSizes, String[] leafIds, int[] leafUnits,
            int[] nicLeaf, int[] nicSlot, int nicsPerServer, int leafNicLinks, int podGranularity,
            LongUnaryOperator serversForLeaves) {
        this.serverIds = serverIds;
        this.serverUnits = serverUnits;
        this.blockSizes = blockSizes;
        this.leafIds = leafIds;
        this.leafUnits = leafUnits;
        this.nicLeaf = nicLeaf;
        this.nicSlot = nicSlot;
        this.nicsPerServer = nicsPerServer;
        this.leafNicLinks = leafNicLinks;
        this.podGranularity = podGranularity;
        this.serversForLeaves = serversForLeaves;
    }
}
