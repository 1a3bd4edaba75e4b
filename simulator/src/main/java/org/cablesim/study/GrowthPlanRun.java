package org.cablesim.study;

import java.util.List;
import java.util.stream.IntStream;
import org.cablesim.lifecycle.LifecycleModel;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.LifecycleSettings;
import org.cablesim.lifecycle.LifecycleSimulator;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.GrowthCabling;
import org.cablesim.plant.PlantGrowth;
import org.cablesim.scenario.LifecycleSpec;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.topology.FabricGrowth;

/**
 * Runs one plan of a growing cluster: routes every phase ({@link GrowthCabling}), estimates the installation loss of
 * the last phase's plant (every channel the cluster ends with), simulates one life over all phases with each
 * expansion as planned work ({@link GrowthLifecycleInputs}), and prices the growth over time ({@link GrowthCosts}).
 * The plan's fabric, plant and cabling in the result are the last phase's.
 */
final class GrowthPlanRun {
    private GrowthPlanRun() {
    }

    static PlanResult run(Scenario scenario, FabricGrowth growth, PlanSpec plan, long seed, int threads,
            ProgressListener progress) {
        progress.stage(plan.name() + ": route and check " + growth.phases().size() + " growth phases", 0);
        PlantGrowth plant = GrowthCabling.route(growth, scenario.floor(), scenario.catalog(), plan);
        CablingPlan cabling = plant.finalPlan();
        progress.stage(plan.name() + ": loss", 0);
        PlanLoss loss = new PlanLossEstimator(scenario.montecarlo(), threads).estimate(cabling, seed);
        LifecycleSpec spec = scenario.lifecycle();
        PlanLifecycle lifecycle = null;
        GrowthLifecycleInputs inputs = null;
        if (IntStream.range(0, cabling.linkCount()).anyMatch(cabling::isRouted)) {
            String stage = plan.name() + ": lifecycle replications";
            progress.stage(stage, spec.replications());
            boolean countMdi = scenario.montecarlo().countTransceiverMatedPairs();
            inputs = GrowthLifecycleInputs.of(plant, countMdi, spec.turnUp().testMinutes());
            LifecycleModel model = LifecycleModels.of(spec, scenario.cluster().gpusPerServer(), List.of())
                    .withExpansions(inputs.expansions());
            LifecycleResult result = LifecycleSimulator.run(inputs.plant(), model,
                    new LifecycleSettings(spec.replications(), spec.horizonDays(), seed, threads),
                    () -> progress.advance(stage, 1));
            PlanLifecycleInputs last = PlanLifecycleInputs.of(cabling, countMdi);
            lifecycle = new PlanLifecycle(result, List.of(), new PlantUpgradeFeasibility(last).readinessByTier(),
                    inputs.plant().links().size(),
                    (int) inputs.plant().links().stream().filter(PhysicalLink::designFault).count());
        }
        PlanGrowth costs = GrowthCosts.of(plant, lifecycle == null ? null : lifecycle.result(),
                inputs == null ? List.of() : inputs.expansions(), scenario.growth(), spec.horizonDays());
        return new PlanResult(plan.name(), plan.description(), FabricSummary.of(cabling.fabric()), PlantSummary.of(cabling, scenario.lifecycle().spares()), cabling,
                loss, lifecycle, costs);
    }
}
