package org.cablesim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioGate;
import org.cablesim.io.ScenarioVariant;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.StudyPreparation;

/**
 * Checks every point of a scenario's study designs before anything runs, as a sweep's values are checked: the
 * point's scenario is read like a file, passed to the gate, its fabric generated and its plans resolved (then
 * dropped: a point keeps nothing in memory). A point that breaks the scenario is a problem at
 * {@code study.designs[i]} naming the point's values.
 */
public final class DesignPointChecks {
    /** Problems reported at most; a design that breaks at one point usually breaks at many. */
    static final int MAX_PROBLEMS = 20;

    private DesignPointChecks() {
    }

    /** The problems of the designs' points (sweeps are checked when the file is read), empty when all run. */
    public static List<Problem> problems(LoadedScenario loaded, long seed, ScenarioGate gate) {
        DesignPoints points = DesignPoints.of(loaded.document().study(), seed);
        List<Problem> problems = new ArrayList<>();
        int sweeps = loaded.document().study().sweeps().size();
        for (int i = firstDesignPoint(points); i < points.size() && problems.size() < MAX_PROBLEMS; i++) {
            DesignPoint point = points.point(i);
            String where = "study.designs[" + (point.design() - sweeps) + "]";
            String values = describe(points, point);
            try {
                Scenario scenario = ScenarioVariant.of(loaded.scenarioText(), loaded.file(), point.settings());
                Optional<Problem> refused = gate.check(scenario);
                if (refused.isPresent()) {
                    problems.add(new Problem(where, values + ": " + refused.get()));
                    continue;
                }
                StudyPreparation.prepare(scenario, List.of());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new Problem(where, values + ": " + p)));
            }
        }
        return problems;
    }

    /** How many points the designs add to the sweeps' (run after the scenario's own study). */
    public static int designPoints(LoadedScenario loaded) {
        DesignPoints points = DesignPoints.of(loaded.document().study(), 0);
        return points.size() - firstDesignPoint(points);
    }

    private static int firstDesignPoint(DesignPoints points) {
        int first = points.size();
        for (DesignPoints.Design d : points.designs()) {
            if (!d.kind().equals(org.cablesim.study.Sweep.SWEEP)) {
                first = Math.min(first, d.first());
            }
        }
        return first;
    }

    private static String describe(DesignPoints points, DesignPoint point) {
        List<String> parts = new ArrayList<>();
        List<String> parameters = points.designs().get(point.design()).parameters();
        List<String> values = point.valueTexts();
        for (int p = 0; p < parameters.size(); p++) {
            parts.add(parameters.get(p) + " = " + values.get(p));
        }
        return "at point " + point.index() + " (" + String.join(", ", parts) + ")";
    }
}
