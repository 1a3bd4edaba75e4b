package org.cablesim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.Sweep;

/**
 * Runs a study's design points on an engine and streams each finished point into the journal, so that memory does
 * not grow with the points and an interrupted study resumes where it stopped; then reads the journal back into
 * the typed results. An uninterrupted study reads its results from the journal too, so a resumed study writes the
 * same bytes.
 */
public final class DesignStudy {
    private DesignStudy() {
    }

    /**
     * Evaluates every point not yet in {@code journal}, handing the engine a batch of its parallelism at a time.
     *
     * @return the sweeps and designs with every point's figures, in run order
     */
    public static List<Sweep> run(StudyJob job, DesignPoints points, EvaluationEngine engine, PointJournal journal,
            ProgressListener progress) throws IOException {
        String jobJson = job.toJson();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (!journal.done(i)) {
                pending.add(i);
            }
        }
        String stage = "design points (" + journal.doneCount() + " of " + points.size() + " already done)";
        progress.stage(stage, pending.size());
        int batch = Math.max(1, engine.parallelism());
        for (int from = 0; from < pending.size(); from += batch) {
            List<String> tasks = new ArrayList<>();
            for (int i : pending.subList(from, Math.min(pending.size(), from + batch))) {
                tasks.add(Evaluations.pointTask(points.point(i)));
            }
            engine.evaluate(jobJson, tasks, line -> {
                journal.append(line);
                progress.advance(stage, 1);
            });
        }
        return sweeps(points, journal);
    }

    /** The journal's points as sweeps and designs (every point must be there). */
    public static List<Sweep> sweeps(DesignPoints points, PointJournal journal) throws IOException {
        Sweep.Point[] all = new Sweep.Point[points.size()];
        journal.forEachLine(line -> all[PointCodec.index(line)] = PointCodec.point(line));
        List<Sweep> sweeps = new ArrayList<>();
        for (DesignPoints.Design design : points.designs()) {
            List<Sweep.Point> list = new ArrayList<>();
            for (int i = design.first(); i < design.first() + design.count(); i++) {
                if (all[i] == null) {
                    throw new IllegalStateException("point " + i + " is missing from the journal");
                }
                list.add(all[i]);
            }
            sweeps.add(new Sweep(design.kind(), design.parameters(), list));
        }
        return sweeps;
    }
}
