package org.cablesim.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;

/**
 * Small scenarios for the loss tests: 32 servers × 8 DR4 NICs (breakout 2 on 800G leaf ports), 8 rail leaves,
 * 2 spines, 800G twin-port 2×DR4 leaf–spine links: 256 server–leaf links (one channel each) and 128 leaf–spine
 * links (two channels each), 512 routed channels of 8 lit fibres.
 */
public final class LossScenarios {
    static final String FABRIC = """
            schemaVersion: 1
            name: loss-test
            seed: 7
            cluster: {servers: 32, gpusPerServer: 8, nicsPerServer: 8}
            fabric:
              topology: rail-optimized
              switchRadix: 64
              switchPortSpeedGbps: 800
              serversPerUnit: 32
              tiers:
                - {name: server-leaf, pmd: 400GBASE-DR4, linkSpeedGbps: 400, breakout: 2}
                - {name: leaf-spine, pmd: 800G-2xDR4}
            floor: {racksPerRow: 8, serversPerRack: 4}
            """;

    private LossScenarios() {
    }

    /** The fabric above with the given YAML appended (plans, catalog, montecarlo sections). */
    public static LoadedScenario load(Path dir, String rest) {
        try {
            Path file = Files.createTempFile(dir, "loss", ".yaml");
            Files.writeString(file, FABRIC + rest, StandardCharsets.UTF_8);
            return ScenarioLoader.load(file);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs every plan of the scenario. */
    public static StudyResult run(LoadedScenario s, int threads) {
        Provenance p = new Provenance("test", s.scenarioSha256(), Map.of(), "test-rng");
        return new StudyRunner(threads).run(s.scenario(), StudyFixtures.fabricOf(s), s.scenario().run().seed(), p);
    }

    /** Routes one plan of the scenario (no loss estimate). */
    public static org.cablesim.plant.CablingPlan route(LoadedScenario s, String plan) {
        return new org.cablesim.plant.ShortestTrayRouter().route(StudyFixtures.fabricOf(s), s.scenario().floor(), s.scenario().catalog(),
                s.scenario().plans().stream().filter(p -> p.name().equals(plan)).findFirst().orElseThrow());
    }

    /** The named plan's result. */
    public static PlanResult plan(StudyResult r, String name) {
        return r.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
