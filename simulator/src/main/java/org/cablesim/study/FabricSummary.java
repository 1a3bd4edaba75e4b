package org.cablesim.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;

/**
 * Headline counts of a generated logical fabric.
 *
 * @param gpus          GPUs in the cluster
 * @param servers       GPU servers
 * @param leaves        leaf switches
 * @param spines        spine switches
 * @param cores         core switches (0 in a 2-tier fabric)
 * @param linksByTier   logical links per tier name, in tier order
 */
public record FabricSummary(long gpus, int servers, int leaves, int spines, int cores, Map<String, Integer> linksByTier) {
    public FabricSummary {
        linksByTier = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(linksByTier));
    }

    /** Counts of {@code fabric}. */
    public static FabricSummary of(LogicalFabric fabric) {
        return new FabricSummary(
                fabric.gpus(),
                fabric.servers(),
                fabric.count(DeviceRole.LEAF),
                fabric.count(DeviceRole.SPINE),
                fabric.count(DeviceRole.CORE),
                fabric.linkCountsByTier());
    }

    /** Total logical links over all tiers. */
    public int totalLinks() {
        return linksByTier.values().stream().mapToInt(Integer::intValue).sum();
    }
}
