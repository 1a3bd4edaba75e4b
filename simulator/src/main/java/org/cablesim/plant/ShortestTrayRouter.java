package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cablesim.catalog.Catalog;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.TierSpec;
import org.cablesim.stats.Checks;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;

/**
 * Routes every link along the shortest pathway between its racks (single-source Dijkstra per rack, cached per rack
 * pair). Panels: a server end's panel is in the server rack; a switch end's is in the switch rack or, with
 * {@code network-rack} placement, in a patching rack after the last rack of the switch's row. Links of one tier
 * between the same two panel locations share trunks, filled slot by slot in link order; a new trunk takes a block of
 * {@code slotsPerTrunk} consecutive panel ports at each end. Every MDI of a link takes its own slot, so a twin-port
 * 2×DR4 link has two parallel channels. Panel ports and trunk slots are never booked twice by construction. A rack
 * pair's bundle on a tray segment filled past its limit moves to the next-shortest path with room ({@link TraySpill}).
 */
public final class ShortestTrayRouter implements CablingRouter {
    private final int threads;

    /** A router that routes on one thread. */
    public ShortestTrayRouter() {
        this(1);
    }

    /**
     * @param threads 1 to route on the calling thread; more lets the shortest-path runs share the machine's cores
     *                (the routes do not depend on it)
     */
    public ShortestTrayRouter(int threads) {
        Checks.atLeast("threads", threads, 1);
        this.threads = threads;
    }

    @Override
    public CablingPlan route(LogicalFabric fabric, FloorSpec floor, Catalog catalog, PlanSpec plan) {
        return route(fabric, floor, catalog, plan, GrowthSeed.NONE);
    }

    /** Routes one phase of a growing fabric from its seed (see {@link GrowthSeed}). */
    CablingPlan route(LogicalFabric fabric, FloorSpec floor, Catalog catalog, PlanSpec plan, GrowthSeed seed) {
        List<TierPlant> tiers = new ArrayList<>();
        List<TierSpec> tierSpecs = seed.tiers(fabric.tiers());
        for (int i = 0; i < tierSpecs.size(); i++) {
            TierSpec tier = tierSpecs.get(i);
            tiers.add(TierPlant.resolve(i, tier, plan.tier(tier.name()), catalog));
        }
        // Patching racks stand where the hall plan needs them, so a growth phase never shifts them.
        Set<Integer> patchRows = new TreeSet<>();
        for (List<Device> inRack : fabric.hallRacks().values()) {
            for (Device d : inRack) {
                if (d.role() != DeviceRole.SERVER && usesPatchRack(d, tiers)) {
                    patchRows.add(d.rack().row());
                }
            }
        }
        PathwayGraph pathways = PathwayGraph.build(fabric, floor, patchRows);
        // A growth phase keeps its panels where the phase before put them: no overflow racks between phases.
        boolean overflow = seed == GrowthSeed.NONE;
        RouteAllocation a = new RouteAllocation(fabric, tiers, pathways, plan.onCapacityExhausted(), seed,
                new RackSpace(fabric, floor.racks(), pathways, overflow));
        a.allocateAll();
        if (a.space().needsMoreRacks()) {
            // Racks overflowed into patching racks the floor lacks: add them and allocate again (same decisions).
            pathways = PathwayGraph.build(fabric, floor, patchRows, a.space().overflowRacksPerRow());
            a = new RouteAllocation(fabric, tiers, pathways, plan.onCapacityExhausted(), seed,
                    new RackSpace(fabric, floor.racks(), pathways, overflow));
            a.allocateAll();
        }
        RouteTable routes = RouteTable.compute(pathways, a.pairs, threads);
        CablingPlan shortest = new CablingPlan(plan.name(), fabric, catalog, plan.onCapacityExhausted(), tiers,
                pathways, routes, a.layout(), a.capacityViolations, floor.racks(), floor.trays());
        double[] pairAreaMm2 = new double[routes.size()];
        PlanCables.forEachRouted(shortest, (from, to, build) -> pairAreaMm2[routes.indexOf(from, to)]
                += build.areaMm2());
        RouteTable spilled = TraySpill.spill(pathways, floor.trays(), routes, pairAreaMm2,
                seed.prior() == null ? null : seed.prior().routeTable());
        return spilled == routes ? shortest : new CablingPlan(plan.name(), fabric, catalog,
                plan.onCapacityExhausted(), tiers, pathways, spilled, a.layout(), a.capacityViolations, floor.racks(),
                floor.trays());
    }

    /** Whether any non-direct tier with network-rack panels ends at this switch's layer. */
    private static boolean usesPatchRack(Device d, List<TierPlant> tiers) {
        int layer = d.role().ordinal();
        for (TierPlant tp : tiers) {
            int lowerLayer = tp.index();
            boolean touches = layer == lowerLayer || layer == lowerLayer + 1;
            if (touches && tp.architecture() != Architecture.DIRECT
                    && tp.panels().placement() == PanelPlacement.NETWORK_RACK) {
                return true;
            }
        }
        return false;
    }
}
