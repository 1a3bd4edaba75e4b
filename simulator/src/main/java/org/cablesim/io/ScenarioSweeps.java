package org.cablesim.io;

import org.cablesim.scenario.SweepPoint;
import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the {@code study.sweeps} of a scenario into validated scenarios, one per (sweep, value): the value is
 * written into a copy of the file's tree and the copy is read exactly like a file, so every rule of the format
 * holds for every point. A value that breaks the scenario is reported at {@code study.sweeps[i].values[j]}.
 */
final class ScenarioSweeps {
    private ScenarioSweeps() {
    }

    static List<SweepPoint> expand(JsonNode tree, StudySection study, Path baseDir, Problems problems,
            ScenarioGate gate) {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < study.sweeps().size(); i++) {
            SweepSection sweep = study.sweeps().get(i);
            String sweepPath = TreePath.index("study.sweeps", i);
            for (int j = 0; j < sweep.values().size(); j++) {
                JsonNode value = sweep.values().get(j);
                String where = TreePath.index(TreePath.field(sweepPath, "values"), j);
                String valueText = SweepSection.valueText(value);
                ObjectNode copy = (ObjectNode) tree.deepCopy();
                try {
                    sweep.path().set(copy, value.deepCopy());
                } catch (IllegalArgumentException e) {
                    problems.add(TreePath.field(sweepPath, "parameter"), "'" + sweep.parameter()
                            + "' does not fit the scenario: " + e.getMessage());
                    break;
                }
                Problems inner = new Problems();
                ScenarioDocument document = ScenarioParser.parse(copy, baseDir, inner);
                if (!inner.isEmpty() || document == null) {
                    for (Problem problem : inner.list()) {
                        problems.add(where, "with " + sweep.parameter() + " = " + valueText + ": " + problem);
                    }
                    continue;
                }
                java.util.Optional<Problem> refused = gate.check(document.scenario());
                if (refused.isPresent()) {
                    problems.add(where, "with " + sweep.parameter() + " = " + valueText + ": " + refused.get());
                    continue;
                }
                points.add(new SweepPoint(i, sweep.parameter(), valueText, document.scenario()));
            }
        }
        return points;
    }
}
