package org.cablesim.cli;

import java.io.IOException;
import java.util.List;
import org.cablesim.io.LoadedScenario;
import org.cablesim.random.RandomStreams;
import org.cablesim.scenario.Scenario;
import org.cablesim.search.DesignPoints;
import org.cablesim.search.DesignStudy;
import org.cablesim.search.EvaluationEngine;
import org.cablesim.search.PointJournal;
import org.cablesim.search.StudyJob;
import org.cablesim.study.PreparedStudy;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.Provenance;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudyRunner;
import org.cablesim.study.StudySummary;
import org.cablesim.study.Sweep;

/**
 * Runs a loaded scenario's study, then every point of its sweeps and designs with the same seed (variants and
 * points share their random numbers), the points on an engine and streamed into a journal.
 *
 * @param study  the scenario's own study
 * @param sweeps the sweeps' and designs' results, in file order (sweeps first)
 */
record StudyExecution(StudyResult study, List<Sweep> sweeps) {
    StudyExecution {
        sweeps = List.copyOf(sweeps);
    }

    /**
     * @param scenario the scenario to run (the loaded one, possibly reduced by {@code --only})
     * @param only     the plan {@code --only} kept, or null
     * @param points   the study's design points
     * @param engine   runs the points
     * @param journal  the points' journal (finished points in it are not run again), or null without points
     */
    static StudyExecution run(LoadedScenario loaded, PreparedStudy prepared, Scenario scenario, String only,
            long seed, int threads, ProgressListener progress, DesignPoints points, EvaluationEngine engine,
            PointJournal journal) throws IOException {
        Provenance provenance = new Provenance(Version.current(), loaded.scenarioSha256(), loaded.inputSha256(),
                RandomStreams.ALGORITHM);
        if (points.size() > 0) {
            progress.stage("base case (then " + points.size() + " sweep and design points)", 0);
        }
        StudyResult result = new StudyRunner(threads).run(scenario, prepared.fabric(), seed, provenance, progress);
        if (points.size() == 0) {
            return new StudyExecution(result, List.of());
        }
        StudyJob job = new StudyJob(loaded.scenarioText(), loaded.file().toString(), seed, only,
                Math.max(1, threads / Math.max(1, engine.parallelism())));
        return new StudyExecution(result, DesignStudy.run(job, points, engine, journal, progress));
    }

    /** The typed summary every output of the run is written from. */
    StudySummary summary() {
        return StudySummary.withSweeps(study, sweeps);
    }
}
