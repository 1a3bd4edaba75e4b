package org.cablesim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.io.LoadedScenario;
import org.cablesim.report.SearchFiles;
import org.cablesim.scenario.SearchLimits;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staged search finds the Pareto front of its whole space: the same front as evaluating every candidate through
 * every stage and comparing each pair by brute force, every front plan meeting the constraints, and the same
 * result files for 1 or 2 workers.
 */
class DesignSearchTest {
    @ParameterizedTest
    @ValueSource(strings = {"search/small-search.yaml", "search/small-search-no-failures.yaml"})
    void stagedSearchFindsTheExhaustiveFront(String scenario) throws Exception {
        LoadedScenario loaded = SearchFixtures.load(scenario);
        SearchResult staged;
        try (LocalEngine two = new LocalEngine(2)) {
            staged = SearchFixtures.search(loaded, two, false);
        }
        SearchResult exhaustive;
        try (LocalEngine one = new LocalEngine(1)) {
            exhaustive = SearchFixtures.search(loaded, one, true);
        }
        assertEquals(24, exhaustive.candidates().size(), "2 x 3 x 2 x 2 candidates");
        assertEquals(8, exhaustive.candidates().stream().filter(c -> c.excluded() != null
                && c.excluded().startsWith("invalid")).count(), "direct with a trunk is invalid: 2 x 1 x 2 x 2");
        List<String> front = bruteForceFront(exhaustive.candidates());
        assertFalse(front.isEmpty());
        assertEquals(front, exhaustive.front(), "exhaustive enumeration's front");
        assertEquals(front, staged.front(), "the staged search finds the same front");
        assertEquals(exhaustive.recommended(), staged.recommended());
        SearchLimits limits = loaded.document().search().constraints();
        for (SearchCandidate c : staged.frontCandidates()) {
            assertNull(c.excluded(), c.name());
            assertEquals(0, c.linksBrokenByDesign(), c.name());
            assertTrue(c.costUsd() <= limits.maxCostUsd(), c.name());
            assertTrue(c.expectedFailingLinks().value() <= limits.maxExpectedFailingLinks(), c.name());
            assertEquals(c, exhaustive.candidates().stream().filter(x -> x.name().equals(c.name())).findFirst()
                    .orElseThrow(), "the same figures on both paths: " + c.name());
        }
        long lifecycles = staged.evaluatedAt(SearchCandidate.Stage.LIFECYCLE);
        if (scenario.contains("no-failures")) {
            assertTrue(lifecycles < exhaustive.evaluatedAt(SearchCandidate.Stage.LIFECYCLE),
                    "with every availability 1, dominated candidates skip the lifecycle: " + lifecycles);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theResultDoesNotDependOnTheWorkers(int workers) throws Exception {
        LoadedScenario loaded = SearchFixtures.load("search/small-search-no-failures.yaml");
        String reference;
        try (LocalEngine two = new LocalEngine(2)) {
            reference = SearchFiles.json(SearchFixtures.search(loaded, two, false));
        }
        try (LocalEngine other = new LocalEngine(workers)) {
            assertEquals(reference, SearchFiles.json(SearchFixtures.search(loaded, other, false)));
        }
    }

    /** Candidates that are feasible and that no feasible candidate beats in all four objectives, written out here. */
    private static List<String> bruteForceFront(List<SearchCandidate> all) {
        List<String> front = new ArrayList<>();
        for (SearchCandidate c : all) {
            if (!c.feasible()) {
                continue;
            }
            boolean beaten = false;
            for (SearchCandidate d : all) {
                if (!d.feasible() || d == c) {
                    continue;
                }
                double cost = d.costUsd() - c.costUsd();
                double fail = d.expectedFailingLinks().value() - c.expectedFailingLinks().value();
                double avail = d.availability().value() - c.availability().value();
                boolean ready = d.readiness().containsAll(c.readiness());
                boolean noWorse = cost <= 0 && fail <= 0 && avail >= 0 && ready;
                boolean better = cost < 0 || fail < 0 || avail > 0 || d.readiness().size() > c.readiness().size();
                beaten |= noWorse && better;
            }
            if (!beaten) {
                front.add(c.name());
            }
        }
        return front;
    }
}
