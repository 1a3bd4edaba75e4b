package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RackLocation;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The floor's cable pathways as a JGraphT graph weighted by metres. Every rack has a vertical drop (length
 * {@code floor.trayHeightM}) to the tray point above it; tray points of a row are joined by the row tray (one rack
 * pitch per position; a compute row's or a dedicated spine/core row's tray) from position 0 to the longest row's last
 * position; a dedicated network row's racks may have patching racks reserved beside them
 * ({@code floor.racks.patchRacksBeside}); cross-aisle trays join the tray points of
 * consecutive rows at both row ends and every {@code floor.crossAisleEveryRacks} positions; the cross-aisle segments
 * between the last compute row and the first spine/core row are the main tray. Every edge runs along x or y, so a
 * route between two racks is never shorter than their Manhattan distance.
 */
public final class PathwayGraph {
    private final Graph<PathwayNode, PathwayEdge> graph;
    private final List<PathwayNode> nodes;
    private final List<PathwayEdge> edges;
    private final Map<Long, Integer> rackNodes;
    private final Map<Integer, Integer> patchRackNodes;
    private final Map<Integer, List<Integer>> overflowRackNodes;
    private final Map<Integer, List<Integer>> besideRackNodes;
    private final Labels labels;

    private PathwayGraph(Graph<PathwayNode, PathwayEdge> graph, List<PathwayNode> nodes, List<PathwayEdge> edges,
            Map<Long, Integer> rackNodes, Map<Integer, Integer> patchRackNodes,
            Map<Integer, List<Integer>> overflowRackNodes, Map<Integer, List<Integer>> besideRackNodes,
            Labels labels) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.nodes = Collections.unmodifiableList(nodes);
        this.edges = Collections.unmodifiableList(edges);
        this.rackNodes = rackNodes;
        this.patchRackNodes = patchRackNodes;
        this.overflowRackNodes = overflowRackNodes;
        this.besideRackNodes = besideRackNodes;
        this.labels = labels;
    }

    /**
     * Builds the pathways of a fabric's floor.
     *
     * @param fabric         the racks come from its hall plan ({@link LogicalFabric#hallRacks()})
     * @param floor          pitch, tray height and cross-aisle spacing
     * @param patchRackRows  rows that get a patching rack after their last rack (network-rack panel placement)
     */
    public static PathwayGraph build(LogicalFabric fabric, FloorSpec floor, Set<Integer> patchRackRows) {
        return build(fabric, floor, patchRackRows, Map.of());
    }

    /**
     * Builds the pathways of a fabric's floor with overflow patching racks.
     *
     * @param overflowRacks per row, how many overflow patching racks stand after the row's last rack (and after its
     *                      network-rack patching rack), in position order
     */
    static PathwayGraph build(LogicalFabric fabric, FloorSpec floor, Set<Integer> patchRackRows,
            Map<Integer, Integer> overflowRacks) {
        Map<RackLocation, List<Device>> racks = fabric.hallRacks();
        TreeMap<Integer, Double> rowY = new TreeMap<>();
        Map<Integer, Integer> lastPosition = new HashMap<>();
        Set<Integer> computeRows = new TreeSet<>();
        for (Map.Entry<RackLocation, List<Device>> e : racks.entrySet()) {
            RackLocation r = e.getKey();
            rowY.putIfAbsent(r.row(), r.yM());
            lastPosition.merge(r.row(), r.position(), Math::max);
            for (Device d : e.getValue()) {
                if (d.role() == DeviceRole.SERVER || d.role() == DeviceRole.LEAF) {
                    computeRows.add(r.row());
                }
            }
        }
        // patching racks reserved beside the racks of dedicated spine/core rows, at the positions the hall plan
        // leaves free (floor.racks.patchRacksBeside)
        Set<Long> occupied = new HashSet<>();
        racks.keySet().forEach(r -> occupied.add(key(r.row(), r.position())));
        TreeMap<Long, int[]> beside = new TreeMap<>();
        int perRack = floor.racks().patchRacksBeside();
        for (RackLocation r : racks.keySet()) {
            for (int j = 1; j <= perRack && !computeRows.contains(r.row()); j++) {
                if (!occupied.contains(key(r.row(), r.position() + j))) {
                    beside.put(((long) r.row() << 32) | (r.position() + j), new int[] {r.row(), r.position() + j});
                    lastPosition.merge(r.row(), r.position() + j, Math::max);
                }
            }
        }
        int maxPosition = 0;
        for (int row : rowY.keySet()) {
            int last = lastPosition.get(row) + (patchRackRows.contains(row) ? 1 : 0)
                    + overflowRacks.getOrDefault(row, 0);
            maxPosition = Math.max(maxPosition, last);
        }
        Labels labels = new Labels(rowY.isEmpty() ? 0 : rowY.lastKey(), maxPosition, floor.racks());
        SimpleWeightedGraph<PathwayNode, PathwayEdge> g = new SimpleWeightedGraph<>(null, null);
        List<PathwayNode> nodes = new ArrayList<>();
        List<PathwayEdge> edges = new ArrayList<>();
        Map<Long, Integer> rackNodes = new HashMap<>();
        Map<Integer, Integer> patchRackNodes = new HashMap<>();
        for (RackLocation r : racks.keySet()) {
            PathwayNode n = new PathwayNode(nodes.size(), PathwayNode.Kind.RACK, r.row(), r.position(), r.xM(),
                    r.yM(), labels.rack(r.row(), r.position()));
            nodes.add(n);
            rackNodes.put(key(r.row(), r.position()), n.id());
        }
        Map<Integer, List<Integer>> besideNodes = new HashMap<>();
        for (int[] rp : beside.values()) {
            PathwayNode n = new PathwayNode(nodes.size(), PathwayNode.Kind.PATCH_RACK, rp[0], rp[1],
                    rp[1] * floor.rackPitchM(), rowY.get(rp[0]), labels.rack(rp[0], rp[1]));
            nodes.add(n);
            rackNodes.put(key(rp[0], rp[1]), n.id());
            besideNodes.computeIfAbsent(rp[0], k -> new ArrayList<>()).add(n.id());
        }
        for (int row : new TreeSet<>(patchRackRows)) {
            if (!rowY.containsKey(row)) {
                throw new IllegalArgumentException("no rack stands in row " + row);
            }
            int p = lastPosition.get(row) + 1;
            PathwayNode n = new PathwayNode(nodes.size(), PathwayNode.Kind.PATCH_RACK, row, p,
                    p * floor.rackPitchM(), rowY.get(row), labels.rack(row, p));
            nodes.add(n);
            patchRackNodes.put(row, n.id());
            rackNodes.put(key(row, p), n.id());
        }
        Map<Integer, List<Integer>> overflowNodes = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(overflowRacks).entrySet()) {
            int row = e.getKey();
            if (!rowY.containsKey(row)) {
                throw new IllegalArgumentException("no rack stands in row " + row);
            }
            int first = lastPosition.get(row) + (patchRackRows.contains(row) ? 2 : 1);
            List<Integer> ids = new ArrayList<>();
            for (int p = first; p < first + e.getValue(); p++) {
                PathwayNode n = new PathwayNode(nodes.size(), PathwayNode.Kind.PATCH_RACK, row, p,
                        p * floor.rackPitchM(), rowY.get(row), labels.rack(row, p));
                nodes.add(n);
                ids.add(n.id());
                rackNodes.put(key(row, p), n.id());
            }
            overflowNodes.put(row, List.copyOf(ids));
        }
        nodes.forEach(g::addVertex);
        int racksEnd = nodes.size();
        List<Integer> rows = new ArrayList<>(rowY.keySet());
        Map<Long, PathwayNode> trays = new HashMap<>();
        for (int row : rows) {
            for (int p = 0; p <= maxPosition; p++) {
                PathwayNode t = new PathwayNode(nodes.size(), PathwayNode.Kind.TRAY, row, p, p * floor.rackPitchM(),
                        rowY.get(row), "tray " + labels.rack(row, p));
                nodes.add(t);
                g.addVertex(t);
                trays.put(key(row, p), t);
                if (p > 0) {
                    edge(g, edges, trays.get(key(row, p - 1)), t, computeRows.contains(row)
                            ? PathwayEdge.Kind.ROW_TRAY : PathwayEdge.Kind.NETWORK_ROW_TRAY, floor.rackPitchM());
                }
            }
        }
        for (int i = 0; i < racksEnd; i++) {
            PathwayNode rack = nodes.get(i);
            edge(g, edges, rack, trays.get(key(rack.row(), rack.position())), PathwayEdge.Kind.DROP,
                    floor.trayHeightM());
        }
        Set<Integer> aisles = new TreeSet<>(List.of(0, maxPosition));
        if (floor.crossAisleEveryRacks() > 0) {
            for (int p = floor.crossAisleEveryRacks(); p < maxPosition; p += floor.crossAisleEveryRacks()) {
                aisles.add(p);
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            int a = rows.get(i - 1);
            int b = rows.get(i);
            boolean main = computeRows.contains(a) && !computeRows.contains(b);
            double dy = Math.abs(rowY.get(b) - rowY.get(a));
            for (int p : aisles) {
                edge(g, edges, trays.get(key(a, p)), trays.get(key(b, p)),
                        main ? PathwayEdge.Kind.MAIN_TRAY : PathwayEdge.Kind.CROSS_AISLE, dy);
            }
        }
        besideNodes.replaceAll((row, ids) -> List.copyOf(ids));
        return new PathwayGraph(g, nodes, edges, rackNodes, patchRackNodes, overflowNodes, besideNodes, labels);
    }

    private static void edge(SimpleWeightedGraph<PathwayNode, PathwayEdge> g, List<PathwayEdge> edges,
            PathwayNode a, PathwayNode b, PathwayEdge.Kind kind, double lengthM) {
        PathwayEdge e = new PathwayEdge(edges.size(), kind, lengthM);
        edges.add(e);
        g.addEdge(a, b, e);
        g.setEdgeWeight(e, lengthM);
    }

    private static long key(int row, int position) {
        // times an odd constant (a bijection of the longs): Long.hashCode folds (row << 32 | position) to
        // row ^ position, which collides for most racks of a large floor
        return (((long) row << 32) | position) * 0x9E3779B97F4A7C15L;
    }

    /** The unmodifiable JGraphT graph, edge weights in metres. */
    public Graph<PathwayNode, PathwayEdge> graph() {
        return graph;
    }

    /** Every node, indexed by {@link PathwayNode#id()}: racks, then patching racks, then tray points. */
    public List<PathwayNode> nodes() {
        return nodes;
    }

    /** Every edge, indexed by {@link PathwayEdge#id()}. */
    public List<PathwayEdge> edges() {
        return edges;
    }

    /** The node of the rack at a location. */
    public PathwayNode rack(RackLocation rack) {
        return node(rackNodeId(rack.row(), rack.position()));
    }

    /** The node id of the rack (or patching rack) at (row, position). */
    int rackNodeId(int row, int position) {
        Integer id = rackNodes.get(key(row, position));
        if (id == null) {
            throw new IllegalArgumentException("no rack at row " + row + " position " + position);
        }
        return id;
    }

    /** Whether a rack (or patching rack) stands at (row, position). */
    boolean hasRack(int row, int position) {
        return rackNodes.containsKey(key(row, position));
    }

    /** The node id of a row's patching rack. */
    int patchRackNodeId(int row) {
        Integer id = patchRackNodes.get(row);
        if (id == null) {
            throw new IllegalArgumentException("row " + row + " has no patching rack");
        }
        return id;
    }

    /** The node ids of a row's overflow patching racks, in position order (empty when it has none). */
    List<Integer> overflowRackNodeIds(int row) {
        return overflowRackNodes.getOrDefault(row, List.of());
    }

    /**
     * The node ids of the patching racks reserved beside a dedicated network row's racks, in position order (empty
     * when it has none).
     */
    List<Integer> besideRackNodeIds(int row) {
        return besideRackNodes.getOrDefault(row, List.of());
    }

    /** Whether a node is a patching rack reserved beside a network rack (it stands only when panels moved in). */
    boolean reservedBeside(PathwayNode node) {
        return besideRackNodeIds(node.row()).contains(node.id());
    }

    /** The row's TIA-606 name, e.g. {@code R01}. */
    public String rowLabel(int row) {
        return labels.row(row);
    }

    PathwayNode node(int id) {
        return nodes.get(id);
    }

    Labels labels() {
        return labels;
    }
}
