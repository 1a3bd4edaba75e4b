package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed scenario, through the real command: exit code 2, the field's path in the message, and no
 * output directory created (nor any hidden staging directory left beside it).
 */
class BadInputTest {
    @TempDir
    Path temp;

    static Stream<Arguments> malformedScenarios() {
        return Stream.concat(
                org.cablesim.io.InvalidScenarioTest.cases().map(a -> Arguments.of("invalid/" + a.get()[0], a.get()[1])),
                Stream.of(
                        Arguments.of("infeasible/core-tier-missing.yaml", "fabric.tiers"),
                        Arguments.of("infeasible/too-big-for-three-tiers.yaml", "cluster.servers"),
                        Arguments.of("infeasible/servers-per-leaf-too-many.yaml", "fabric.serversPerLeaf"),
                        Arguments.of("infeasible/unmodellable-loss-class.yaml", "catalog"),
                        Arguments.of("infeasible/plan-inner-mpo8.yaml", "plans[0].tiers.server-leaf")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("malformedScenarios")
    void runRejectsWithPathAndWritesNothing(String file, String path) throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.testScenario(file).toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("\n  " + path + ": "), outcome.err());
        assertFalse(Files.exists(out), "no output directory may be created");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count(), "nothing may be left beside the output directory");
        }
        assertEquals("", outcome.out());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("malformedScenarios")
    void validateRejectsWithTheSamePath(String file, String path) {
        CliRunner.Outcome outcome = CliRunner.run("validate", CliRunner.testScenario(file).toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("\n  " + path + ": "), outcome.err());
    }

    @Test
    void allProblemsAreListedTogether() {
        CliRunner.Outcome outcome = CliRunner.run("validate", CliRunner.testScenario("invalid/malformed.yaml").toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().startsWith("error: "), outcome.err());
    }

    @Test
    void missingFileIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("run", temp.resolve("nope.yaml").toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("nope.yaml' does not exist"), outcome.err());
    }

    @Test
    void unknownOptionIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("run", "--colour", "red");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("--colour"), outcome.err());
    }

    @Test
    void nonNumericSeedIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--seed", "abc", "--out", temp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("--seed"), outcome.err());
        assertFalse(Files.exists(temp.resolve("o")));
    }

    @Test
    void zeroThreadsIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--threads", "0", "--out", temp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("--threads"), outcome.err());
        assertFalse(Files.exists(temp.resolve("o")));
    }

    @Test
    void existingOutIsNeverOverwrittenWithoutForce() throws IOException {
        Path out = Files.createDirectories(temp.resolve("mine"));
        Path precious = Files.writeString(out.resolve("notes.txt"), "keep me");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("--force"), outcome.err());
        assertEquals("keep me", Files.readString(precious));
    }

    @Test
    void forceReplacesAnExistingOutThatCablesimWrote() throws IOException {
        Path out = temp.resolve("mine");
        assertEquals(ExitCodes.OK, CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--quiet").exitCode());
        Files.writeString(out.resolve("notes.txt"), "old");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--force", "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertFalse(Files.exists(out.resolve("notes.txt")));
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void noCommandIsBadInput() {
        assertEquals(ExitCodes.BAD_INPUT, CliRunner.run().exitCode());
    }
}
