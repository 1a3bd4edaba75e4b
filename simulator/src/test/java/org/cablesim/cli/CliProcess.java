package org.cablesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a separate JVM with its own working directory, for behaviour that depends on the process
 * (working directory, signals, real stderr).
 */
final class CliProcess {
    private CliProcess() {
    }

    /** Starts {@code cablesim args…} in {@code workingDirectory}; stdout and stderr go to files there. */
    static Process start(Path workingDirectory, Path logs, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(logs.resolve("stdout.txt").toFile())
                .redirectError(logs.resolve("stderr.txt").toFile())
                .start();
        process.getOutputStream().close();
        return process;
    }

    /** Runs {@code cablesim args…} in {@code workingDirectory} to its end (at most 5 minutes). */
    static CliRunner.Outcome run(Path workingDirectory, Path logs, String... args)
            throws IOException, InterruptedException {
        Process process = start(workingDirectory, logs, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("cablesim did not finish within 5 minutes");
        }
        return new CliRunner.Outcome(process.exitValue(),
                Files.readString(logs.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }
}
