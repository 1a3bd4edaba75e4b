package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.CablingRouter;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.topology.LogicalFabric;

/** Runs every plan variant of a scenario through the pipeline stages and collects their results. */
public final class StudyRunner {
    private final int threads;

    /**
     * @param threads worker threads for parallel stages, ≥ 1; results do not depend on it
     */
    public StudyRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Worker threads this runner uses. */
    public int threads() {
        return threads;
    }

    /**
     * Runs all plans of {@code scenario} on the already generated {@code fabric}: routes each plan's plant.
     *
     * @throws org.cablesim.plant.PlantConfigurationException when a plan's cabling cannot be built
     */
    public StudyResult run(Scenario scenario, LogicalFabric fabric, long seed, Provenance provenance) {
        FabricSummary fabricSummary = FabricSummary.of(fabric);
        CablingRouter router = new ShortestTrayRouter();
        List<PlanResult> plans = new ArrayList<>();
        for (PlanSpec plan : scenario.plans()) {
            CablingPlan cabling = router.route(fabric, scenario.floor(), scenario.catalog(), plan);
            plans.add(new PlanResult(plan.name(), fabricSummary, PlantSummary.of(cabling), cabling));
        }
        return new StudyResult(scenario.name(), seed, provenance, plans);
    }
}
