package org.cablesim.lifecycle;

import java.util.Arrays;
import java.util.List;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.scenario.PartKind;

/**
 * The lifecycle plant compiled into dense arrays (links, connections, components, tiers and servers by index, ids
 * packed as bytes), built once by a {@link PlantIndexBuilder} and shared read-only by every replication. A 100k-GPU
 * plant (300k links, 1.6M components) holds no object per link or component.
 */
public final class PlantIndex {
    final int linkCount;
    final int connectionCount;
    final int componentCount;

    final Ids linkIds;
    /** Dense tier position of each link (tiers sorted by tier index). */
    final int[] linkTier;
    final boolean[] serverFacing;
    /** Server index of each link (servers numbered by first appearance in link order), −1 for switch–switch links. */
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
    /** The components on each link, in the link's order. */
    final int[][] linkComponents;

    final Ids connIds;
    final int[] connLink;
    /** Offset of a connection's lanes in the per-lane arrays; the total is {@code laneOffset[connectionCount]}. */
    final int[] laneOffset;
    /** Index of each connection's loss model in {@link #models} (equal models share one). */
    final int[] connModel;
    /** The distinct loss models. */
    final MatedPairLossModel[] models;
    /** Fibre positions of each connection's plug row(s). */
    final int[] connPositions;
    /** The position of each lane of the link at each connection (connections of one shape share the array). */
    final int[][] connLanePosition;
    /** The most positions of any connection: the size of a mating's draw buffer. */
    final int maxPositions;
    final double[] connReflectanceDb;
    /** Shared-part group of a connection, −1 when it has no neighbours. */
    final int[] connShared;
    final int[][] sharedMembers;

    final Ids compIds;
    final PartKind[] compKind;
    /** Links carried by component c: {@code compLinkData[compLinkStart[c] .. compLinkStart[c + 1] − 1]}. */
    final int[] compLinkStart;
    final int[] compLinkData;
    /** Connections re-mated when component c is replaced, stored like {@link #compLinkStart}. */
    final int[] compConnStart;
    final int[] compConnData;
    /** Components per kind, by {@link PartKind} ordinal. */
    final int[] kindCounts;

    final List<String> tierNames;
    /** The tier index of each dense tier position. */
    final int[] tierIndexes;
    final int[][] tierLinks;
    /** True for tiers without server-facing links: their outages reduce capacity. */
    final boolean[] switchTier;
    final int serverCount;
    /** Shared-part group of each shared-part key (a growth phase's trunk work names the parts it disturbs). */
    private final java.util.Map<Object, Integer> sharedGroups;
    /** Link index of each link id, built on first use (only expansions look links up by id). */
    private java.util.Map<String, Integer> linkIndex;

    PlantIndex(PlantIndexBuilder b) {
        linkCount = b.links;
        connectionCount = b.connections;
        componentCount = b.compIds.size();
        if (linkCount == 0) {
            throw new IllegalArgumentException("a plant needs at least one link");
        }
        b.linkIds.trim();
        b.connIds.trim();
        b.compIds.trim();
        linkIds = b.linkIds;
        connIds = b.connIds;
        compIds = b.compIds;
        serverFacing = new boolean[linkCount];
        linkServer = new int[linkCount];
        java.util.Map<String, Integer> servers = new java.util.HashMap<>();
        for (int l = 0; l < linkCount; l++) {
            String server = b.linkServerId[l];
            serverFacing[l] = server != null;
            linkServer[l] = server == null ? -1 : servers.computeIfAbsent(server, k -> servers.size());
        }
        serverCount = servers.size();
        fixedLossDb = Arrays.copyOf(b.fixedLossDb, linkCount);
        budgetDb = Arrays.copyOf(b.budgetDb, linkCount);
        lanes = Arrays.copyOf(b.lanes, linkCount);
        rule = Arrays.copyOf(b.rule, linkCount);
        designFault = Arrays.copyOf(b.designFault, linkCount);
        connStart = Arrays.copyOf(b.connStart, linkCount + 1);
        linkComponents = Arrays.copyOf(b.linkComponents, linkCount);

        connLink = Arrays.copyOf(b.connLink, connectionCount);
        connModel = Arrays.copyOf(b.connModel, connectionCount);
        models = b.models.toArray(new MatedPairLossModel[0]);
        connPositions = Arrays.copyOf(b.connPositions, connectionCount);
        connLanePosition = Arrays.copyOf(b.connLanePosition, connectionCount);
        connReflectanceDb = Arrays.copyOf(b.connReflectanceDb, connectionCount);
        connShared = Arrays.copyOf(b.connShared, connectionCount);
        laneOffset = new int[connectionCount + 1];
        int widest = 1;
        for (int c = 0; c < connectionCount; c++) {
            laneOffset[c + 1] = laneOffset[c] + lanes[connLink[c]];
            widest = Math.max(widest, connPositions[c]);
        }
        maxPositions = widest;
        sharedMembers = groups(connShared, b.sharedIndex.size());
        sharedGroups = b.sharedIndex;

        compKind = Arrays.copyOf(b.compKind, componentCount);
        kindCounts = new int[PartKind.values().length];
        for (PartKind k : compKind) {
            kindCounts[k.ordinal()]++;
        }
        int[][] carried = carriedLinks(b);
        compLinkStart = carried[0];
        compLinkData = carried[1];
        int[][] remated = rematedConnections(b.connMated, connectionCount, componentCount);
        compConnStart = remated[0];
        compConnData = remated[1];

        java.util.TreeMap<Integer, String> tiers = new java.util.TreeMap<>();
        for (int l = 0; l < linkCount; l++) {
            String name = tiers.putIfAbsent(b.linkTierIndex[l], b.linkTierName[l]);
            if (name != null && !name.equals(b.linkTierName[l])) {
                throw new IllegalArgumentException("tier " + b.linkTierIndex[l] + " is named both " + name + " and "
                        + b.linkTierName[l]);
            }
        }
        if (new java.util.HashSet<>(tiers.values()).size() != tiers.size()) {
            throw new IllegalArgumentException("two tier indices share a name: " + tiers);
        }
        tierNames = List.copyOf(tiers.values());
        tierIndexes = tiers.keySet().stream().mapToInt(Integer::intValue).toArray();
        linkTier = new int[linkCount];
        int[] perTier = new int[tierIndexes.length];
        for (int l = 0; l < linkCount; l++) {
            linkTier[l] = Arrays.binarySearch(tierIndexes, b.linkTierIndex[l]);
            perTier[linkTier[l]]++;
        }
        tierLinks = new int[tierIndexes.length][];
        switchTier = new boolean[tierIndexes.length];
        for (int t = 0; t < tierIndexes.length; t++) {
            tierLinks[t] = new int[perTier[t]];
            switchTier[t] = true;
        }
        int[] fill = new int[tierIndexes.length];
        for (int l = 0; l < linkCount; l++) {
            tierLinks[linkTier[l]][fill[linkTier[l]]++] = l;
            if (serverFacing[l]) {
                switchTier[linkTier[l]] = false;
            }
        }
    }

    /** Members of each shared-part group, in connection order. */
    private static int[][] groups(int[] groupOf, int count) {
        int[] size = new int[count];
        for (int g : groupOf) {
            if (g >= 0) {
                size[g]++;
            }
        }
        int[][] members = new int[count][];
        for (int g = 0; g < count; g++) {
            members[g] = new int[size[g]];
        }
        int[] fill = new int[count];
        for (int c = 0; c < groupOf.length; c++) {
            if (groupOf[c] >= 0) {
                members[groupOf[c]][fill[groupOf[c]]++] = c;
            }
        }
        return members;
    }

    /**
     * The links of every component as {start, data}: in the caller's order where given, else in link order; a
     * component must carry a link, and carry exactly the links that list it.
     */
    private int[][] carriedLinks(PlantIndexBuilder b) {
        int[] start = new int[componentCount + 1];
        for (int l = 0; l < linkCount; l++) {
            int[] comps = linkComponents[l];
            for (int i = 0; i < comps.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (comps[j] == comps[i]) {
                        throw new IllegalArgumentException("link " + linkIds.get(l) + " lists a component twice");
                    }
                }
                start[comps[i] + 1]++;
            }
        }
        for (int c = 0; c < componentCount; c++) {
            if (start[c + 1] == 0) {
                throw new IllegalArgumentException("component " + compIds.get(c) + " carries no link");
            }
            start[c + 1] += start[c];
        }
        int[] data = new int[start[componentCount]];
        int[] fill = Arrays.copyOf(start, componentCount);
        for (int l = 0; l < linkCount; l++) {
            for (int c : linkComponents[l]) {
                data[fill[c]++] = l;
            }
        }
        if (b.compLinkOrder != null) {
            b.compLinkOrder.forEach((c, order) -> {
                int[] sorted = order.clone();
                Arrays.sort(sorted);
                if (!Arrays.equals(sorted, Arrays.copyOfRange(data, start[c], start[c + 1]))) {
                    throw new IllegalArgumentException("component " + compIds.get(c) + " does not carry exactly the"
                            + " links that list it");
                }
                System.arraycopy(order, 0, data, start[c], order.length);
            });
        }
        return new int[][] {start, data};
    }

    /** Every component's re-mated connections as {start, data}, in connection order. */
    private static int[][] rematedConnections(int[][] mated, int connections, int components) {
        int[] start = new int[components + 1];
        for (int c = 0; c < connections; c++) {
            for (int m : mated[c]) {
                start[m + 1]++;
            }
        }
        for (int k = 0; k < components; k++) {
            start[k + 1] += start[k];
        }
        int[] data = new int[start[components]];
        int[] fill = Arrays.copyOf(start, components);
        for (int c = 0; c < connections; c++) {
            for (int m : mated[c]) {
                data[fill[m]++] = c;
            }
        }
        return new int[][] {start, data};
    }

    /** A builder that adds components, links and connections by index. */
    public static PlantIndexBuilder builder() {
        return new PlantIndexBuilder();
    }

    /** Compiles a validated plant of records (same links, connections and components, in the same orders). */
    public static PlantIndex of(LifecyclePlant plant) {
        return PlantIndexBuilder.compile(plant);
    }

    /** Links in the plant. */
    public int linkCount() {
        return linkCount;
    }

    /** Components in the plant. */
    public int componentCount() {
        return componentCount;
    }

    /** The fabric tier index of link {@code l}. */
    public int tierIndex(int l) {
        return tierIndexes[linkTier[l]];
    }

    /** The id of link {@code l}. */
    public String linkId(int l) {
        return linkIds.get(l);
    }

    /** Mated pairs in link {@code l}'s channel. */
    public int connectionCount(int l) {
        return connStart[l + 1] - connStart[l];
    }

    /** Components of {@code kind} on link {@code l}. */
    public int componentCount(int l, PartKind kind) {
        int n = 0;
        for (int c : linkComponents[l]) {
            n += compKind[c] == kind ? 1 : 0;
        }
        return n;
    }

    /** Fibre and splice loss of link {@code l} per lane, dB. */
    public double fixedLossDb(int l) {
        return fixedLossDb[l];
    }

    /** Whether link {@code l} is broken by design. */
    public boolean designFault(int l) {
        return designFault[l];
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
    synchronized int linkIndex(String id) {
        if (linkIndex == null) {
            linkIndex = new java.util.HashMap<>(2 * linkCount);
            for (int l = 0; l < linkCount; l++) {
                linkIndex.put(linkIds.get(l), l);
            }
        }
        Integer l = linkIndex.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no link " + id + " in the plant");
        }
        return l;
    }

    /** The dense tier position of a tier index, or −1 when the plant has no such tier. */
    int tierPosition(int tierIndex) {
        for (int t = 0; t < tierIndexes.length; t++) {
            if (tierIndexes[t] == tierIndex) {
                return t;
            }
        }
        return -1;
    }

    /** The links component {@code c} carries, in its order (a copy). */
    int[] compLinks(int c) {
        return Arrays.copyOfRange(compLinkData, compLinkStart[c], compLinkStart[c + 1]);
    }

    /** The first link component {@code c} carries. */
    int firstLink(int c) {
        return compLinkData[compLinkStart[c]];
    }

    /** The connections re-mated when component {@code c} is replaced (a copy). */
    int[] compConns(int c) {
        return Arrays.copyOfRange(compConnData, compConnStart[c], compConnStart[c + 1]);
    }
}
