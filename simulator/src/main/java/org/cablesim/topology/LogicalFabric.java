package org.cablesim.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.TierSpec;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * An immutable logical fabric: devices (servers, leaves, spines, cores) in racks and the logical links between
 * them. Links are kept in a list; the JGraphT view is built on first use of {@link #graph()}.
 */
public final class LogicalFabric {
    private final ClusterSpec cluster;
    private final List<TierSpec> tiers;
    private final List<Device> devices;
    private final List<LogicalLink> links;
    private final Map<String, Device> byId;
    private final Map<DeviceRole, List<Device>> byRole;
    private final Map<String, Integer> linkCountsByTier;
    private final Map<RackLocation, List<Device>> racks;
    private final Map<RackLocation, List<Device>> hallRacks;
    private volatile Graph<Device, LogicalLink> graph;

    LogicalFabric(ClusterSpec cluster, List<TierSpec> tiers, List<Device> devices, List<LogicalLink> links) {
        this(cluster, tiers, devices, links, null);
    }

    /**
     * @param hallRacks the racks of the whole hall plan (a growing cluster's last phase), or null when the hall is
     *                  just this fabric's racks
     */
    LogicalFabric(ClusterSpec cluster, List<TierSpec> tiers, List<Device> devices, List<LogicalLink> links,
            Map<RackLocation, List<Device>> hallRacks) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.tiers = List.copyOf(tiers);
        this.devices = List.copyOf(devices);
        this.links = Collections.unmodifiableList(new ArrayList<>(links));
        Map<String, Device> ids = new HashMap<>(devices.size() * 2);
        Map<DeviceRole, List<Device>> roles = new EnumMap<>(DeviceRole.class);
        for (DeviceRole role : DeviceRole.values()) {
            roles.put(role, new ArrayList<>());
        }
        for (Device d : this.devices) {
            if (ids.put(d.id(), d) != null) {
                throw new IllegalArgumentException("duplicate device id " + d.id());
            }
            List<Device> sameRole = roles.get(d.role());
            if (d.index() != sameRole.size()) {
                throw new IllegalArgumentException("device " + d.id() + " has index " + d.index() + ", expected "
                        + sameRole.size());
            }
            sameRole.add(d);
        }
        this.byId = ids;
        roles.replaceAll((role, list) -> Collections.unmodifiableList(list));
        this.byRole = roles;

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TierSpec tier : this.tiers) {
            counts.put(tier.name(), 0);
        }
        for (LogicalLink link : this.links) {
            if (!ids.containsKey(link.fromDeviceId()) || !ids.containsKey(link.toDeviceId())) {
                throw new IllegalArgumentException("link " + link.id() + " has an unknown end");
            }
            counts.merge(link.tierName(), 1, Integer::sum);
        }
        this.linkCountsByTier = Collections.unmodifiableMap(counts);

        Map<RackLocation, List<Device>> inRack = new HashMap<>();
        for (Device d : this.devices) {
            inRack.computeIfAbsent(d.rack(), r -> new ArrayList<>()).add(d);
        }
        List<RackLocation> order = new ArrayList<>(inRack.keySet());
        order.sort(Comparator.comparingInt(RackLocation::row).thenComparingInt(RackLocation::position));
        Map<RackLocation, List<Device>> sorted = new LinkedHashMap<>();
        for (RackLocation r : order) {
            sorted.put(r, Collections.unmodifiableList(inRack.get(r)));
        }
        this.racks = Collections.unmodifiableMap(sorted);
        this.hallRacks = hallRacks == null ? this.racks : hallRacks;
        for (Device d : this.devices) {
            if (!this.hallRacks.containsKey(d.rack())) {
                throw new IllegalArgumentException("device " + d.id() + " stands outside the hall plan");
            }
        }
    }

    /** The cluster the fabric serves. */
    public ClusterSpec cluster() {
        return cluster;
    }

    /** The tiers the fabric uses, in order: server–leaf, leaf–spine and, when generated, spine–core. */
    public List<TierSpec> tiers() {
        return tiers;
    }

    /** Every device: servers, then leaves, spines, cores, each in index order. */
    public List<Device> devices() {
        return devices;
    }

    /** The devices of one role in index order. */
    public List<Device> devices(DeviceRole role) {
        return byRole.get(role);
    }

    /**
     * Every logical link, in id order: (tier, lower device, lower port, lane) for a fabric generated at one size;
     * a growth phase keeps the links of the phase before in their order and appends its new ones.
     */
    public List<LogicalLink> links() {
        return links;
    }

    /**
     * The device with this id.
     *
     * @throws NoSuchElementException when the fabric has none
     */
    public Device device(String id) {
        Device d = byId.get(id);
        if (d == null) {
            throw new NoSuchElementException("no device " + id + " in the fabric");
        }
        return d;
    }

    /** Number of devices of {@code role}. */
    public int count(DeviceRole role) {
        return byRole.get(role).size();
    }

    /** GPUs in the cluster. */
    public long gpus() {
        return cluster.gpus();
    }

    /** Number of servers. */
    public int servers() {
        return count(DeviceRole.SERVER);
    }

    /** Logical links per tier name, in tier order. */
    public Map<String, Integer> linkCountsByTier() {
        return linkCountsByTier;
    }

    /** Every occupied rack, ordered by row then position, with the devices standing in it in device order. */
    public Map<RackLocation, List<Device>> racks() {
        return racks;
    }

    /**
     * Every rack of the hall plan, ordered by row then position, with the devices it holds in the hall's last
     * growth phase: the floor the pathways are laid on. Equals {@link #racks()} when the cluster never grows; in
     * an earlier growth phase it also holds the racks the later phases fill, so that racks, pathways and route
     * lengths are the same in every phase.
     */
    public Map<RackLocation, List<Device>> hallRacks() {
        return hallRacks;
    }

    /**
     * An unmodifiable directed multigraph: one vertex per device, one edge per logical link from its lower to its
     * upper device (parallel edges between a leaf and a spine are separate links). Built once on first call.
     */
    public Graph<Device, LogicalLink> graph() {
        Graph<Device, LogicalLink> g = graph;
        if (g == null) {
            synchronized (this) {
                g = graph;
                if (g == null) {
                    g = buildGraph();
                    graph = g;
                }
            }
        }
        return g;
    }

    private Graph<Device, LogicalLink> buildGraph() {
        DirectedPseudograph<Device, LogicalLink> g = new DirectedPseudograph<>(null, null, false);
        devices.forEach(g::addVertex);
        for (LogicalLink link : links) {
            g.addEdge(byId.get(link.fromDeviceId()), byId.get(link.toDeviceId()), link);
        }
        return new AsUnmodifiableGraph<>(g);
    }

    @Override
    public String toString() {
        return "LogicalFabric[" + count(DeviceRole.SERVER) + " servers, " + count(DeviceRole.LEAF) + " leaves, "
                + count(DeviceRole.SPINE) + " spines, " + count(DeviceRole.CORE) + " cores, links "
                + linkCountsByTier + "]";
    }
}
