package org.cablesim.search;

import java.util.List;
import java.util.Map;
import org.cablesim.io.ScenarioVariant;
import org.cablesim.io.Setting;
import org.cablesim.random.RandomStreams;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.Provenance;
import org.cablesim.study.StudyPreparation;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudyRunner;
import org.cablesim.study.Sweep;

/**
 * Runs the study at one design point: the scenario with the point's settings, every plan (or the one kept by
 * {@code --only}), the job's seed. A pure function of (job, point): the same on any machine, thread count or
 * engine.
 */
public final class PointEvaluation {
    private PointEvaluation() {
    }

    /**
     * The study's figures at {@code point}.
     *
     * @throws InvalidInputException when the point's scenario is not valid (checked before a run, so a bug here)
     */
    public static Sweep.Point evaluate(StudyJob job, DesignPoint point) throws InvalidInputException {
        return Sweep.Point.of(point.valueTexts(), run(job, point.settings(), ProgressListener.NONE));
    }

    /** The whole study of the scenario with {@code settings} applied. */
    public static StudyResult run(StudyJob job, List<Setting> settings, ProgressListener progress)
            throws InvalidInputException {
        Scenario scenario = ScenarioVariant.of(job.scenarioText(), job.file(), settings);
        if (job.only() != null) {
            scenario = scenario.withOnlyPlan(job.only());
        }
        var prepared = StudyPreparation.prepare(scenario, List.of());
        // Only the figures leave this method; provenance is recorded once, by the caller, for the whole study.
        Provenance provenance = new Provenance("", "", Map.of(), RandomStreams.ALGORITHM);
        return new StudyRunner(job.threads()).run(scenario, prepared.fabric(), job.seed(), provenance, progress);
    }
}
