package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The up-front estimate counts links from the records alone, close to what the generator then builds. */
class WorkEstimateTest {
    static Stream<Path> shippedScenarios() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void linksAndChannelsAreWithinFivePercentOfTheGeneratedFabric(Path file) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(file);
        LogicalFabric fabric = StudyFixtures.fabricOf(loaded);
        long[] estimated = WorkEstimate.linksAndChannels(loaded.scenario());
        double ratio = (double) estimated[0] / fabric.links().size();
        assertTrue(ratio > 0.95 && ratio < 1.05, file + ": estimated " + estimated[0] + " links, generated "
                + fabric.links().size());
        assertTrue(estimated[1] >= estimated[0], "every link has at least one channel");
    }

    @Test
    void workAddsUpOverPointsAndPlans() throws Exception {
        LoadedScenario quickstart = ScenarioLoader.load(Path.of("..", "scenarios", "quickstart.yaml"));
        WorkEstimate one = WorkEstimate.of(List.of(quickstart.scenario()), 2);
        WorkEstimate three = WorkEstimate.of(List.of(quickstart.scenario(), quickstart.scenario(),
                quickstart.scenario()), 2);
        assertEquals(3 * one.lossTrials(), three.lossTrials(), 1e-6);
        assertEquals(3 * one.lifecycleEvents(), three.lifecycleEvents(), 1e-3);
        assertEquals(one.heapBytes(), three.heapBytes(), 1e-3, "points run one after another");
        // Hand count: 1 plan × 2 tiers × 50,000 trials (one class per tier at least).
        assertEquals(100_000, one.lossTrials(), 1e-9);
        // 512 channels × 8 replications × (2 turn-up + 1 year × (2 flaps + 10 × 0.0057 failures)) events.
        assertEquals(512 * 8 * (2 + 365 / 365.25 * (2 + 10 * 0.0057)), one.lifecycleEvents(), 1e-6);
        assertEquals(one.cpuSeconds() / 2, one.wallSeconds(2), 1e-12);
    }
}
