package org.cablesim.interop;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.study.PlanLoss;
import org.cablesim.study.PlanLossEstimator;

/** Scenarios of the interoperability tests (test resources {@code interop/}) and the shipped ones, routed. */
public final class InteropFixtures {
    private InteropFixtures() {
    }

    /** A scenario under test resources {@code interop/}, e.g. {@code small.yaml}. */
    public static LoadedScenario load(String name) {
        URL url = InteropFixtures.class.getResource("/interop/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource interop/" + name);
        }
        try {
            return loadPath(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped scenario from the repository's {@code scenarios/}. */
    public static LoadedScenario shipped(String name) {
        return loadPath(Path.of("..", "scenarios", name));
    }

    /** The path of a test resource under {@code interop/}. */
    public static Path resource(String name) {
        try {
            return Path.of(InteropFixtures.class.getResource("/interop/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoadedScenario loadPath(Path path) {
        try {
            return ScenarioLoader.load(path);
        } catch (java.io.IOException | InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Routes the named plan of a loaded scenario. */
    public static CablingPlan route(LoadedScenario s, String planName) {
        PlanSpec plan = s.scenario().plans().stream().filter(p -> p.name().equals(planName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan " + planName));
        return new ShortestTrayRouter().route(s.fabric(), s.scenario().floor(), s.scenario().catalog(), plan);
    }

    /** The plan's installation-loss estimate with the scenario's settings and seed. */
    public static PlanLoss loss(LoadedScenario s, CablingPlan plan) {
        return new PlanLossEstimator(s.scenario().montecarlo(), 1).estimate(plan, s.scenario().run().seed());
    }
}
