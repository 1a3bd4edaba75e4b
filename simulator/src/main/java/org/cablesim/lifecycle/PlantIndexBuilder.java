package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.scenario.PartKind;

/**
 * Adds a plant's components, links and connections by index and compiles them into a {@link PlantIndex}: the
 * fast way to lay a large routed plan under the simulation, with no record per link or component. Components come
 * first, then each link with the components on it, then that link's connections. A component carries the links
 * that list it, in link order. Not thread-safe.
 */
public final class PlantIndexBuilder {
    final Ids compIds = new Ids(1024);
    PartKind[] compKind = new PartKind[1024];
    /** Links each component carries when the caller gave the order itself (records), else null. */
    Map<Integer, int[]> compLinkOrder;

    final Ids linkIds = new Ids(1024);
    int links;
    int[] linkTierIndex = new int[1024];
    String[] linkTierName = new String[1024];
    String[] linkServerId = new String[1024];
    double[] fixedLossDb = new double[1024];
    double[] budgetDb = new double[1024];
    int[] lanes = new int[1024];
    ReflectanceRule[] rule = new ReflectanceRule[1024];
    boolean[] designFault = new boolean[1024];
    int[][] linkComponents = new int[1024][];
    int[] connStart = new int[1025];

    final Ids connIds = new Ids(1024);
    int connections;
    int[] connLink = new int[1024];
    int[] connModel = new int[1024];
    int[] connPositions = new int[1024];
    int[][] connLanePosition = new int[1024][];
    double[] connReflectanceDb = new double[1024];
    int[] connShared = new int[1024];
    int[][] connMated = new int[1024][];

    final List<MatedPairLossModel> models = new ArrayList<>();
    private final Map<MatedPairLossModel, Integer> modelIndex = new HashMap<>();
    private final Map<MatedPairLossModel, Integer> modelByIdentity = new IdentityHashMap<>();
    private final Map<OpticalConnection, int[]> lanePositions = new IdentityHashMap<>();
    final Map<Object, Integer> sharedIndex = new HashMap<>();

    PlantIndexBuilder() {
    }

    /**
     * Adds a replaceable part.
     *
     * @param id   unique, non-blank (names its random streams)
     * @param kind what the part is
     * @return its index
     */
    public int component(CharSequence id, PartKind kind) {
        requireId("component", id);
        Objects.requireNonNull(kind, "kind");
        int c = compIds.add(id);
        if (c == compKind.length) {
            compKind = Arrays.copyOf(compKind, 2 * c);
        }
        compKind[c] = kind;
        return c;
    }

    /**
     * Adds a link; its connections follow with {@link #connection}. Arguments as {@link PhysicalLink}'s.
     *
     * @param id         unique, non-blank
     * @param serverId   the server of a server-facing link, null for a switch–switch link
     * @param components the components on the link (already added), distinct, in the link's order
     * @return its index
     */
    public int link(CharSequence id, int tierIndex, String tierName, String serverId, double fixedLossDb,
            double budgetDb, int lanes, ReflectanceRule rule, boolean designFault, int[] components) {
        requireId("link", id);
        PhysicalLink.checkValues(id, tierIndex, tierName, fixedLossDb, budgetDb, lanes);
        Objects.requireNonNull(rule, "reflectanceRule");
        for (int c : components) {
            Objects.checkIndex(c, compIds.size());
        }
        int l = links;
        if (l == linkTierIndex.length) {
            growLinks(2 * l);
        }
        linkIds.add(id);
        linkTierIndex[l] = tierIndex;
        linkTierName[l] = tierName;
        linkServerId[l] = serverId == null || serverId.isBlank() ? null : serverId;
        this.fixedLossDb[l] = fixedLossDb;
        this.budgetDb[l] = budgetDb;
        this.lanes[l] = lanes;
        this.rule[l] = rule;
        this.designFault[l] = designFault;
        linkComponents[l] = components.clone();
        connStart[l + 1] = connStart[l];
        links++;
        return l;
    }

    /**
     * Adds a mated pair to the last link added.
     *
     * @param link       that link's index
     * @param id         unique over the plant, non-blank (names its random streams)
     * @param sharedPart the part it sits in (connections of other links with an equal key are its neighbours), or
     *                   null when it has none
     * @param optical    its loss model, positions, lane positions and clean reflectance
     * @param mated      the components it joins (each on the link); replacing one re-mates it
     * @return its index
     */
    public int connection(int link, CharSequence id, Object sharedPart, OpticalConnection optical, int... mated) {
        if (link != links - 1) {
            throw new IllegalArgumentException("connections must follow their link; link " + link + " is not the last");
        }
        requireId("connection", id);
        Objects.requireNonNull(optical, "optical");
        int[] positions = lanePositions.computeIfAbsent(optical, OpticalConnection::positionOfLane);
        if (positions.length != lanes[link]) {
            throw new IllegalArgumentException("connection " + id + " places " + positions.length + " lanes, link "
                    + linkIds.get(link) + " has " + lanes[link]);
        }
        for (int m : mated) {
            if (!contains(linkComponents[link], m)) {
                throw new IllegalArgumentException("connection " + id + " mates component " + compIds.get(m)
                        + " which is not on its link " + linkIds.get(link));
            }
        }
        int c = connections;
        if (c == connLink.length) {
            growConnections(2 * c);
        }
        connIds.add(id);
        connLink[c] = link;
        connModel[c] = modelIndex(optical.model());
        connPositions[c] = optical.positions();
        connLanePosition[c] = positions;
        connReflectanceDb[c] = optical.reflectanceDb();
        connShared[c] = sharedPart == null ? -1 : sharedIndex.computeIfAbsent(sharedPart, k -> sharedIndex.size());
        connMated[c] = mated.clone();
        connections++;
        connStart[link + 1] = connections;
        return c;
    }

    /** Compiles what was added; the builder must not be used afterwards. */
    public PlantIndex build() {
        return new PlantIndex(this);
    }

    /** Gives component {@code c}'s links in an order of the caller's (the records' {@link Component#linkIds}). */
    void componentLinks(int c, int[] linksInOrder) {
        if (compLinkOrder == null) {
            compLinkOrder = new HashMap<>();
        }
        compLinkOrder.put(c, linksInOrder);
    }

    static PlantIndex compile(LifecyclePlant plant) {
        PlantIndexBuilder b = new PlantIndexBuilder();
        Map<String, Integer> compIndex = new HashMap<>();
        for (Component c : plant.components()) {
            compIndex.put(c.id(), b.component(c.id(), c.kind()));
        }
        Map<String, Integer> linkIndex = new HashMap<>();
        for (PhysicalLink link : plant.links()) {
            int l = b.link(link.linkId(), link.tierIndex(), link.tierName(), link.serverId(), link.fixedLossDb(),
                    link.budgetDb(), link.lanes(), link.reflectanceRule(), link.designFault(),
                    link.componentIds().stream().mapToInt(compIndex::get).toArray());
            linkIndex.put(link.linkId(), l);
            for (LinkConnection conn : link.connections()) {
                b.connection(l, conn.connectionId(), conn.sharedPartId(), conn.optical(),
                        conn.matedComponentIds().stream().mapToInt(compIndex::get).toArray());
            }
        }
        for (Component c : plant.components()) {
            b.componentLinks(compIndex.get(c.id()), c.linkIds().stream().mapToInt(linkIndex::get).toArray());
        }
        return b.build();
    }

    private int modelIndex(MatedPairLossModel model) {
        Integer i = modelByIdentity.get(model);
        if (i == null) {
            i = modelIndex.computeIfAbsent(model, m -> {
                models.add(m);
                return models.size() - 1;
            });
            modelByIdentity.put(model, i);
        }
        return i;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static void requireId(String what, CharSequence id) {
        if (PhysicalLink.isBlank(id)) {
            throw new IllegalArgumentException(what + " id must be non-blank");
        }
    }

    private void growLinks(int n) {
        linkTierIndex = Arrays.copyOf(linkTierIndex, n);
        linkTierName = Arrays.copyOf(linkTierName, n);
        linkServerId = Arrays.copyOf(linkServerId, n);
        fixedLossDb = Arrays.copyOf(fixedLossDb, n);
        budgetDb = Arrays.copyOf(budgetDb, n);
        lanes = Arrays.copyOf(lanes, n);
        rule = Arrays.copyOf(rule, n);
        designFault = Arrays.copyOf(designFault, n);
        linkComponents = Arrays.copyOf(linkComponents, n);
        connStart = Arrays.copyOf(connStart, n + 1);
    }

    private void growConnections(int n) {
        connLink = Arrays.copyOf(connLink, n);
        connModel = Arrays.copyOf(connModel, n);
        connPositions = Arrays.copyOf(connPositions, n);
        connLanePosition = Arrays.copyOf(connLanePosition, n);
        connReflectanceDb = Arrays.copyOf(connReflectanceDb, n);
        connShared = Arrays.copyOf(connShared, n);
        connMated = Arrays.copyOf(connMated, n);
    }
}
