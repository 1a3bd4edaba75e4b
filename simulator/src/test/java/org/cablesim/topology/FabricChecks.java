package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.TierSpec;

/** Structural invariants every generated fabric must satisfy, shared by example tests and properties. */
final class FabricChecks {
    private FabricChecks() {
    }

    /** Every NIC used once; no switch port lane used twice; ports within radix; lanes within breakout. */
    static void portsAreConsistent(LogicalFabric fabric, FabricSpec spec) {
        int nics = fabric.cluster().nicsPerServer();
        Map<String, Set<Integer>> nicsUsed = new HashMap<>();
        Set<String> lanesUsed = new HashSet<>();
        // A switch port belongs to one tier and, lane by lane, to one peer port.
        Map<String, String> portOwner = new HashMap<>();
        for (LogicalLink link : fabric.links()) {
            TierSpec tier = fabric.tiers().get(link.tierIndex());
            assertEquals(tier.name(), link.tierName());
            assertTrue(link.switchPortBreakoutLane() <= tier.breakout(), link::toString);
            assertTrue(link.toPort() <= spec.switchRadix(), link::toString);
            assertTrue(lanesUsed.add(link.toDeviceId() + "#" + link.toPort() + "/" + link.switchPortBreakoutLane()),
                    () -> "upper lane used twice: " + link);
            String upperPort = link.toDeviceId() + "#" + link.toPort();
            if (link.tierIndex() == 0) {
                assertTrue(nicsUsed.computeIfAbsent(link.fromDeviceId(), k -> new HashSet<>()).add(link.fromPort()),
                        () -> "NIC used twice: " + link);
                assertTrue(link.fromPort() <= nics);
                String prev = portOwner.putIfAbsent(upperPort, "tier0");
                assertTrue(prev == null || prev.equals("tier0"), () -> "port shared across tiers: " + link);
            } else {
                assertTrue(link.fromPort() <= spec.switchRadix(), link::toString);
                String lowerPort = link.fromDeviceId() + "#" + link.fromPort();
                assertTrue(lanesUsed.add(lowerPort + "/" + link.lowerPortLane()),
                        () -> "lower lane used twice: " + link);
                if (tier.breakoutSpread()) {
                    continue;
                }
                assertEquals(link.switchPortBreakoutLane(), link.lowerPortLane(), link::toString);
                String prevLower = portOwner.putIfAbsent(lowerPort, "up:" + upperPort);
                assertTrue(prevLower == null || prevLower.equals("up:" + upperPort),
                        () -> "lanes of one lower port go to different ports: " + link);
                String prevUpper = portOwner.putIfAbsent(upperPort, "down:" + lowerPort);
                assertTrue(prevUpper == null || prevUpper.equals("down:" + lowerPort),
                        () -> "lanes of one upper port come from different ports: " + link);
            }
        }
        assertEquals(fabric.servers(), nicsUsed.size(), "every server is connected");
        nicsUsed.forEach((server, used) -> assertEquals(nics, used.size(), () -> server + " NICs"));
        assertEquals(fabric.servers() * nics, fabric.linkCountsByTier().get(fabric.tiers().get(0).name()));
        assertTrue(fabric.links().stream().filter(l -> l.tierIndex() == 0)
                .allMatch(l -> fabric.device(l.fromDeviceId()).role() == DeviceRole.SERVER
                        && fabric.device(l.toDeviceId()).role() == DeviceRole.LEAF));
    }

    /**
     * Leaves and spines form pods that are complete bipartite graphs with one parallel-link count fabric-wide;
     * spines and cores likewise per core group, and every pod has exactly one spine in each core group.
     *
     * @return the distinct leaf–spine link count per connected pair
     */
    static int layersAreBalanced(LogicalFabric fabric) {
        int leafSpine = balancedLayer(fabric, 1, DeviceRole.LEAF, DeviceRole.SPINE, fabric.count(DeviceRole.LEAF));
        if (fabric.tiers().size() == 3) {
            balancedLayer(fabric, 2, DeviceRole.SPINE, DeviceRole.CORE, fabric.count(DeviceRole.SPINE));
            // Each pod's spines reach distinct core groups, one spine per group.
            Map<Integer, Set<Set<String>>> groupsByPod = new TreeMap<>();
            Map<String, Set<String>> coresOf = reach(fabric, 2);
            for (Device spine : fabric.devices(DeviceRole.SPINE)) {
                assertTrue(groupsByPod.computeIfAbsent(spine.unit(), k -> new HashSet<>())
                        .add(coresOf.get(spine.id())), () -> "two spines of a pod share a core group: " + spine);
            }
            Set<Set<String>> first = groupsByPod.values().iterator().next();
            groupsByPod.values().forEach(g -> assertEquals(first, g, "every pod reaches every core group"));
        } else {
            assertEquals(0, fabric.count(DeviceRole.CORE));
        }
        return leafSpine;
    }

    private static int balancedLayer(LogicalFabric fabric, int tier, DeviceRole lower, DeviceRole upper,
            int lowerCount) {
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        for (LogicalLink link : fabric.links()) {
            if (link.tierIndex() == tier) {
                assertEquals(lower, fabric.device(link.fromDeviceId()).role());
                assertEquals(upper, fabric.device(link.toDeviceId()).role());
                pairs.computeIfAbsent(link.fromDeviceId(), k -> new HashMap<>()).merge(link.toDeviceId(), 1,
                        Integer::sum);
            }
        }
        assertEquals(lowerCount, pairs.size(), "every " + lower + " has uplinks");
        Set<Integer> perPair = new HashSet<>();
        pairs.values().forEach(m -> perPair.addAll(m.values()));
        assertEquals(1, perPair.size(), () -> "parallel links per " + lower + "–" + upper + " pair: " + perPair);
        // Upper devices reached by a lower device form a group; groups are disjoint and cover the layer.
        Map<String, Set<String>> groupOf = new HashMap<>();
        for (Map<String, Integer> reached : pairs.values()) {
            Set<String> group = reached.keySet();
            for (String u : group) {
                Set<String> prev = groupOf.putIfAbsent(u, group);
                assertTrue(prev == null || prev.equals(group), () -> u + " is in two different groups");
            }
        }
        assertEquals(fabric.count(upper), groupOf.size(), "every " + upper + " is used");
        return perPair.iterator().next();
    }

    private static Map<String, Set<String>> reach(LogicalFabric fabric, int tier) {
        Map<String, Set<String>> out = new HashMap<>();
        for (LogicalLink link : fabric.links()) {
            if (link.tierIndex() == tier) {
                out.computeIfAbsent(link.fromDeviceId(), k -> new HashSet<>()).add(link.toDeviceId());
            }
        }
        return out;
    }

    /** Link ids run L…1, L…2 in order of tier, lower device index, lower port, lane. */
    static void linksAreOrdered(LogicalFabric fabric) {
        List<LogicalLink> links = fabric.links();
        int width = links.get(0).id().length() - 1;
        for (int i = 0; i < links.size(); i++) {
            LogicalLink link = links.get(i);
            assertEquals("L" + String.format("%0" + width + "d", i + 1), link.id());
            if (i > 0) {
                LogicalLink prev = links.get(i - 1);
                long a = orderKey(fabric, prev);
                long b = orderKey(fabric, link);
                assertTrue(a < b, () -> prev + " before " + link);
            }
        }
    }

    private static long orderKey(LogicalFabric fabric, LogicalLink link) {
        Device from = fabric.device(link.fromDeviceId());
        return ((long) link.tierIndex() << 56) | ((long) from.index() << 24) | ((long) link.fromPort() << 8)
                | link.switchPortBreakoutLane();
    }
}
