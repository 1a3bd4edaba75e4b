package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.scenario.Scenario;

/**
 * Reads and validates scenario files (YAML or JSON, format in SCENARIO-FORMAT.md). The whole file is checked
 * before anything is built, and every problem found is reported together with its path.
 */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    /**
     * Reads a scenario file; catalog files it names are resolved against the file's directory.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} scenario file
     * @throws InvalidInputException listing every problem found
     * @throws IOException           when the file cannot be read
     */
    public static Scenario read(Path file) throws InvalidInputException, IOException {
        return readDocument(file).scenario();
    }

    /**
     * Reads scenario text, e.g. in tests.
     *
     * @param content scenario text
     * @param format  {@code yaml} (or {@code yml}) or {@code json}
     * @param baseDir directory catalog files are resolved against; may be null when the text names none
     */
    public static Scenario read(String content, String format, Path baseDir) throws InvalidInputException {
        return readDocument(content, format, baseDir).scenario();
    }

    /** As {@link #read(Path)}, also returning the validated sections not yet mapped into the domain. */
    public static ScenarioDocument readDocument(Path file) throws InvalidInputException, IOException {
        FileFormat format = FileFormat.ofFile(file).orElseThrow(() -> new InvalidInputException(List.of(
                new Problem(Problem.FILE, "unsupported file extension: expected .yaml, .yml or .json"))));
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        return parse(content, format, dir);
    }

    /** As {@link #read(String, String, Path)}, also returning the sections not yet mapped into the domain. */
    public static ScenarioDocument readDocument(String content, String format, Path baseDir)
            throws InvalidInputException {
        FileFormat parsed = FileFormat.ofName(format).orElseThrow(() -> new InvalidInputException(List.of(
                new Problem(Problem.FILE, "unsupported format '" + format + "': expected yaml or json"))));
        return parse(content, parsed, baseDir);
    }

    private static ScenarioDocument parse(String content, FileFormat format, Path baseDir)
            throws InvalidInputException {
        Problems problems = new Problems();
        JsonNode tree = TreeParser.parse(content, format, problems);
        ScenarioDocument document = tree == null ? null : ScenarioParser.parse(tree, baseDir, problems);
        problems.throwIfAny();
        return document;
    }
}
