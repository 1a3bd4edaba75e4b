package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.scenario.PartKind;

/**
 * The plant compiled into dense arrays (links, connections, components, tiers, servers by index), built once
 * and shared read-only by every replication.
 */
final class PlantIndex {
    final LifecyclePlant plant;
    final int linkCount;
    final int connectionCount;
    final int componentCount;

    final String[] linkIds;
    /** Dense tier position of each link (tiers sorted by tier index). */
    final int[] linkTier;
    final boolean[] serverFacing;
    /** Server index of each link, −1 for switch–switch links. */
    final int[] linkServer;
    final double[] fixedLossDb;
    final double[] budgetDb;
    final int[] lanes;
    /** The PMD's discrete-reflectance rule of each link. */
    final ReflectanceRule[] rule;
    /** Whether each link is broken by design until its design rework. */
    final boolean[] designFault;
    /** Connections of link l are {@code connStart[l] .. connStart[l + 1] − 1}. */
    final int[] connStart;
    final int[][] linkComponents;

    final String[] connIds;
    final int[] connLink;
    /** Offset of a connection's lanes in the per-lane arrays; the total is {@code laneOffset[connectionCount]}. */
    final int[] laneOffset;
    final MatedPairLossModel[] connModel;
    /** Fibre positions of each connection's plug row(s). */
    final int[] connPositions;
    /** The position of each lane of the link at each connection. */
    final int[][] connLanePosition;
    /** The most positions of any connection: the size of a mating's draw buffer. */
    final int maxPositions;
    final double[] connReflectanceDb;
    /** Shared-part group of a connection, −1 when it has no neighbours. */
    final int[] connShared;
    final int[][] sharedMembers;
    final int[][] connMated;

    final String[] compIds;
    final PartKind[] compKind;
    final int[][] compLinks;
    /** Connections re-mated when the component is replaced. */
    final int[][] compConns;
    final Map<PartKind, Integer> kindCounts;

    final List<String> tierNames;
    final int[][] tierLinks;
    /** True for tiers without server-facing links: their outages reduce capacity. */
    final boolean[] switchTier;
    final List<String> serverIds;
    private final Map<String, Integer> linkIndex;
    private final Map<String, Integer> sharedGroups;

    PlantIndex(LifecyclePlant plant) {
        this.plant = plant;
        List<PhysicalLink> links = plant.links();
        List<Component> components = plant.components();
        linkCount = links.size();
        componentCount = components.size();

        TreeMap<Integer, String> tiers = new TreeMap<>();
        links.forEach(l -> tiers.put(l.tierIndex(), l.tierName()));
        Map<Integer, Integer> tierPosition = new HashMap<>();
        for (int tierIndex : tiers.keySet()) {
            tierPosition.put(tierIndex, tierPosition.size());
        }
        tierNames = List.copyOf(tiers.values());

        linkIndex = new HashMap<>(linkCount * 2);
        Map<String, Integer> compIndex = new HashMap<>(componentCount * 2);
        for (int c = 0; c < componentCount; c++) {
            compIndex.put(components.get(c).id(), c);
        }
        Map<String, Integer> serverIndex = new LinkedHashMap<>();
        linkIds = new String[linkCount];
        linkTier = new int[linkCount];
        serverFacing = new boolean[linkCount];
        linkServer = new int[linkCount];
        fixedLossDb = new double[linkCount];
        budgetDb = new double[linkCount];
        lanes = new int[linkCount];
        rule = new ReflectanceRule[linkCount];
        designFault = new boolean[linkCount];
        connStart = new int[linkCount + 1];
        linkComponents = new int[linkCount][];
        int connections = 0;
        for (int l = 0; l < linkCount; l++) {
            PhysicalLink link = links.get(l);
            linkIndex.put(link.linkId(), l);
            linkIds[l] = link.linkId();
            linkTier[l] = tierPosition.get(link.tierIndex());
            serverFacing[l] = link.serverFacing();
            linkServer[l] = link.serverFacing()
                    ? serverIndex.computeIfAbsent(link.serverId(), k -> serverIndex.size()) : -1;
            fixedLossDb[l] = link.fixedLossDb();
            budgetDb[l] = link.budgetDb();
            lanes[l] = link.lanes();
            rule[l] = link.reflectanceRule();
            designFault[l] = link.designFault();
            connStart[l] = connections;
            connections += link.connections().size();
            linkComponents[l] = link.componentIds().stream().mapToInt(compIndex::get).toArray();
        }
        connStart[linkCount] = connections;
        connectionCount = connections;
        serverIds = List.copyOf(serverIndex.keySet());

        connIds = new String[connections];
        connLink = new int[connections];
        laneOffset = new int[connections + 1];
        connModel = new MatedPairLossModel[connections];
        connPositions = new int[connections];
        connLanePosition = new int[connections][];
        connReflectanceDb = new double[connections];
        connShared = new int[connections];
        connMated = new int[connections][];
        Map<String, Integer> sharedIndex = new HashMap<>();
        List<List<Integer>> shared = new ArrayList<>();
        List<List<Integer>> compConnLists = new ArrayList<>(componentCount);
        for (int c = 0; c < componentCount; c++) {
            compConnLists.add(new ArrayList<>(2));
        }
        int offset = 0;
        int widest = 1;
        for (int l = 0; l < linkCount; l++) {
            List<LinkConnection> conns = links.get(l).connections();
            for (int k = 0; k < conns.size(); k++) {
                LinkConnection conn = conns.get(k);
                int c = connStart[l] + k;
                connIds[c] = conn.connectionId();
                connLink[c] = l;
                laneOffset[c] = offset;
                offset += lanes[l];
                connModel[c] = conn.lossModel();
                connPositions[c] = conn.optical().positions();
                connLanePosition[c] = conn.optical().positionOfLane();
                widest = Math.max(widest, connPositions[c]);
                connReflectanceDb[c] = conn.reflectanceDb();
                if (conn.sharedPartId() == null) {
                    connShared[c] = -1;
                } else {
                    int g = sharedIndex.computeIfAbsent(conn.sharedPartId(), id -> {
                        shared.add(new ArrayList<>(4));
                        return shared.size() - 1;
                    });
                    shared.get(g).add(c);
                    connShared[c] = g;
                }
                int[] mated = conn.matedComponentIds().stream().mapToInt(compIndex::get).toArray();
                connMated[c] = mated;
                for (int m : mated) {
                    compConnLists.get(m).add(c);
                }
            }
        }
        sharedGroups = sharedIndex;
        laneOffset[connections] = offset;
        maxPositions = widest;
        sharedMembers = new int[shared.size()][];
        for (int g = 0; g < shared.size(); g++) {
            sharedMembers[g] = shared.get(g).stream().mapToInt(Integer::intValue).toArray();
        }

        compIds = new String[componentCount];
        compKind = new PartKind[componentCount];
        compLinks = new int[componentCount][];
        compConns = new int[componentCount][];
        EnumMap<PartKind, Integer> counts = new EnumMap<>(PartKind.class);
        for (PartKind kind : PartKind.values()) {
            counts.put(kind, 0);
        }
        for (int c = 0; c < componentCount; c++) {
            Component comp = components.get(c);
            compIds[c] = comp.id();
            compKind[c] = comp.kind();
            compLinks[c] = comp.linkIds().stream().mapToInt(linkIndex::get).toArray();
            compConns[c] = compConnLists.get(c).stream().mapToInt(Integer::intValue).toArray();
            counts.merge(comp.kind(), 1, Integer::sum);
        }
        kindCounts = counts;

        int tierCount = tierNames.size();
        int[] perTier = new int[tierCount];
        for (int t : linkTier) {
            perTier[t]++;
        }
        tierLinks = new int[tierCount][];
        switchTier = new boolean[tierCount];
        for (int t = 0; t < tierCount; t++) {
            tierLinks[t] = new int[perTier[t]];
            switchTier[t] = true;
        }
        int[] fill = new int[tierCount];
        for (int l = 0; l < linkCount; l++) {
            tierLinks[linkTier[l]][fill[linkTier[l]]++] = l;
            if (serverFacing[l]) {
                switchTier[linkTier[l]] = false;
            }
        }
    }

    int tierCount() {
        return tierNames.size();
    }

    /** The shared-part group of {@code sharedPartId}, or −1 when no connection sits in it. */
    int sharedGroup(String sharedPartId) {
        return sharedGroups.getOrDefault(sharedPartId, -1);
    }

    /**
     * The index of the link with this id.
     *
     * @throws IllegalArgumentException when the plant has no such link
     */
    int linkIndex(String id) {
        Integer l = linkIndex.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no link " + id + " in the plant");
        }
        return l;
    }

    /** The dense tier position of a tier index, or −1 when the plant has no such tier. */
    int tierPosition(int tierIndex) {
        int position = 0;
        for (PhysicalLink link : plant.links()) {
            if (link.tierIndex() == tierIndex) {
                return linkTier[position];
            }
            position++;
        }
        return -1;
    }
}
