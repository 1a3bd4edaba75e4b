package org.cablesim.search;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.study.Provenance;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.SearchResult;

/** Runs the test scenarios' searches on a given engine. */
public final class SearchFixtures {
    private SearchFixtures() {
    }

    /** The test scenario at {@code scenarios/<relative>}, loaded. */
    public static LoadedScenario load(String relative) throws Exception {
        return ScenarioLoader.load(scenario(relative));
    }

    static Path scenario(String relative) throws URISyntaxException {
        return Path.of(SearchFixtures.class.getResource("/scenarios/" + relative).toURI());
    }

    /** The scenario's search on {@code engine}, exhaustive or staged. */
    public static SearchResult search(LoadedScenario loaded, EvaluationEngine engine, boolean exhaustive) {
        StudyJob job = new StudyJob(loaded.scenarioText(), loaded.file().toString(), loaded.scenario().run().seed(),
                null, 1);
        return DesignSearch.run(loaded.scenario().name(), job, loaded.document().search(),
                loaded.scenario().plans().stream().map(PlanSpec::name).toList(), engine, exhaustive,
                new Provenance("test", loaded.scenarioSha256(), loaded.inputSha256(), "test-rng"),
                ProgressListener.NONE);
    }

    /** The job of a loaded scenario with its own seed. */
    public static StudyJob job(LoadedScenario loaded, int threads) {
        return new StudyJob(loaded.scenarioText(), loaded.file().toString(), loaded.scenario().run().seed(), null,
                threads);
    }

    /** Every candidate's choices, as listed by a result. */
    static List<List<String>> choices(SearchResult r) {
        return r.candidates().stream().map(c -> c.choices()).toList();
    }
}
