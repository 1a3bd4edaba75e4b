package org.cablesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.io.LoadedScenario;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.io.ScenarioGate;
import org.cablesim.report.ResultFiles;
import org.cablesim.report.TreeFiles;

/**
 * The inputs of a finished run, read back from its results directory for {@code export} and {@code update}: the
 * scenario (summary.json echoes its text; a scenario naming catalog files must be given again with
 * {@code --scenario}, and is checked against the SHA-256 sums summary.json recorded), the seed and the plans run.
 *
 * @param input  the scenario, loaded, checked and prepared as {@code run} does
 * @param seed   the seed the run used
 * @param plans  the plans the run wrote, in order
 */
record ResultsInput(ScenarioInput.Outcome input, long seed, List<String> plans) {
    /** The scenario as loaded. */
    LoadedScenario loaded() {
        return input.loaded();
    }

    /** The run's logical fabric, generated again from its scenario. */
    LogicalFabric fabric() {
        return input.prepared().fabric();
    }

    /** Reads a results directory, or prints why not and returns null. */
    static ResultsInput load(Path dir, Path scenarioFile, PrintWriter err) throws IOException {
        Path summaryFile = dir.resolve(ResultFiles.SUMMARY);
        if (!OutputMarker.isMarked(dir) || !Files.isRegularFile(summaryFile)) {
            err.println("error: RESULTS_DIR: '" + dir + "' is not a results directory of cablesim run (no "
                    + OutputMarker.FILE_NAME + " and " + ResultFiles.SUMMARY + ")");
            return null;
        }
        JsonNode summary = TreeFiles.json().readTree(summaryFile.toFile());
        String sha = summary.path("provenance").path("scenarioSha256").asText();
        Map<String, String> inputs = new TreeMap<>();
        summary.path("provenance").path("inputSha256").fields().forEachRemaining(f -> inputs.put(f.getKey(),
                f.getValue().asText()));
        ScenarioInput.Outcome loaded;
        if (scenarioFile != null) {
            loaded = ScenarioInput.load(scenarioFile, err, ScenarioGate.NONE);
            if (loaded == null) {
                return null;
            }
            if (!loaded.loaded().scenarioSha256().equals(sha) || !new TreeMap<>(loaded.loaded().inputSha256()).equals(inputs)) {
                err.println("error: --scenario: " + scenarioFile + " (or a catalog file it names) is not the one the"
                        + " results were computed from (SHA-256 differs from summary.json's provenance)");
                return null;
            }
        } else if (!inputs.isEmpty()) {
            err.println("error: the run's scenario names catalog files " + inputs.keySet() + ": give the scenario"
                    + " file again with --scenario FILE");
            return null;
        } else {
            loaded = fromText(summary.path("scenarioText").asText(), sha, err);
            if (loaded == null) {
                return null;
            }
        }
        List<String> plans = new ArrayList<>();
        summary.path("plans").forEach(p -> plans.add(p.path("name").asText()));
        return new ResultsInput(loaded, summary.path("seed").asLong(), plans);
    }

    /** Loads the echoed scenario text through a private temporary file (removed again). */
    private static ScenarioInput.Outcome fromText(String text, String sha, PrintWriter err) throws IOException {
        Path tmp = Files.createTempDirectory("cablesim-scenario");
        try {
            Path file = tmp.resolve(text.stripLeading().startsWith("{") ? "scenario.json" : "scenario.yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ScenarioInput.Outcome loaded = ScenarioInput.load(file, err, ScenarioGate.NONE);
            if (loaded != null && !loaded.loaded().scenarioSha256().equals(sha)) {
                err.println("error: summary.json's scenarioText does not match its recorded SHA-256; give the"
                        + " scenario file with --scenario FILE");
                return null;
            }
            return loaded;
        } finally {
            StagingCleanup.deleteQuietly(tmp);
        }
    }
}
