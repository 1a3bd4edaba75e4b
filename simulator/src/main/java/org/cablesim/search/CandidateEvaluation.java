package org.cablesim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cablesim.io.ScenarioVariant;
import org.cablesim.io.Setting;
import org.cablesim.plant.PlantConfigurationException;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.Figure;
import org.cablesim.study.LossFigures;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchStages;
import org.cablesim.study.StudyPreparation;
import org.cablesim.topology.LogicalFabric;

/**
 * One stage of one search candidate as JSON: the scenario with the candidate's settings, only the searched plan
 * kept, run through {@link SearchStages}. The plant stage reports an impossible combination of choices (a scenario
 * the format or the plant refuses) as {@code invalid} instead of failing.
 */
final class CandidateEvaluation {
    private CandidateEvaluation() {
    }

    static String evaluate(StudyJob job, String plan, List<Setting> settings, SearchCandidate.Stage stage) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Scenario scenario;
        LogicalFabric fabric;
        try {
            scenario = ScenarioVariant.of(job.scenarioText(), job.file(), settings).withOnlyPlan(plan);
            fabric = StudyPreparation.prepare(scenario, List.of()).fabric();
        } catch (InvalidInputException e) {
            return out.put("invalid", e.problems().get(0).toString()).toString();
        }
        try {
            switch (stage) {
                case PLANT -> {
                    SearchStages.Plant p = SearchStages.plant(scenario, fabric);
                    out.put("costUsd", p.costUsd());
                    out.put("linksBrokenByDesign", p.linksBrokenByDesign());
                    var readiness = out.putArray("readiness");
                    p.readiness().forEach(readiness::add);
                }
                case LOSS -> {
                    LossFigures loss = SearchStages.loss(scenario, fabric, job.seed(), job.threads());
                    out.set("expectedFailingLinks", FigureJson.write(loss.expectedFailingLinks()));
                    FigureJson.number(out.putArray("probabilityAnyLinkFails"), loss.probabilityAnyLinkFails());
                }
                case LIFECYCLE -> {
                    Figure availability = SearchStages.availability(scenario, fabric, job.seed(), job.threads());
                    if (availability == null) {
                        out.putNull("availability");
                    } else {
                        out.set("availability", FigureJson.write(availability));
                    }
                }
                default -> throw new IllegalArgumentException("unknown stage " + stage);
            }
        } catch (PlantConfigurationException e) {
            return JsonNodeFactory.instance.objectNode().put("invalid", e.getMessage()).toString();
        }
        return out.toString();
    }

    /** The plant stage's result applied to a fresh candidate. */
    static SearchCandidate plant(String name, List<String> choices, JsonNode r) {
        if (r.has("invalid")) {
            return new SearchCandidate(name, choices, SearchCandidate.Stage.PLANT, "invalid: "
                    + r.get("invalid").textValue(), Double.NaN, 0, List.of(), null, Double.NaN, null);
        }
        List<String> readiness = new java.util.ArrayList<>();
        r.get("readiness").forEach(x -> readiness.add(x.textValue()));
        return new SearchCandidate(name, choices, SearchCandidate.Stage.PLANT, null, r.get("costUsd").doubleValue(),
                r.get("linksBrokenByDesign").intValue(), readiness, null, Double.NaN, null);
    }

    /** A candidate with the loss stage's result. */
    static SearchCandidate loss(SearchCandidate c, JsonNode r) {
        return c.withLoss(FigureJson.read(r.get("expectedFailingLinks")),
                FigureJson.number(r.get("probabilityAnyLinkFails").get(0)));
    }

    /** A candidate with the lifecycle stage's result. */
    static SearchCandidate lifecycle(SearchCandidate c, JsonNode r) {
        JsonNode a = r.get("availability");
        return a == null || a.isNull() ? c.withAvailability(null).exclude("no cabled link to simulate")
                : c.withAvailability(FigureJson.read(a));
    }
}
