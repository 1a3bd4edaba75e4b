package org.cablesim.io;

import org.cablesim.scenario.SweepPoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.scenario.Scenario;

/**
 * A scenario file read and checked against every rule of the format and the catalog, with its input hashes;
 * the pipeline stages it needs (fabric generation, plan resolution) run later, in the study.
 *
 * @param scenario       the validated scenario
 * @param document       every section of the file, including those not yet mapped into the scenario
 * @param scenarioSha256 SHA-256 (hex) of the scenario file's bytes
 * @param inputSha256    SHA-256 (hex) of each user catalog file, keyed by path as written in the scenario
 * @param scenarioText   the scenario file's text, echoed in the report
 * @param sweepPoints    every (sweep, value) of {@code study.sweeps}, validated, in file order
 * @param file           the file read (its directory resolves user catalog files)
 */
public record LoadedScenario(Scenario scenario, ScenarioDocument document, String scenarioSha256, Map<String, String> inputSha256,
        String scenarioText, List<SweepPoint> sweepPoints, Path file) {
    public LoadedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        inputSha256 = Map.copyOf(inputSha256);
        Objects.requireNonNull(scenarioText, "scenarioText");
        sweepPoints = List.copyOf(sweepPoints);
        Objects.requireNonNull(file, "file");
    }
}
