package org.cablesim.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.cablesim.search.PointJournal;

/**
 * Where a run keeps the journal of its finished sweep and design points: {@code .<output>.points.jsonl} beside the
 * output directory, outside the staging directory, so that it survives Ctrl-C and a kill. It is deleted once the
 * results are in place; {@code run --resume} continues the journal of the same scenario, seed, plan and version.
 */
final class StudyJournal {
    private StudyJournal() {
    }

    /** The journal's file for the output directory {@code target}. */
    static Path file(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".points.jsonl");
    }

    /** The header naming a study: a journal continues only a study with the same header. */
    static String header(String scenarioSha256, long seed, String only, int points) {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        h.put("journal", "cablesim study points");
        h.put("version", Version.current());
        h.put("scenarioSha256", scenarioSha256);
        h.put("seed", seed);
        if (only != null) {
            h.put("only", only);
        }
        h.put("points", points);
        return h.toString();
    }

    /** Opens the journal, saying on {@code err} what a resume found (unless quiet). */
    static PointJournal open(Path target, String header, boolean resume, PrintWriter err, boolean quiet)
            throws IOException {
        Path file = file(target);
        boolean resumable = PointJournal.resumable(file, header);
        PointJournal journal = PointJournal.open(file, header, resume);
        if (!quiet && resume && !resumable) {
            err.println("note: --resume: no interrupted run of this scenario, seed and plan to resume at " + file
                    + "; running every point");
        } else if (!quiet && resume) {
            err.println("note: --resume: " + journal.doneCount() + " point(s) already done");
        } else if (!quiet && resumable) {
            err.println("note: an interrupted run of this study was found and is started again; --resume"
                    + " continues it instead");
        }
        return journal;
    }
}
