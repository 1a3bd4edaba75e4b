package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cablesim run} end to end: the output contract, reproducibility and output-directory rules. */
class RunCommandTest {
    @TempDir
    Path temp;

    @Test
    void summaryFollowsTheContractForTheSuperPod() throws IOException {
        Path out = temp.resolve("sp");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("superpod-4su.yaml").toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("schemaVersion").asInt());
        assertEquals("superpod-4su", summary.get("scenario").asText());
        assertEquals(4, summary.get("seed").asLong());
        assertEquals(64, summary.at("/provenance/scenarioSha256").asText().length());
        JsonNode fabric = summary.at("/plans/0/fabric");
        // DGX SuperPOD 4 SU (DOMAIN.md §6): 1,024 GPUs, 32 leaves, 16 spines, 1,024 cables per tier.
        assertEquals(1024, fabric.get("gpus").asInt());
        assertEquals(128, fabric.get("servers").asInt());
        assertEquals(32, fabric.at("/switches/leaf").asInt());
        assertEquals(16, fabric.at("/switches/spine").asInt());
        assertEquals(0, fabric.at("/switches/core").asInt());
        assertEquals(1024, fabric.at("/links/server-leaf").asInt());
        assertEquals(1024, fabric.at("/links/leaf-spine").asInt());
        assertTrue(outcome.out().contains("superpod-4su"), outcome.out());
    }

    @Test
    void sameSeedGivesByteIdenticalSummaryForAnyThreadCount() throws IOException {
        Path scenario = CliRunner.shippedScenario("quickstart.yaml");
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertEquals(0, CliRunner.run("run", scenario.toString(), "--out", one.toString(), "--threads", "1").exitCode());
        assertEquals(0, CliRunner.run("run", scenario.toString(), "--out", two.toString(), "--threads", "2").exitCode());
        assertArrayEquals(Files.readAllBytes(one.resolve("summary.json")), Files.readAllBytes(two.resolve("summary.json")));
    }

    @Test
    void seedOptionOverridesTheScenarioSeed() throws IOException {
        Path out = temp.resolve("seeded");
        assertEquals(0, CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--seed", "99").exitCode());
        assertEquals(99, new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("seed").asLong());
    }

    @Test
    void defaultOutputDirectoryTakesTheNextFreeName() {
        OutputDirectory first = OutputDirectory.choose(null, false, temp, "quick");
        assertEquals(temp.resolve("quick"), first.target());
        assertTrue(temp.resolve("quick").toFile().mkdirs());
        assertEquals(temp.resolve("quick-2"), OutputDirectory.choose(null, false, temp, "quick").target());
        assertTrue(temp.resolve("quick-2").toFile().mkdirs());
        assertEquals(temp.resolve("quick-3"), OutputDirectory.choose(null, false, temp, "quick").target());
    }
}
