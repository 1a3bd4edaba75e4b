package org.cablesim.plant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.catalog.Catalog;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.TierSpec;
import org.cablesim.topology.FabricGrowth;
import org.cablesim.topology.FabricPhase;

/**
 * Routes one plan over every phase of a growing fabric. Each phase starts from the phase before's plant: a link that
 * still runs between the same two panel locations keeps its trunk leg, panel ports, cords and labels; a moved or new
 * link takes the lowest free slot of its group's trunks (legs a moved link left dark are reused before a new trunk
 * is pulled). On a {@link Provision#FINAL_SIZE final-size} tier the initial phase already installs every trunk and
 * panel the last phase has (dark until used), so no later phase pulls a trunk there. Panel numbers are reserved
 * for the last phase's panels, so a growing stack never renumbers its neighbours.
 *
 * <p>This takes two routings: one with every tier as each phase comes, to learn the last phase's trunk groups and
 * panels; then the plan's own, seeded with them.
 */
public final class GrowthCabling {
    private GrowthCabling() {
    }

    /**
     * Routes every phase.
     *
     * @param growth  the phases of the fabric
     * @param floor   the floor plan
     * @param catalog the effective catalog
     * @param plan    the plan, with its provision per tier
     * @return the plant of every phase with its work
     */
    public static PlantGrowth route(FabricGrowth growth, FloorSpec floor, Catalog catalog, PlanSpec plan) {
        ShortestTrayRouter router = new ShortestTrayRouter();
        List<TierSpec> hallTiers = growth.finalFabric().tiers();
        CablingPlan last = null;
        for (FabricPhase phase : growth.phases()) {
            last = router.route(phase.fabric(), floor, catalog, plan,
                    new GrowthSeed(last, hallTiers, List.of(), Map.of(), Set.of()));
        }
        Set<Integer> finalSize = new HashSet<>();
        for (int t = 0; t < hallTiers.size(); t++) {
            if (plan.provision().forTier(hallTiers.get(t).name()) == Provision.FINAL_SIZE) {
                finalSize.add(t);
            }
        }
        List<GrowthSeed.Target> targets = GrowthSeed.groupsOf(last).stream()
                .filter(target -> finalSize.contains(target.group().tier())).toList();
        Map<GrowthSeed.StackKey, Integer> reserved = GrowthSeed.panelsOf(last);

        List<PlantPhase> phases = new ArrayList<>();
        CablingPlan before = null;
        for (FabricPhase phase : growth.phases()) {
            CablingPlan now = router.route(phase.fabric(), floor, catalog, plan,
                    new GrowthSeed(before, hallTiers, targets, reserved, finalSize));
            phases.add(new PlantPhase(phase, now, PhaseWorkCounter.count(before, now)));
            before = now;
        }
        return new PlantGrowth(plan.name(), phases);
    }
}
