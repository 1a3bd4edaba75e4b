package org.cablesim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every evaluation of one study or search shares: the scenario file's text and place, the seed, the plan
 * {@code --only} kept and the threads one evaluation may use. With a point or a candidate it determines the result
 * completely, so it travels as JSON text to wherever the evaluation runs.
 *
 * @param scenarioText the scenario file's text
 * @param scenarioFile the file's path (its extension gives the format, its directory resolves catalog files)
 * @param seed         master seed
 * @param only         the one plan to run, or null for every plan
 * @param threads      worker threads of one evaluation, ≥ 1 (results do not depend on it)
 */
public record StudyJob(String scenarioText, String scenarioFile, long seed, String only, int threads) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StudyJob {
        Objects.requireNonNull(scenarioText, "scenarioText");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /** The scenario file's path. */
    public Path file() {
        return Path.of(scenarioFile);
    }

    /** This job with {@code threads} threads per evaluation. */
    public StudyJob withThreads(int count) {
        return new StudyJob(scenarioText, scenarioFile, seed, only, count);
    }

    /** The job as JSON text. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("scenarioText", scenarioText);
        node.put("scenarioFile", scenarioFile);
        node.put("seed", seed);
        if (only != null) {
            node.put("only", only);
        }
        node.put("threads", threads);
        return node.toString();
    }

    /** The job of {@link #toJson()}'s text. */
    public static StudyJob fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new StudyJob(node.get("scenarioText").textValue(), node.get("scenarioFile").textValue(),
                    node.get("seed").longValue(), node.hasNonNull("only") ? node.get("only").textValue() : null,
                    node.get("threads").intValue());
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("not a study job: " + e.getMessage(), e);
        }
    }
}
