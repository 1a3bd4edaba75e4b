package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cablesim.io.InvalidInputException;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.Problem;
import org.cablesim.io.ScenarioLoader;

/** Loads a scenario for a command and reports every problem on the error stream. */
final class ScenarioInput {
    private ScenarioInput() {
    }

    /** The loaded scenario, or null after printing why it was rejected. */
    static LoadedScenario load(Path file, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("error: FILE: '" + file + "' does not exist or is not a regular file");
            return null;
        }
        try {
            return ScenarioLoader.load(file);
        } catch (InvalidInputException e) {
            err.println("error: " + file + " has " + e.problems().size() + " problem(s):");
            for (Problem problem : e.problems()) {
                err.println("  " + problem);
            }
            return null;
        } catch (NoSuchFileException e) {
            err.println("error: FILE: '" + e.getFile() + "' does not exist");
            return null;
        } catch (IOException e) {
            err.println("error: FILE: '" + file + "' cannot be read: " + e.getMessage());
            return null;
        }
    }
}
