package org.cablesim.study;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.cablesim.catalog.Catalog;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.PlanSpec;

/** Loads the study test scenarios and routes their plans. */
final class StudyFixtures {
    private StudyFixtures() {
    }

    /** A scenario under test resources {@code study/}. */
    static LoadedScenario load(String name) {
        URL url = StudyFixtures.class.getResource("/study/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource study/" + name);
        }
        try {
            return ScenarioLoader.load(Path.of(url.toURI()));
        } catch (URISyntaxException | java.io.IOException | org.cablesim.io.InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped scenario from the repository's {@code scenarios/}. */
    static LoadedScenario shipped(String name) {
        try {
            return ScenarioLoader.load(Path.of("..", "scenarios", name));
        } catch (java.io.IOException | org.cablesim.io.InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Routes the named plan of a loaded scenario. */
    static CablingPlan route(LoadedScenario s, String planName) {
        return route(s, planName, s.scenario().catalog());
    }

    /** Routes the named plan with another catalog. */
    static CablingPlan route(LoadedScenario s, String planName, Catalog catalog) {
        PlanSpec plan = s.scenario().plans().stream().filter(p -> p.name().equals(planName)).findFirst()
                .orElseThrow();
        return new ShortestTrayRouter().route(s.fabric(), s.scenario().floor(), catalog, plan);
    }

    static Provenance provenance() {
        return new Provenance("test", "0".repeat(64), java.util.Map.of(), "test-rng");
    }
}
