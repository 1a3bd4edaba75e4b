package org.cablesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code search} share: where results go, the seed, threads, engine and output. */
final class StudyOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: under results/runs, named "
            + "after the scenario, or the next free -2, -3, …)")
    Path out;

    @Option(names = "--force", description = "replace the --out directory if it exists and cablesim wrote it")
    boolean force;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: available processors); results do not depend on it")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "where design points and search candidates run: local (default: this machine) or spark "
                    + "(the cablesim-spark jar under spark-submit); results do not depend on it")
    String engine;

    @Option(names = "--quiet", description = "print nothing on success and show no progress")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "${env:CABLESIM_PROGRESS:-auto}",
            description = "show progress on stderr: auto (when stderr is a terminal), always, never "
                    + "(default: $CABLESIM_PROGRESS or auto)")
    ProgressMode progressMode;

    /** The threads to use: {@code --threads} or the available processors, checked. */
    int threadCount(CommandLine.Model.CommandSpec spec) {
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (count < 1 || count > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads: must be in 1..1024, was "
                    + count);
        }
        return count;
    }

    /** The progress display the options ask for, on the command's error stream. */
    TerminalProgress progress(CommandLine.Model.CommandSpec spec, PrintWriter err) {
        boolean processStreams = spec.parent() != null && spec.parent().userObject() instanceof Main main
                && main.processStreams;
        return TerminalProgress.create(err, progressMode, quiet, processStreams);
    }
}
