package org.cablesim.cli;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.study.PreparedStudy;
import org.cablesim.io.LoadedScenario;
import org.cablesim.scenario.SweepPoint;
import org.cablesim.random.RandomStreams;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.Provenance;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudyRunner;
import org.cablesim.study.StudySummary;
import org.cablesim.study.SweepRun;

/**
 * Runs a loaded scenario's study and every sweep point with one seed (variants and values share their random
 * numbers), reporting stages to a progress listener.
 *
 * @param study  the scenario's own study
 * @param sweeps one result per sweep point, in file order
 */
record StudyExecution(StudyResult study, List<SweepRun> sweeps) {
    StudyExecution {
        sweeps = List.copyOf(sweeps);
    }

    /**
     * @param scenario the scenario to run (the loaded one, possibly reduced by {@code --only})
     * @param only     the plan {@code --only} kept, or null
     */
    static StudyExecution run(LoadedScenario loaded, PreparedStudy prepared, Scenario scenario, String only, long seed,
            int threads,
            ProgressListener progress) {
        Provenance provenance = new Provenance(Version.current(), loaded.scenarioSha256(), loaded.inputSha256(),
                RandomStreams.ALGORITHM);
        StudyRunner runner = new StudyRunner(threads);
        int points = loaded.sweepPoints().size();
        if (points > 0) {
            progress.stage("base case (then " + points + " sweep points)", 0);
        }
        StudyResult result = runner.run(scenario, prepared.fabric(), seed, provenance, progress);
        List<SweepRun> sweepResults = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            SweepPoint point = prepared.points().get(i).point();
            progress.stage("sweep point " + (i + 1) + "/" + points + " " + point.parameter() + " = "
                    + point.valueText(), 0);
            Scenario pointScenario = only != null ? point.scenario().withOnlyPlan(only) : point.scenario();
            sweepResults.add(new SweepRun(point.sweepIndex(), point.parameter(), point.valueText(),
                    runner.run(pointScenario, prepared.points().get(i).fabric(), seed, provenance, progress)));
        }
        return new StudyExecution(result, sweepResults);
    }

    /** The typed summary every output of the run is written from. */
    StudySummary summary() {
        return StudySummary.of(study, sweeps);
    }
}
