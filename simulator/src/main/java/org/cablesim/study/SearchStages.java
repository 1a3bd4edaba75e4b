package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.Scenario;
import org.cablesim.topology.LogicalFabric;

/**
 * The stages of a search candidate, each computed on its own so that the cheap ones can run for every candidate
 * and the lifecycle only for those that can still reach the front: the plant (cost, links broken by design,
 * upgrade readiness), the installation loss, the lifecycle. Each is a pure function of the one-plan scenario,
 * its fabric and the seed, and each uses the same code as a study run.
 */
public final class SearchStages {
    private SearchStages() {
    }

    /**
     * The plant stage's figures.
     *
     * @param costUsd             bill of materials, USD
     * @param linksBrokenByDesign links failing a design check
     * @param readiness           {@code tier/PMD} pairs every link of the tier carries without re-cabling
     */
    public record Plant(double costUsd, int linksBrokenByDesign, List<String> readiness) {
        public Plant {
            readiness = List.copyOf(readiness);
        }
    }

    /** Routes the scenario's one plan and prices, checks and judges its upgrade readiness. */
    public static Plant plant(Scenario scenario, LogicalFabric fabric) {
        CablingPlan cabling = route(scenario, fabric);
        int broken = (int) IntStream.range(0, cabling.linkCount()).filter(cabling::isBrokenByDesign).count();
        List<String> readiness = new ArrayList<>();
        if (IntStream.range(0, cabling.linkCount()).anyMatch(cabling::isRouted)) {
            PlanLifecycleInputs inputs = PlanLifecycleInputs.of(cabling,
                    scenario.montecarlo().countTransceiverMatedPairs());
            new PlantUpgradeFeasibility(inputs).readinessByTier()
                    .forEach((tier, pmds) -> pmds.forEach(pmd -> readiness.add(tier + "/" + pmd)));
        }
        return new Plant(cabling.bom().totalUsd(), broken, readiness);
    }

    /** The installation-loss figures of the scenario's one plan. */
    public static LossFigures loss(Scenario scenario, LogicalFabric fabric, long seed, int threads) {
        return LossFigures.of(new PlanLossEstimator(scenario.montecarlo(), threads).estimate(route(scenario, fabric),
                seed));
    }

    /** The link availability of the scenario's one plan, or null when none of its links is cabled. */
    public static Figure availability(Scenario scenario, LogicalFabric fabric, long seed, int threads) {
        PlanLifecycle lifecycle = PlanLifecycleRunner.run(route(scenario, fabric), scenario, seed, threads);
        return lifecycle == null ? null
                : new Figure(lifecycle.result().availability().mean(), lifecycle.result().availability().ci95());
    }

    private static CablingPlan route(Scenario scenario, LogicalFabric fabric) {
        if (scenario.plans().size() != 1) {
            throw new IllegalArgumentException("a search stage runs one plan, the scenario has "
                    + scenario.plans().size());
        }
        return new ShortestTrayRouter().route(fabric, scenario.floor(), scenario.catalog(), scenario.plans().get(0));
    }
}
