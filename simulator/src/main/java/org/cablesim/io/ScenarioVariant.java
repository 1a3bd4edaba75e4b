package org.cablesim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import org.cablesim.scenario.Scenario;

/**
 * A scenario file's text with some fields set to other values ({@link Setting}s), read exactly like a file so that
 * every rule of the format holds for the variant. A variant is a pure function of the text, the file's place (its
 * directory resolves {@code catalog.files}) and the settings: what lets a design point or a search candidate be
 * evaluated anywhere.
 */
public final class ScenarioVariant {
    private ScenarioVariant() {
    }

    /**
     * The scenario of {@code scenarioText} with {@code settings} applied in order.
     *
     * @param scenarioFile where the text was read from: its extension gives the format, its directory resolves
     *                     user catalog files
     * @throws InvalidInputException listing every problem, each with its field path
     */
    public static Scenario of(String scenarioText, Path scenarioFile, List<Setting> settings)
            throws InvalidInputException {
        return document(scenarioText, scenarioFile, settings).scenario();
    }

    /**
     * Every section of the variant, as {@link #of} reads it.
     *
     * @throws InvalidInputException listing every problem, each with its field path
     */
    public static ScenarioDocument document(String scenarioText, Path scenarioFile, List<Setting> settings)
            throws InvalidInputException {
        Problems problems = new Problems();
        ObjectNode tree = tree(scenarioText, scenarioFile, settings, problems);
        problems.throwIfAny();
        ScenarioDocument document = ScenarioParser.parse(tree, baseDir(scenarioFile), problems);
        problems.throwIfAny();
        return document;
    }

    /**
     * One plan of the variant as a YAML scenario file of its own: {@code settings} applied, the plans list reduced
     * to plan {@code planIndex} renamed {@code planName}, and the {@code study} and {@code search} sections left
     * out (they name plans and choices of the original). A search writes each front plan so.
     *
     * @throws InvalidInputException when the text cannot be read or a setting does not fit it
     */
    public static String planFile(String scenarioText, Path scenarioFile, List<Setting> settings, int planIndex,
            String planName) throws InvalidInputException {
        Problems problems = new Problems();
        ObjectNode tree = tree(scenarioText, scenarioFile, settings, problems);
        problems.throwIfAny();
        JsonNode plan = tree.path("plans").path(planIndex);
        if (!(plan instanceof ObjectNode planNode)) {
            throw new InvalidInputException(List.of(new Problem("plans", "has no plan " + planIndex)));
        }
        planNode.put("name", planName);
        tree.putArray("plans").add(planNode);
        tree.remove("study");
        tree.remove("search");
        try {
            return TreeParser.yamlMapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory cannot be written", e);
        }
    }

    private static ObjectNode tree(String scenarioText, Path scenarioFile, List<Setting> settings,
            Problems problems) {
        FileFormat format = FileFormat.ofFile(scenarioFile).orElse(FileFormat.YAML);
        JsonNode tree = TreeParser.parse(scenarioText, format, problems);
        if (tree == null) {
            return null;
        }
        if (!(tree instanceof ObjectNode root)) {
            problems.add(Problem.FILE, "expected a mapping at the top of the file");
            return null;
        }
        for (Setting setting : settings) {
            try {
                SweepPath.parse(setting.parameter()).set(root, setting.value());
            } catch (IllegalArgumentException e) {
                problems.add(setting.parameter(), "cannot be set: " + e.getMessage());
            }
        }
        return root;
    }

    private static Path baseDir(Path scenarioFile) {
        return scenarioFile.toAbsolutePath().getParent();
    }
}
