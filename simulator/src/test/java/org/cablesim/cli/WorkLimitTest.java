package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios whose estimated work or memory exceeds the machine are refused up front, with the estimate and the
 * limit, before any fabric is generated or anything is computed or written; {@code --no-work-limit} lifts it.
 */
class WorkLimitTest {
    @TempDir
    Path temp;

    private Path quickstartWith(String from, String to) throws IOException {
        String text = Files.readString(CliRunner.shippedScenario("quickstart.yaml"));
        assertTrue(text.contains(from), from);
        return Files.writeString(temp.resolve("absurd-" + Math.abs(to.hashCode()) + ".yaml"), text.replace(from, to));
    }

    @Test
    void aTrillionTrialsAreRefusedBeforeComputing() throws IOException {
        Path scenario = quickstartWith("trials: 50000", "trials: 1000000000000");
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString(),
                "--progress", "always");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("montecarlo.trials: the study would run for about"), outcome.err());
        assertTrue(outcome.err().contains("over the limit of 4 hours"), outcome.err());
        assertTrue(outcome.err().contains("--no-work-limit"), outcome.err());
        // Nothing was computed: no plan stage started, and nothing was written.
        assertFalse(outcome.err().contains("route and check"), outcome.err());
        assertFalse(Files.exists(out));
        try (var left = Files.list(temp)) {
            assertEquals(1, left.count(), "only the scenario file is in the directory");
        }
    }

    @Test
    void centuriesOfReplicationsAreRefusedAtTheLifecycle() throws IOException {
        // 16 scalable units (8,192 links) × 100,000 replications × 100 years: about 7 hours on 2 threads.
        Path scenario = quickstartWith("replications: 8\n  horizonDays: 365", "replications: 100000\n  horizonDays: 36500");
        Files.writeString(scenario, Files.readString(scenario).replace("servers: 32\n", "servers: 512\n"));
        CliRunner.Outcome outcome = CliRunner.run("validate", scenario.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("lifecycle.replications: the study would run for about"), outcome.err());
    }

    @Test
    void aMillionServerFabricIsRefusedForMemoryWithoutGeneratingIt() throws IOException {
        // 1,000,000 servers × 8 NICs: the generator alone would allocate gigabytes; the estimate is arithmetic.
        Path scenario = quickstartWith("servers: 32\n", "servers: 1000000\n");
        String text = Files.readString(scenario).replace("switchRadix: 64", "switchRadix: 1024")
                .replace("serversPerUnit: 32", "serversPerUnit: 500")
                .replace("    - name: leaf-spine\n      pmd: 400GBASE-DR4",
                        "    - name: leaf-spine\n      pmd: 400GBASE-DR4\n    - name: spine-core\n      pmd: 400GBASE-DR4");
        Files.writeString(scenario, text);
        CliRunner.Outcome outcome = CliRunner.run("validate", scenario.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("cluster.servers: the study needs about"), outcome.err());
        assertTrue(outcome.err().contains("CABLESIM_JAVA_OPTS=-Xmx"), outcome.err());
    }

    @Test
    void aSweepPointOverTheLimitIsReportedAtItsValue() throws IOException {
        Path scenario = quickstartWith("lifecycle:\n", "study:\n  sweeps:\n    - parameter: montecarlo.trials\n"
                + "      values: [1000, 1000000000000]\nlifecycle:\n");
        CliRunner.Outcome outcome = CliRunner.run("validate", scenario.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("study.sweeps[0].values[1]: with montecarlo.trials = 1000000000000: "
                + "montecarlo.trials: the study would run"), outcome.err());
    }

    @Test
    void noWorkLimitLetsValidatePassAndValidatePrintsTheEstimate() throws IOException {
        Path scenario = quickstartWith("trials: 50000", "trials: 1000000000000");
        CliRunner.Outcome outcome = CliRunner.run("validate", scenario.toString(), "--no-work-limit");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("estimated run: about"), outcome.out());
        CliRunner.Outcome normal = CliRunner.run("validate", CliRunner.shippedScenario("quickstart.yaml").toString());
        assertEquals(ExitCodes.OK, normal.exitCode(), normal.err());
        assertTrue(normal.out().contains("estimated run: about"), normal.out());
    }
}
