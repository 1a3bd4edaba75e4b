package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cablesim.io.InvalidInputException;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.Problem;
import org.cablesim.io.ScenarioGate;
import org.cablesim.io.ScenarioLoader;

/** Loads a scenario for a command: the scenario, or every problem that stops it. */
final class ScenarioInput {
    /** Path of problems with the command line's FILE argument itself (missing, unreadable). */
    static final String FILE_ARGUMENT = "FILE";

    /**
     * @param loaded   the scenario, or null when it was rejected
     * @param problems why it was rejected (empty when loaded)
     */
    record Outcome(LoadedScenario loaded, List<Problem> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    private ScenarioInput() {
    }

    /** The loaded scenario, or null after printing why it was rejected. */
    static LoadedScenario load(Path file, PrintWriter err) {
        return load(file, err, ScenarioGate.NONE);
    }

    /** The loaded scenario, or null after printing why it was rejected (see {@link #read}). */
    static LoadedScenario load(Path file, PrintWriter err, ScenarioGate gate) {
        Outcome outcome = read(file, gate);
        if (outcome.loaded() == null) {
            print(file, outcome.problems(), err);
        }
        return outcome.loaded();
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
        if (!Files.isRegularFile(file)) {
            return refused(new Problem(FILE_ARGUMENT, "'" + file + "' does not exist or is not a regular file"));
        }
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(file, gate);
        } catch (InvalidInputException e) {
            return new Outcome(null, e.problems());
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
        return new Outcome(loaded, List.of());
    }

    private static Outcome refused(Problem problem) {
        return new Outcome(null, List.of(problem));
    }
}
