package org.cablesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The file {@value #FILE_NAME} that cablesim writes first into every output directory. {@code --force} replaces
 * only a directory that carries it, and stale temporary directories are removed only when they carry it, so
 * cablesim never deletes a directory it did not write.
 */
final class OutputMarker {
    /** Name of the marker file inside an output directory. */
    static final String FILE_NAME = ".cablesim-output";
    private static final String FIRST_LINE = "cablesim output directory";

    private OutputMarker() {
    }

    /**
     * Writes the marker of a staging directory into {@code directory}: version, scenario hash and the writing
     * process's id (so that a later run can tell a killed run's leftovers from a live one's).
     */
    static void write(Path directory, String version, String scenarioSha256) throws IOException {
        Files.writeString(directory.resolve(FILE_NAME), text(version, scenarioSha256)
                + "pid=" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
    }

    /** Rewrites the marker without the process id, so that a finished output directory depends only on its inputs. */
    static void finish(Path directory, String version, String scenarioSha256) throws IOException {
        Files.writeString(directory.resolve(FILE_NAME), text(version, scenarioSha256), StandardCharsets.UTF_8);
    }

    private static String text(String version, String scenarioSha256) {
        return FIRST_LINE + " (cablesim run --force may replace this directory)\n"
                + "version=" + version + "\n"
                + "scenarioSha256=" + scenarioSha256 + "\n";
    }

    /** Whether {@code directory} is a directory holding a cablesim marker. */
    static boolean isMarked(Path directory) {
        Path marker = directory.resolve(FILE_NAME);
        if (!Files.isDirectory(directory) || !Files.isRegularFile(marker)) {
            return false;
        }
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).startsWith(FIRST_LINE);
        } catch (IOException e) {
            return false;
        }
    }

    /** The id of the process that wrote the marker, if recorded. */
    static OptionalLong writerPid(Path directory) {
        try {
            for (String line : Files.readAllLines(directory.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    return OptionalLong.of(Long.parseLong(line.substring(4).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // An unreadable pid counts as unknown.
        }
        return OptionalLong.empty();
    }
}
