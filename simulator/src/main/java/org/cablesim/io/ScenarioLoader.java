package org.cablesim.io;

import org.cablesim.scenario.SweepPoint;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.scenario.Scenario;

/**
 * Reads a scenario file and checks it against every rule of the format and the catalog ids; nothing of the pipeline
 * runs here (the study's {@code StudyPreparation} generates the fabric and resolves the plans).
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /**
     * Loads and checks {@code file}.
     *
     * @throws InvalidInputException listing every problem found, each with its field path
     * @throws IOException           when the file cannot be read at all
     */
    public static LoadedScenario load(Path file) throws InvalidInputException, IOException {
        return load(file, ScenarioGate.NONE);
    }

    /**
     * Loads and checks {@code file}, asking {@code gate} about the scenario and every sweep point before their
     * fabrics are generated.
     *
     * @throws InvalidInputException listing every problem found, each with its field path
     * @throws IOException           when the file cannot be read at all
     */
    public static LoadedScenario load(Path file, ScenarioGate gate) throws InvalidInputException, IOException {
        FileFormat format = FileFormat.ofFile(file).orElseThrow(() -> new InvalidInputException(List.of(
                new Problem(Problem.FILE, "unsupported file extension: expected .yaml, .yml or .json"))));
        byte[] bytes = Files.readAllBytes(file);
        Path baseDir = file.toAbsolutePath().getParent();
        Problems problems = new Problems();
        JsonNode tree = TreeParser.parse(new String(bytes, StandardCharsets.UTF_8), format, problems);
        ScenarioDocument document = tree == null ? null : ScenarioParser.parse(tree, baseDir, problems);
        problems.throwIfAny();
        Scenario scenario = document.scenario();
        java.util.Optional<Problem> refused = gate.check(scenario);
        if (refused.isPresent()) {
            throw new InvalidInputException(List.of(refused.get()));
        }
        List<SweepPoint> sweepPoints = ScenarioSweeps.expand(tree, document.study(), baseDir, problems,
                gate);
        problems.throwIfAny();
        return new LoadedScenario(scenario, document, Sha256.ofBytes(bytes),
                catalogFileHashes(tree, baseDir), new String(bytes, StandardCharsets.UTF_8), sweepPoints,
                file.toAbsolutePath().normalize());
    }

    /** SHA-256 of each user catalog file the (already validated) scenario names, keyed as written. */
    private static Map<String, String> catalogFileHashes(JsonNode tree, Path baseDir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (JsonNode name : tree.path("catalog").path("files")) {
            hashes.put(name.asText(), Sha256.ofFile(baseDir.resolve(name.asText()).normalize()));
        }
        return hashes;
    }
}
