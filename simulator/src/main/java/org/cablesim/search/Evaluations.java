package org.cablesim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.io.Setting;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.study.SearchCandidate;

/**
 * The one entry point of every evaluation, on any engine: a job and a task as JSON text in, the result as JSON text
 * out. A task is a design point ({@code kind: point}) or one stage of a search candidate ({@code kind: candidate},
 * see {@link CandidateEvaluation}).
 */
public final class Evaluations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluations() {
    }

    /**
     * Evaluates {@code taskJson} of {@code jobJson}.
     *
     * @throws IllegalStateException when the task's scenario is invalid (tasks are made from checked scenarios)
     */
    public static String evaluate(String jobJson, String taskJson) {
        StudyJob job = StudyJob.fromJson(jobJson);
        JsonNode task = tree(taskJson);
        List<Setting> settings = new ArrayList<>();
        for (JsonNode s : task.get("settings")) {
            settings.add(new Setting(s.get("parameter").textValue(), s.get("value").toString()));
        }
        try {
            return switch (task.get("kind").textValue()) {
                case "point" -> {
                    DesignPoint point = new DesignPoint(task.get("index").intValue(), task.get("design").intValue(),
                            settings);
                    yield PointCodec.line(point.index(), PointEvaluation.evaluate(job, point));
                }
                case "candidate" -> CandidateEvaluation.evaluate(job, task.get("plan").textValue(), settings,
                        SearchCandidate.Stage.valueOf(task.get("stage").textValue()));
                default -> throw new IllegalArgumentException("unknown task kind in " + taskJson);
            };
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a checked scenario became invalid: " + e.getMessage(), e);
        }
    }

    /** The task that evaluates {@code point}. */
    public static String pointTask(DesignPoint point) {
        ObjectNode task = task("point", point.settings());
        task.put("index", point.index());
        task.put("design", point.design());
        return task.toString();
    }

    /** The task that evaluates one stage of {@code plan} of the scenario with {@code settings}. */
    public static String candidateTask(String plan, List<Setting> settings, SearchCandidate.Stage stage) {
        ObjectNode task = task("candidate", settings);
        task.put("plan", plan);
        task.put("stage", stage.name());
        return task.toString();
    }

    private static ObjectNode task(String kind, List<Setting> settings) {
        ObjectNode task = JSON.createObjectNode();
        task.put("kind", kind);
        ArrayNode list = task.putArray("settings");
        for (Setting s : settings) {
            ObjectNode node = list.addObject();
            node.put("parameter", s.parameter());
            node.set("value", s.value());
        }
        return task;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a task: " + e.getOriginalMessage(), e);
        }
    }
}
