package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interrupted study resumes where it stopped and writes the same bytes as an uninterrupted one: a separate JVM
 * runs a 12-point grid and is killed (SIGKILL) once the journal holds 3 finished points; {@code run --resume}
 * then runs only the rest.
 */
class ResumeTest {
    private static final int POINTS = 12;

    @TempDir
    Path temp;

    @Test
    void aKilledStudyResumesToTheSameFiles() throws Exception {
        Path scenario = CliRunner.testScenario("designs/resume-grid.yaml");
        Path whole = temp.resolve("whole");
        CliRunner.Outcome uninterrupted = CliRunner.run("run", scenario.toString(), "--out", whole.toString(),
                "--quiet", "--threads", "1");
        assertEquals(ExitCodes.OK, uninterrupted.exitCode(), uninterrupted.err());

        Path resumed = temp.resolve("resumed");
        Path journal = temp.resolve(".resumed.points.jsonl");
        Process process = CliProcess.start(temp, temp.resolve("logs"), "run", scenario.toString(), "--out",
                resumed.toString(), "--quiet", "--threads", "1");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int done = 0;
        while (process.isAlive() && System.nanoTime() < deadline) {
            done = finishedPoints(journal);
            if (done >= 3) {
                process.destroyForcibly();
                break;
            }
            Thread.sleep(2);
        }
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        assertTrue(done >= 3 && done < POINTS, "killed after 3 of " + POINTS + " points, journal had " + done
                + "; " + Files.readString(temp.resolve("logs/stderr.txt")));
        assertFalse(Files.exists(resumed), "a killed run leaves no results directory");

        CliRunner.Outcome resume = CliRunner.run("run", scenario.toString(), "--out", resumed.toString(),
                "--threads", "1", "--resume", "--progress", "never");
        assertEquals(ExitCodes.OK, resume.exitCode(), resume.err());
        int kept = finishedOnResume(resume.err());
        assertTrue(kept >= 3 && kept < POINTS, resume.err());
        assertFalse(Files.exists(journal), "the journal is removed once the results are in place");
        assertSameFiles(whole, resumed);
    }

    private static int finishedPoints(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text = Files.readString(journal, StandardCharsets.UTF_8);
        return (int) Math.max(0, text.chars().filter(c -> c == '\n').count() - 1);
    }

    private static int finishedOnResume(String err) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--resume: (\\d+) point\\(s\\) already done")
                .matcher(err);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(expected)) {
            files = walk.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(actual)) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(actual::relativize).sorted().toList());
        }
        assertTrue(files.contains(Path.of("sweep.csv")), files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f.toString());
        }
    }
}
