package org.cablesim.topology;

import java.util.Locale;
import java.util.function.LongUnaryOperator;
import org.cablesim.scenario.FabricSpec;

/**
 * Sizes of the switch layers above the leaves. A 2-tier fabric is one pod holding every leaf and no cores.
 *
 * @param leaves          leaves in the fabric
 * @param leafUpPorts     up ports per leaf (U)
 * @param leavesPerPod    leaves per full pod (all leaves in 2 tiers)
 * @param pods            pods (1 in 2 tiers)
 * @param spinesPerPod    spines per pod; also the number of core groups in 3 tiers
 * @param spineDownPorts  down ports of a spine of a full pod: leavesPerPod × U / spinesPerPod
 * @param spineUpPorts    up ports per spine (0 in 2 tiers)
 * @param coresPerGroup   cores per core group (0 in 2 tiers)
 * @param coreDownPorts   ports used on each core: pods × spineUpPorts / coresPerGroup (0 in 2 tiers)
 */
record SwitchLayers(
        int leaves,
        int leafUpPorts,
        int leavesPerPod,
        int pods,
        int spinesPerPod,
        int spineDownPorts,
        int spineUpPorts,
        int coresPerGroup,
        int coreDownPorts) {

    boolean hasCore() {
        return coresPerGroup > 0;
    }

    int spines() {
        return pods * spinesPerPod;
    }

    int cores() {
        return spinesPerPod * coresPerGroup;
    }

    /** Parallel links' worth of ports between one leaf and one spine of its pod. */
    int leafSpinePortsPerPair() {
        return leafUpPorts / spinesPerPod;
    }

    /** Parallel ports between one spine and one core of its group. */
    int spineCorePortsPerPair() {
        return hasCore() ? spineUpPorts / coresPerGroup : 0;
    }

    /**
     * Sizes the spine (and if needed core) layers for {@code leaves} leaves of {@code leafUpPorts} up ports.
     *
     * @param podGranularity leaves that should stay in one pod (a scalable unit's leaves), ≥ 1
     * @param maxServers     servers that a given number of leaves carries, for the "too big" message
     */
    static SwitchLayers size(FabricSpec fabric, int leaves, int leafUpPorts, int podGranularity,
            LongUnaryOperator maxServers) throws FabricInfeasibleException {
        int radix = fabric.switchRadix();
        if (leaves <= radix) {
            // In 2 tiers a spine uses all its ports down; S = U always balances because L ≤ radix.
            int spines = PortBudget.smallestBalancedDivisor(leafUpPorts, leaves, radix);
            return new SwitchLayers(leaves, leafUpPorts, leaves, 1, spines, leaves * (leafUpPorts / spines), 0, 0, 0);
        }
        if (fabric.tiers().size() < 3) {
            throw new FabricInfeasibleException("fabric.tiers", String.format(Locale.ROOT,
                    "a 3-tier fabric is needed: %d leaves cannot all reach one spine layer of radix %d (every leaf"
                            + " needs at least one port on every spine); add fabric.tiers[2] (spine-core)",
                    leaves, radix));
        }
        PortBudget.checkBreakout(fabric, 2);
        int spineDownMax = PortBudget.maxSpineDownPorts(fabric);
        int leavesPerPod = podGranularity <= spineDownMax
                ? (spineDownMax / podGranularity) * podGranularity
                : spineDownMax;
        int spinesPerPod = PortBudget.smallestBalancedDivisor(leafUpPorts, leavesPerPod, spineDownMax);
        int spineDown = leavesPerPod * (leafUpPorts / spinesPerPod);
        int pods = (leaves + leavesPerPod - 1) / leavesPerPod;
        if (pods > radix) {
            long maxLeaves = (long) radix * leavesPerPod;
            throw new FabricInfeasibleException("cluster.servers", String.format(Locale.ROOT,
                    "too big for 3 tiers: %d leaves form %d pods of %d, but a core of radix %d can join at most %d"
                            + " pods (%d leaves, about %d servers); a 4th tier is not supported, so reduce"
                            + " cluster.servers or use switches of larger radix",
                    leaves, pods, leavesPerPod, radix, radix, maxLeaves, maxServers.applyAsLong(maxLeaves)));
        }
        // Spines are sized for full pods even when the last pod is partial, so filling it never touches the core.
        int spineUp = PortBudget.spineUpPorts(spineDown, fabric);
        int coresPerGroup = PortBudget.smallestBalancedDivisor(spineUp, pods, radix);
        return new SwitchLayers(leaves, leafUpPorts, leavesPerPod, pods, spinesPerPod, spineDown, spineUp,
                coresPerGroup, pods * (spineUp / coresPerGroup));
    }
}
