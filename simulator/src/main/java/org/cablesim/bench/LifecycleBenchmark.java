package org.cablesim.bench;

import java.util.List;
import java.util.Map;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.LifecycleSettings;
import org.cablesim.lifecycle.LifecycleSimulator;
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
import org.cablesim.study.PlanLifecycleInputs;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;

/**
 * One lifecycle replication of a large fabric with the published field data (Llama 3, HPN, CorrOpt) defaults: a rail-optimised 3-tier fabric of
 * radix-128 switches with 800G ports, each broken out into two 400G DR4 links on every tier (twin-port optics),
 * 8 GPUs and 8 NICs per server, the plant routed by {@link ShortestTrayRouter} at the documented plan defaults
 * (interconnect, 144-fibre base-12 trunks, two panels per link) and laid under the simulation by
 * {@link PlanLifecycleInputs}. Times the simulation (turn-up and operation) apart from building the fabric, routing
 * the plant and laying the lifecycle plant.
 */
public final class LifecycleBenchmark {

    /**
     * One measurement.
     *
     * @param seconds         wall-clock time of {@link LifecycleSimulator#run}, &gt; 0
     * @param events          kernel events executed (turn-up and operation)
     * @param eventsPerSecond {@code events / seconds}
     * @param links           links in the plant
     * @param components      components in the plant
     * @param buildSeconds    wall-clock time to generate the fabric, route the plant and lay the lifecycle plant
     * @param result          the simulation's result
     */
    public record Result(double seconds, long events, double eventsPerSecond, int links, int components,
            double buildSeconds, LifecycleResult result) {
    }

    /** 8 servers per rack, 32 racks per row: a 100k-GPU floor stays within DR4 reach (as in PlantBenchmark). */
    private static final FloorSpec FLOOR = new FloorSpec(0.6, 3.0, 32, 8, 16, LeafPlacement.END_OF_ROW, 1.5, 8, 4.0);

    private LifecycleBenchmark() {
    }

    /**
     * Builds the fabric and runs one replication.
     *
     * @param gpus    GPUs, ≥ 8 (servers = ⌈gpus / 8⌉)
     * @param years   simulated operation, years, &gt; 0
     * @param seed    master seed
     * @param threads worker threads (one replication uses one)
     * @return the measurement
     */
    public static Result run(long gpus, double years, long seed, int threads) {
        if (gpus < 8 || !(years > 0)) {
            throw new IllegalArgumentException("need gpus >= 8 and years > 0, were " + gpus + ", " + years);
        }
        long buildStart = System.nanoTime();
        CablingPlan routed = new ShortestTrayRouter().route(fabric(gpus), FLOOR,
                org.cablesim.io.CatalogReader.builtIn(), new PlanSpec("bench", "", Map.of(), CapacityPolicy.ADD));
        LifecyclePlant plant = PlanLifecycleInputs.of(routed, false).plant();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        LifecycleSettings settings = new LifecycleSettings(1, years * 365.25, seed, threads);
        long start = System.nanoTime();
        LifecycleResult result = LifecycleSimulator.run(plant, LifecycleModel.defaults(), settings);
        double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
        return new Result(seconds, result.events(), result.events() / seconds, plant.links().size(),
                plant.components().size(), buildSeconds, result);
    }

    /** The benchmark fabric for {@code gpus} GPUs. */
    public static LogicalFabric fabric(long gpus) {
        int servers = Math.toIntExact((gpus + 7) / 8);
        List<TierSpec> tiers = List.of(
                new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 2),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "400GBASE-DR4", 400, 2),
                new TierSpec("spine-core", TierRole.SPINE_CORE, "400GBASE-DR4", 400, 2));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 128, 800, 1.0, 0, 0, tiers);
        try {
            return new RailOptimizedGenerator().generate(new ClusterSpec(servers, 8, 8), spec, FLOOR);
        } catch (FabricInfeasibleException e) {
            throw new IllegalArgumentException("no benchmark fabric for " + gpus + " GPUs: " + e.getMessage(), e);
        }
    }
}
