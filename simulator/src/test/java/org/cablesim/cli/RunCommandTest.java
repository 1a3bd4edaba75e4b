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
        // DGX SuperPOD 4 SU (NVIDIA DGX SuperPOD reference architecture): 1,024 GPUs, 32 leaves, 16 spines, 1,024 cables per tier.
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

    @Test
    void comparisonHasOneRowPerPlanAgainstTheBaseline() throws IOException {
        Path out = temp.resolve("cmp");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("mpo12-vs-mpo16.yaml").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode comparison = summary.get("comparison");
        assertEquals(summary.at("/plans/0/name").asText(), comparison.get("baseline").asText());
        assertEquals(summary.get("plans").size(), comparison.get("rows").size());
        for (int i = 0; i < summary.get("plans").size(); i++) {
            JsonNode plan = summary.get("plans").get(i);
            JsonNode row = comparison.get("rows").get(i);
            assertEquals(plan.get("name").asText(), row.get("plan").asText());
            assertEquals(plan.at("/cost/total").asDouble(), row.at("/metrics/costUsd").asDouble());
            assertEquals(plan.at("/fibres/dark").asLong(), row.at("/metrics/fibresDark").asLong());
        }
        java.util.List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(1 + summary.get("plans").size(), csv.size());
        assertTrue(csv.get(0).startsWith("plan,fibresInstalled,fibresLit,fibresDark,darkFraction,"), csv.get(0));
        assertTrue(csv.get(1).startsWith(summary.at("/plans/0/name").asText() + ","), csv.get(1));
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
    }

    /* run --format json prints summary.json's content: the same records, not tables. */
    @Test
    void formatJsonPrintsTheSummaryInsteadOfTables() throws IOException {
        Path out = temp.resolve("json");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--no-plan-files", "--format", "json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertEquals(Files.readString(out.resolve("summary.json")), outcome.out());
        JsonNode printed = new ObjectMapper().readTree(outcome.out());
        assertEquals("baseline", printed.at("/comparison/recommendation/plan").asText());
    }

    @Test
    void noPlanFilesWritesOnlyTheStudyFiles() throws IOException {
        Path out = temp.resolve("lean");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--out", out.toString(), "--quiet", "--no-plan-files");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        try (var files = Files.list(out)) {
            assertEquals(java.util.Set.of("summary.json", "report.html", "comparison.csv", OutputMarker.FILE_NAME),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
