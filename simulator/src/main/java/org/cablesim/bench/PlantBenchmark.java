package org.cablesim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.stats.Checks;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;

/**
 * Routes the plant of a large rail-optimised fabric and measures wall time and heap: radix-128 800G switches, 8 servers per rack, SUs
 * of 128 servers × 8 GPUs × 8 NICs, 400G DR4 server–leaf links (breakout 2: one twin-port 800G leaf port serves two
 * NICs), 800G twin-port 2×DR4 leaf–spine and spine–core links (two MDIs, two channels each), a core tier, and a
 * representative plan: interconnect, 144-fibre base-12 Type-B trunks, Type-A adapters, Type-B cords, in-rack panels.
 */
public final class PlantBenchmark {
    private static final int SERVERS_PER_UNIT = 128;

    /**
     * One measurement.
     *
     * @param gpus            GPUs in the generated fabric
     * @param links           logical links
     * @param channels        routed channels (one per link MDI)
     * @param trunks          trunks
     * @param violations      check violations (11 tray-fill segments for the representative plan, no other kind)
     * @param fabricSeconds   time to generate the logical fabric (topology, not plant), s
     * @param routeSeconds    time to build the pathway graph and route every link, s
     * @param checkSeconds    time to check every channel, s
     * @param countSeconds    time to count and price the plant, s
     * @param peakHeapBytes   peak heap use over the run (sum of heap pools' peaks), bytes
     * @param retainedHeapBytes heap in use after a full GC with fabric and plan still referenced, bytes
     */
    public record Result(long gpus, int links, int channels, int trunks, int violations, double fabricSeconds,
            double routeSeconds, double checkSeconds, double countSeconds, long peakHeapBytes,
            long retainedHeapBytes) {
        /** Plant time: routing + checks + counts, s. */
        public double plantSeconds() {
            return routeSeconds + checkSeconds + countSeconds;
        }
    }

    private PlantBenchmark() {
    }

    /**
     * The benchmark's logical fabric with its floor and the built-in catalog.
     *
     * @param fabric  the generated fabric
     * @param floor   its floor plan
     * @param catalog the built-in catalog
     */
    public record Setup(LogicalFabric fabric, FloorSpec floor, Catalog catalog) {
    }

    /**
     * Generates the benchmark fabric of about {@code gpus} GPUs (whole SUs of 128 servers), not timed.
     *
     * @param gpus GPUs wanted, ≥ 1
     * @return the fabric, floor and catalog
     */
    public static Setup setup(long gpus) {
        Checks.atLeast("gpus", gpus, 1);
        long units = (gpus + 8L * SERVERS_PER_UNIT - 1) / (8L * SERVERS_PER_UNIT);
        int servers = Math.toIntExact(units * SERVERS_PER_UNIT);
        List<TierSpec> tiers = List.of(
                new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 2),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "800G-2xDR4", 800, 1),
                new TierSpec("spine-core", TierRole.SPINE_CORE, "800G-2xDR4", 800, 1));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 128, 800, 1.0, SERVERS_PER_UNIT, 0, tiers);
        // 8 servers per rack and 32 racks per row keep 100k GPUs within DR4 reach (49 compute rows, ~150 m deep).
        FloorSpec floor = new FloorSpec(0.6, 3.0, 32, 8, 16, LeafPlacement.END_OF_ROW, 1.5, 8, 4.0);
        try {
            LogicalFabric fabric = new RailOptimizedGenerator().generate(new ClusterSpec(servers, 8, 8), spec, floor);
            return new Setup(fabric, floor, org.cablesim.io.CatalogReader.builtIn());
        } catch (FabricInfeasibleException e) {
            throw new IllegalStateException("benchmark fabric infeasible: " + e.getMessage(), e);
        }
    }

    /**
     * Generates a fabric of about {@code gpus} GPUs (whole SUs of 128 servers) and routes its plant.
     *
     * @param gpus GPUs wanted, ≥ 1 (rounded up to whole scalable units of 1,024 GPUs)
     * @param seed recorded for uniformity with the other benchmarks; the plant is deterministic and uses no randomness
     */
    public static Result run(long gpus, long seed) {
        Checks.atLeast("gpus", gpus, 1);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long t0 = System.nanoTime();
        Setup setup = setup(gpus);
        LogicalFabric fabric = setup.fabric();
        FloorSpec floor = setup.floor();
        Catalog catalog = setup.catalog();
        long t1 = System.nanoTime();
        // Every tier at TierCabling.defaults(): the representative interconnect plan described above.
        PlanSpec plan = new PlanSpec("bench", "", Map.of(), CapacityPolicy.ADD);
        CablingPlan routed = new ShortestTrayRouter().route(fabric, floor, catalog, plan);
        long t2 = System.nanoTime();
        int violations = routed.violations().size();
        long t3 = System.nanoTime();
        routed.counts();
        routed.bom();
        long t4 = System.nanoTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long retained = rt.totalMemory() - rt.freeMemory();
        return new Result(fabric.gpus(), fabric.links().size(), routed.subChannelCount(), routed.trunkCount(),
                violations, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, peak, retained);
    }
}
