package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.io.CatalogReader;
import org.cablesim.io.LifecycleSection;
import org.cablesim.lifecycle.ExpansionResult;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.LifecycleSettings;
import org.cablesim.lifecycle.LifecycleSimulator;
import org.cablesim.plant.GrowthCabling;
import org.cablesim.plant.PlantGrowth;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthProvision;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.topology.FabricGrowth;
import org.cablesim.topology.GrowthGenerator;
import org.junit.jupiter.api.Test;

/**
 * One life over the growth phases: a SuperPOD-like fabric turned up at 2 scalable units (1,024 links) grows to 4
 * (2,048) on day 120. Before the expansion the simulation is the single-phase run of the initial plant, number for
 * number (same seed: every random stream is named by its element, and links not yet installed draw nothing).
 */
class GrowthLifecycleTest {
    private static final FloorSpec FLOOR = new FloorSpec(0.6, 2.4, 8, 4, 4, LeafPlacement.END_OF_ROW, 0.5, 0, 3.0);
    private static final double DAY = 120;

    @Test
    void daysBeforeTheFirstExpansionMatchASinglePhaseRun() throws Exception {
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 1),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "400GBASE-DR4", 400, 1));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 32, 0, tiers);
        FabricGrowth fabric = GrowthGenerator.generate(new ClusterSpec(64, 8, 8), spec, FLOOR,
                new GrowthSpec(List.of(new GrowthPhaseSpec("4su", DAY, 128, 4)), 0.08, 6.5));
        PlanSpec plan = new PlanSpec("spine-trunks", "", Map.of(), CapacityPolicy.ADD,
                new GrowthProvision(Provision.PER_PHASE, Map.of("leaf-spine", Provision.FINAL_SIZE)));
        PlantGrowth plant = GrowthCabling.route(fabric, FLOOR, CatalogReader.builtIn(), plan);
        LifecycleSpec lifecycle = LifecycleSection.defaults().toSpec().withRun(4, 240);
        LifecycleModel model = LifecycleModels.of(lifecycle, 8, List.of());
        LifecycleSettings settings = new LifecycleSettings(4, 240, 77, 2);

        GrowthLifecycleInputs grown = GrowthLifecycleInputs.of(plant, false, lifecycle.turnUp().testMinutes());
        LifecycleResult phased = LifecycleSimulator.run(grown.plant(), model.withExpansions(grown.expansions()),
                settings);
        LifecycleResult single = LifecycleSimulator.run(
                PlanLifecycleInputs.of(plant.phases().get(0).plan(), false).plant(), model, settings);

        assertEquals(single.turnUp(), phased.turnUp());
        double downBefore = 0;
        for (int d = 0; d < DAY; d++) {
            assertEquals(single.timeline().get(d), phased.timeline().get(d), "day " + d);
            downBefore += phased.timeline().get(d).linksDown();
        }
        // Not a trivial match: links failed, flapped and were repaired before the expansion.
        assertTrue(downBefore > 0);
        assertEquals(1024, phased.timeline().get(0).linksInService());
        assertEquals(2048, phased.timeline().get(239).linksInService());

        ExpansionResult expansion = phased.expansions().get(0);
        assertEquals(1024, expansion.linksInstalled());
        assertEquals(256, expansion.linksMoved());
        assertTrue(expansion.linkDownHours().mean() > 0, expansion::toString);
        assertTrue(expansion.daysToComplete().mean() > 0 && expansion.daysToComplete().mean() < 120,
                expansion::toString);
        assertTrue(phased.timeline().get(125).linksInService() > 1024);
    }
}
