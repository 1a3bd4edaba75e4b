package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.study.DesignChecks;
import org.cablesim.study.PreparedStudy;
import org.cablesim.study.StudyPreparation;
import java.util.Optional;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.io.LoadedScenario;
import org.cablesim.search.DesignPointChecks;
import org.cablesim.scenario.Problem;
import org.cablesim.io.ScenarioGate;
import org.cablesim.io.ScenarioLoader;

/** Loads a scenario for a command: the scenario, or every problem that stops it. */
final class ScenarioInput {
    /** Path of problems with the command line's FILE argument itself (missing, unreadable). */
    static final String FILE_ARGUMENT = "FILE";

    /**
     * @param loaded   the scenario, or null when it was rejected
     * @param prepared the scenario's fabric and resolved plans (the study stages a scenario must pass), or null
     *                 when it was rejected
     * @param problems why it was rejected (empty when loaded)
     */
    record Outcome(LoadedScenario loaded, PreparedStudy prepared, List<Problem> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    private ScenarioInput() {
    }

    /** The loaded and prepared scenario, or null after printing why it was rejected (see {@link #read}). */
    static Outcome load(Path file, PrintWriter err, ScenarioGate gate) {
        Outcome outcome = read(file, gate);
        if (outcome.loaded() == null) {
            print(file, outcome.problems(), err);
            return null;
        }
        return outcome;
    }

    /** Prints problems as {@code error: …} lines on {@code err}. */
    static void print(Path file, List<Problem> problems, PrintWriter err) {
        if (problems.size() == 1 && problems.get(0).path().equals(FILE_ARGUMENT)) {
            err.println("error: " + problems.get(0));
            return;
        }
        err.println("error: " + file + " has " + problems.size() + " problem(s):");
        for (Problem problem : problems) {
            err.println("  " + problem);
        }
    }

    /**
     * Reads and checks {@code file}. {@code gate} is asked about the scenario and each sweep point before any
     * fabric is generated and, when it is a {@link WorkLimit}, about the whole study afterwards.
     */
    static Outcome read(Path file, ScenarioGate gate) {
        return read(file, gate, false);
    }

    /**
     * Reads and checks {@code file}; with {@code designChecks} also routes every plan and rejects plans with links
     * broken by design ({@code validate}'s stricter check).
     */
    static Outcome read(Path file, ScenarioGate gate, boolean designChecks) {
        if (!Files.isRegularFile(file)) {
            return refused(new Problem(FILE_ARGUMENT, "'" + file + "' does not exist or is not a regular file"));
        }
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(file, gate);
        } catch (InvalidInputException e) {
            return new Outcome(null, null, e.problems());
        } catch (NoSuchFileException e) {
            return refused(new Problem(FILE_ARGUMENT, "'" + e.getFile() + "' does not exist"));
        } catch (IOException e) {
            return refused(new Problem(FILE_ARGUMENT, "'" + file + "' cannot be read: " + e.getMessage()));
        }
        if (gate instanceof WorkLimit limit) {
            Optional<Problem> refused = limit.checkStudy(loaded);
            if (refused.isPresent()) {
                return refused(refused.get());
            }
        }
        try {
            PreparedStudy prepared = StudyPreparation.prepare(loaded.scenario(), loaded.sweepPoints());
            List<Problem> designProblems = DesignPointChecks.problems(loaded, loaded.scenario().run().seed(), gate);
            if (!designProblems.isEmpty()) {
                return new Outcome(null, null, designProblems);
            }
            if (designChecks) {
                List<Problem> design = DesignChecks.of(prepared);
                if (!design.isEmpty()) {
                    return new Outcome(null, null, design);
                }
            }
            return new Outcome(loaded, prepared, List.of());
        } catch (InvalidInputException e) {
            return new Outcome(null, null, e.problems());
        }
    }

    private static Outcome refused(Problem problem) {
        return new Outcome(null, null, List.of(problem));
    }
}
