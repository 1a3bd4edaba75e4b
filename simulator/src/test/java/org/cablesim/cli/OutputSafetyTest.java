package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --out DIR --force} replaces only what cablesim wrote: the working directory, an empty name, a
 * directory holding the scenario and an unmarked directory are refused with exit 2 and nothing is deleted. The
 * CLI runs in its own JVM here so that {@code .} is a scratch directory, not the build's.
 */
class OutputSafetyTest {
    @TempDir
    Path temp;

    /** A scratch working directory holding the quickstart scenario and a file the user cares about. */
    private Path workspace() throws IOException {
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.copy(CliRunner.shippedScenario("quickstart.yaml"), work.resolve("quickstart.yaml"));
        Files.writeString(work.resolve("notes.txt"), "precious");
        return work;
    }

    private CliRunner.Outcome cli(Path work, String... args) throws IOException, InterruptedException {
        return CliProcess.run(work, temp.resolve("logs-" + System.nanoTime()), args);
    }

    private static void assertUntouched(Path work) {
        assertTrue(Files.isRegularFile(work.resolve("quickstart.yaml")), "scenario deleted");
        assertTrue(Files.isRegularFile(work.resolve("notes.txt")), "user file deleted");
    }

    @Test
    void forceOnTheWorkingDirectoryIsRefusedEvenWhenMarked() throws Exception {
        Path work = workspace();
        // A marker (e.g. copied by hand) must not make the working directory replaceable.
        OutputMarker.write(work, "test", "0");
        CliRunner.Outcome outcome = cli(work, "run", "quickstart.yaml", "--out", ".", "--force", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("working directory"), outcome.err());
        assertUntouched(work);
    }

    @Test
    void forceOnAnEmptyNameIsRefused() throws Exception {
        Path work = workspace();
        CliRunner.Outcome outcome = cli(work, "run", "quickstart.yaml", "--out", "", "--force", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("--out: the directory name is empty"), outcome.err());
        assertUntouched(work);
    }

    @Test
    void forceOnADirectoryHoldingTheScenarioIsRefusedEvenWhenMarked() throws Exception {
        Path work = workspace();
        Path project = Files.createDirectories(work.resolve("project"));
        Path scenario = Files.copy(work.resolve("quickstart.yaml"), Files.createDirectories(
                project.resolve("scenarios")).resolve("mine.yaml"));
        OutputMarker.write(project, "test", "0");
        CliRunner.Outcome outcome = cli(work, "run", scenario.toString(), "--out", "project", "--force", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("holds the scenario file"), outcome.err());
        assertTrue(Files.isRegularFile(scenario));
        assertUntouched(work);
    }

    @Test
    void forceOnAnUnmarkedDirectoryIsRefused() throws Exception {
        Path work = workspace();
        Path mine = Files.createDirectories(work.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");
        CliRunner.Outcome outcome = cli(work, "run", "quickstart.yaml", "--out", "mine", "--force", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("was not written by cablesim"), outcome.err());
        assertEquals("years of work", Files.readString(mine.resolve("thesis.tex")));
        assertUntouched(work);
    }

    @Test
    void forceReplacesADirectoryCablesimWrote() throws IOException {
        Path out = temp.resolve("out");
        Path scenario = CliRunner.shippedScenario("quickstart.yaml");
        assertEquals(0, CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet").exitCode());
        assertTrue(OutputMarker.isMarked(out), "every output directory carries the marker");
        assertFalse(Files.readString(out.resolve(OutputMarker.FILE_NAME)).contains("pid="),
                "a finished directory depends only on its inputs");
        CliRunner.Outcome again = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode(), "an existing --out needs --force");
        CliRunner.Outcome forced = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet",
                "--force", "--seed", "7");
        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        assertEquals(List.of("out"), siblings(out), "no staging or old directory left beside the target");
    }

    @Test
    void staleMarkedPartialsOfTheTargetAreRemovedAndNothingElse() throws Exception {
        Path out = temp.resolve("out");
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        finished.waitFor();
        Path stale = Files.createDirectories(temp.resolve(".out.partial-" + finished.pid() + "-1"));
        Files.writeString(stale.resolve(OutputMarker.FILE_NAME), "cablesim output directory\npid="
                + finished.pid() + "\n");
        Files.writeString(stale.resolve("summary.json"), "{}");
        Path staleOld = Files.createDirectories(temp.resolve(".out.old-1"));
        Files.writeString(staleOld.resolve(OutputMarker.FILE_NAME), "cablesim output directory\n");
        Path unmarked = Files.createDirectories(temp.resolve(".out.partial-mine"));
        Path otherTarget = Files.createDirectories(temp.resolve(".other.partial-1"));
        Files.writeString(otherTarget.resolve(OutputMarker.FILE_NAME), "cablesim output directory\n");

        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertFalse(Files.exists(stale), "stale partial of the target removed");
        assertFalse(Files.exists(staleOld), "stale old copy of the target removed");
        assertTrue(Files.exists(unmarked), "a directory without the marker is not cablesim's");
        assertTrue(Files.exists(otherTarget), "partials of another target are left alone");
    }

    @Test
    void anUnwritableLocationFailsBeforeComputingWithOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path out = file.resolve("results");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--progress", "always");
        assertEquals(ExitCodes.INTERNAL_ERROR, outcome.exitCode(), outcome.err());
        List<String> errors = outcome.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errors.size(), outcome.err());
        assertTrue(errors.get(0).contains(file.toString()), errors.get(0));
        assertFalse(outcome.err().contains("\tat "), "no stack trace without --debug");
        assertFalse(outcome.err().contains("route and check"), "no plan was routed: " + outcome.err());
        assertTrue(CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(), "--out",
                out.toString(), "--debug").err().contains("\tat "), "--debug shows the stack trace");
    }

    @Test
    void outputDirectoriesAndFilesFollowTheUmask() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        // What this process's umask gives a directory and a file created the ordinary way.
        Path referenceDir = Files.createDirectory(temp.resolve("reference"));
        Path referenceFile = Files.createFile(temp.resolve("reference.txt"));
        assertEquals(Files.getPosixFilePermissions(referenceDir), Files.getPosixFilePermissions(out));
        assertEquals(Files.getPosixFilePermissions(referenceDir),
                Files.getPosixFilePermissions(out.resolve("plans").resolve("baseline")));
        assertEquals(Files.getPosixFilePermissions(referenceFile),
                Files.getPosixFilePermissions(out.resolve("summary.json")));
    }

    @Test
    void aKilledRunRemovesItsStagingDirectory() throws Exception {
        Path work = workspace();
        // Far more replications than the test waits for: the run is still computing when it is killed.
        String text = Files.readString(work.resolve("quickstart.yaml"))
                .replace("replications: 8", "replications: 100000").replace("horizonDays: 365", "horizonDays: 3650");
        Files.writeString(work.resolve("long.yaml"), text);
        Process process = CliProcess.start(work, temp.resolve("logs"), "run", "long.yaml", "--out", "out",
                "--no-work-limit", "--quiet");
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (partials(work).isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, partials(work).size(), "the staging directory exists while computing: "
                    + Files.readString(temp.resolve("logs").resolve("stderr.txt")));
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the run ends on SIGTERM");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(List.of(), partials(work), "the shutdown hook removed the staging directory");
        assertFalse(Files.exists(work.resolve("out")));
        assertUntouched(work);
    }

    private static List<Path> partials(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".out.partial-")).toList();
        }
    }

    private List<String> siblings(Path path) {
        try (Stream<Path> files = Files.list(path.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("out")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
