package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter sweeps of the {@code study} section, through the real command. */
class SweepTest {
    @TempDir
    Path temp;

    @Test
    void rackPitchSweepReportsEveryValueAndLongerRacksCostMore() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.testScenario("sweeps/rack-pitch.yaml").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode sweep = summary.at("/sweeps/0");
        assertEquals("floor.rackPitchM", sweep.get("parameter").asText());
        assertEquals("[\"0.6\",\"1.2\",\"2.4\"]", sweep.get("values").toString());
        JsonNode cost = sweep.at("/plans/structured/costUsd");
        assertEquals(3, cost.size());
        // Wider rack pitch ⇒ longer server–leaf and leaf–spine runs ⇒ the same or longer stock lengths.
        assertTrue(cost.get(0).asDouble() <= cost.get(1).asDouble(), cost.toString());
        assertTrue(cost.get(1).asDouble() <= cost.get(2).asDouble(), cost.toString());
        assertTrue(cost.get(0).asDouble() < cost.get(2).asDouble(), cost.toString());
        // The run at the scenario's own value (0.6 m) is the first sweep point, at the same seed.
        assertEquals(summary.at("/plans/0/cost/total").asDouble(), cost.get(0).asDouble());
        assertTrue(summary.get("scenarioText").asText().contains("floor.rackPitchM"));
    }

    /* The printed sweep table and sweep.csv hold the summary's sweep: value × plan × metric with its interval. */
    @Test
    void sweepTableAndCsvShowEveryValueWithItsInterval() throws IOException {
        Path out = temp.resolve("table");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.testScenario("sweeps/rack-pitch.yaml").toString(),
                "--out", out.toString(), "--no-plan-files");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode sweep = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/sweeps/0");
        List<String> lines = outcome.out().lines().toList();
        int at = lines.indexOf("Total cost (USD) by floor.rackPitchM  structured");
        assertTrue(at > 0, outcome.out());
        String[] values = {"0.6", "1.2", "2.4"};
        for (int i = 0; i < 3; i++) {
            String usd = String.format(java.util.Locale.ROOT, "$%,.0f", sweep.at("/plans/structured/costUsd").get(i).asDouble());
            assertTrue(lines.get(at + 2 + i).matches(java.util.regex.Pattern.quote(values[i]) + "\\s+"
                    + java.util.regex.Pattern.quote(usd)), lines.get(at + 2 + i));
        }
        int availability = lines.indexOf("Link availability (%) by floor.rackPitchM                structured");
        assertTrue(availability > at, outcome.out());
        assertTrue(lines.get(availability + 3).trim().matches("\\[99\\.\\d+ %, 99\\.\\d+ %\\]"),
                "the interval under the value: " + lines.get(availability + 3));
        assertEquals(List.of("structured", "structured", "structured"),
                List.of(sweep.at("/recommended/0").asText(), sweep.at("/recommended/1").asText(),
                        sweep.at("/recommended/2").asText()));

        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("parameter,parameterValue,plan,metric,value,ci95Low,ci95High", csv.get(0));
        JsonNode a = sweep.at("/plans/structured/availability");
        String row = csv.stream().filter(l -> l.startsWith("floor.rackPitchM,1.2,structured,availability,"))
                .findFirst().orElseThrow();
        assertEquals("floor.rackPitchM,1.2,structured,availability," + a.get(1).asText() + ","
                + sweep.at("/ci95Low/structured/availability/1").asText() + ","
                + sweep.at("/ci95High/structured/availability/1").asText(), row);
        long metrics = sweep.at("/plans/structured").size();
        assertEquals(1 + 3 * metrics, csv.size(), "one row per value × plan × metric");
    }

    @Test
    void aValueThatBreaksTheScenarioIsReportedAtItsIndex() {
        assertRejected("sweeps/bad-value.yaml", "study.sweeps[0].values[1]: with floor.rackPitchM = 0: floor.rackPitchM:");
    }

    @Test
    void aMalformedParameterIsReported() {
        assertRejected("sweeps/bad-parameter.yaml", "study.sweeps[0].parameter: not a field path:");
    }

    @Test
    void aValueOfTheWrongShapeIsReported() {
        assertRejected("sweeps/infeasible-value.yaml", "study.sweeps[0].values[0]: with fabric.tiers = oops: fabric.tiers:");
    }

    @Test
    void onlyRunsOnePlanAndRejectsUnknownOnes() throws IOException {
        Path scenario = CliRunner.shippedScenario("mpo12-vs-mpo16.yaml");
        Path out = temp.resolve("only");
        CliRunner.Outcome unknown = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--only", "nope");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("--only: unknown plan 'nope'"), unknown.err());
        assertFalse(Files.exists(out));
        JsonNode plans = new ObjectMapper().readTree(Files.readString(scenarioPlansProbe(scenario, out)));
        assertEquals(1, plans.size());
        assertEquals("mpo16-dr8", plans.get(0).get("name").asText());
    }

    private Path scenarioPlansProbe(Path scenario, Path out) throws IOException {
        CliRunner.Outcome outcome = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--only",
                "mpo16-dr8", "--quiet");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        Path plans = temp.resolve("plans.json");
        Files.writeString(plans, new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("plans").toString());
        return plans;
    }

    private void assertRejected(String file, String expected) {
        Path out = temp.resolve("rejected");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.testScenario(file).toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains(expected), outcome.err());
        assertFalse(Files.exists(out));
    }

    /**
     * The shipped grade sweep: from grade B to MPO standard, P(link fails) never falls while the cost strictly falls
     * (every plan): better connectors cost more (the catalog's per-mated-pair grade premiums, $40, $25, $10, $0),
     * so the sweep shows cost rising as P(fail) falls.
     */
    @Test
    void gradeSweepFailureProbabilityRisesWithTheLossClass() throws IOException {
        Path out = temp.resolve("grades");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("grade-sweep.yaml").toString(),
                "--out", out.toString(), "--quiet", "--no-plan-files");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode sweep = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/sweeps/0");
        assertEquals("[\"grade-B\",\"mpo-low-loss\",\"grade-C\",\"mpo-standard\"]", sweep.get("values").toString());
        int plans = 0;
        for (JsonNode plan : sweep.get("plans")) {
            JsonNode p = plan.get("linkFailureProbability");
            assertEquals(4, p.size());
            for (int i = 1; i < p.size(); i++) {
                assertTrue(p.get(i).asDouble() >= p.get(i - 1).asDouble(), sweep.toString());
            }
            assertTrue(p.get(3).asDouble() > p.get(0).asDouble(), "MPO standard fails more often than grade B");
            JsonNode cost = plan.get("costUsd");
            for (int i = 1; i < cost.size(); i++) {
                assertTrue(cost.get(i).asDouble() < cost.get(i - 1).asDouble(), sweep.toString());
            }
            plans++;
        }
        assertEquals(3, plans);
    }
}
