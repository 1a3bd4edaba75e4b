package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cablesim search}: result files, the front written out as scenarios that run, and bad input. */
class SearchCommandTest {
    @TempDir
    Path temp;

    @Test
    void searchWritesItsFilesAndEveryFrontPlanAsARunnableScenario() throws Exception {
        Path out = temp.resolve("search");
        CliRunner.Outcome outcome = CliRunner.run("search", CliRunner.testScenario("search/small-search.yaml")
                .toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("search.json").toFile());
        String recommended = json.get("recommended").asText();
        assertTrue(outcome.out().strip().endsWith("recommended: " + recommended), outcome.out());
        List<String> csv = Files.readAllLines(out.resolve("search.csv"));
        assertEquals(1 + 24, csv.size());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("id=\"front-chart\"") && report.contains(recommended), "the front is drawn");
        List<Path> files;
        try (Stream<Path> list = Files.list(out.resolve("front"))) {
            files = list.sorted().toList();
        }
        assertEquals(json.get("front").size(), files.size());
        for (Path f : files) {
            LoadedScenario front = ScenarioLoader.load(f);
            String name = f.getFileName().toString().replace(".yaml", "");
            assertEquals(List.of(name), front.scenario().plans().stream().map(p -> p.name()).toList());
        }
        Path one = out.resolve("front").resolve(recommended + ".yaml");
        CliRunner.Outcome run = CliRunner.run("run", one.toString(), "--out", temp.resolve("run").toString(),
                "--quiet", "--no-plan-files");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode summary = new ObjectMapper().readTree(temp.resolve("run/summary.json").toFile());
        JsonNode candidate = null;
        for (JsonNode c : json.get("candidates")) {
            if (c.get("name").asText().equals(recommended)) {
                candidate = c;
            }
        }
        assertEquals(candidate.get("costUsd").asDouble(), summary.at("/plans/0/cost/total").asDouble(),
                "the written plan costs what the search found");
    }

    @Test
    void aScenarioWithoutSearchIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("search", CliRunner.testScenario("designs/lhs.yaml").toString(),
                "--out", temp.resolve("x").toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("has no search section"), outcome.err());
    }

    @Test
    void anUnknownEngineIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("search", CliRunner.testScenario("search/small-search.yaml")
                .toString(), "--out", temp.resolve("y").toString(), "--engine", "spark");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("cablesim-spark"), outcome.err());
    }

    /* mustCarry names a PMD by id or alias (1.6T-DR8 is 1.6TBASE-DR8): only the DR8 variants can carry it. */
    @Test
    void mustCarryTakesAnAliasAndRefusesAnUnknownPmd() throws Exception {
        String text = Files.readString(CliRunner.testScenario("search/small-search.yaml"));
        Path alias = temp.resolve("alias.yaml");
        Files.writeString(alias, text.replace("maxCostUsd: 2000000", "maxCostUsd: 2000000\n    mustCarry: [1.6T-DR8]"));
        Path out = temp.resolve("alias");
        CliRunner.Outcome outcome = CliRunner.run("search", alias.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("search.json").toFile());
        int refused = 0;
        for (JsonNode c : json.get("candidates")) {
            String excluded = c.path("excluded").asText("");
            if (excluded.contains("mustCarry")) {
                refused++;
                assertTrue(excluded.contains("cannot carry 1.6TBASE-DR8"), excluded);
            }
        }
        // 2 x DR4 on MPO-12 in the interconnect and the cross-connect, 2 grades x 2 placements (direct is invalid).
        assertEquals(8, refused, json.get("candidates").toString());
        assertTrue(json.get("front").size() > 0);

        Path unknown = temp.resolve("unknown.yaml");
        Files.writeString(unknown, text.replace("maxCostUsd: 2000000", "maxCostUsd: 2000000\n    mustCarry: [9T-XR]"));
        CliRunner.Outcome bad = CliRunner.run("search", unknown.toString(), "--out", temp.resolve("u").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("search.constraints.mustCarry[0]") && bad.err().contains("9T-XR"), bad.err());
    }
}
