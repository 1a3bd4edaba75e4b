package org.cablesim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory an export or update writes inside a results directory: new, or replaced with --force. */
final class ExportTarget {
    private ExportTarget() {
    }

    /**
     * @param target       the directory, e.g. {@code plans/baseline/fabric}
     * @param force        whether an earlier one cablesim wrote may be replaced
     * @param scenarioFile the scenario given, or null (never replaced)
     * @param what         what wrote it before, for the message ({@code an earlier export})
     * @return the output directory, or null after printing why it cannot be written
     */
    static OutputDirectory choose(Path target, boolean force, Path scenarioFile, PrintWriter err, String what) {
        if (Files.exists(target) && !force) {
            err.println("error: " + target + " already exists (" + what + "); add --force to replace it");
            return null;
        }
        try {
            return OutputDirectory.choose(target, force, null, null, scenarioFile);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }
}
