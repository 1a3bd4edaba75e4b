package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The bench commands' output contract (not their speed: speed is never asserted in tests). */
class BenchCommandTest {
    @Test
    void kernelJsonHasEventsPerSecond() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("bench", "kernel", "--pending", "100", "--events", "20000", "--json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertEquals(100, json.get("pending").asInt());
        assertEquals(20000, json.get("events").asLong());
        assertTrue(json.get("eventsPerSecond").asDouble() > 0);
    }

    @Test
    void badArgumentNamesTheOptionAndTheCommand() {
        CliRunner.Outcome outcome = CliRunner.run("bench", "kernel", "--pending", "0");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("--pending: must be >= 1"), outcome.err());
        assertTrue(outcome.err().contains("cablesim bench kernel --help"), outcome.err());
    }

    @Test
    void monteCarloJsonHasTheContractFields() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("bench", "montecarlo", "--links", "4", "--trials", "2000",
                "--threads", "2", "--json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertEquals(2, json.get("threads").asInt());
        assertEquals(4L * 2000 * 4 * 8, json.get("samples").asLong());
        assertTrue(json.get("samplesPerSecond").asDouble() > 0);
        double failFraction = json.get("failFraction").asDouble();
        assertTrue(failFraction >= 0 && failFraction <= 1, "failFraction " + failFraction);
    }

    @Test
    void plantJsonCountsTheRoutedPlant() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("bench", "plant", "--gpus", "1024", "--json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertTrue(json.get("gpus").asLong() >= 1024);
        assertTrue(json.get("channels").asInt() >= json.get("links").asInt());
        assertEquals(0, json.get("violations").asInt());
        assertTrue(json.get("plantSeconds").asDouble() > 0);
    }

    @Test
    void lifecycleJsonHasEventsPerSecond() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("bench", "lifecycle", "--gpus", "1024", "--years", "0.5", "--json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertTrue(json.get("events").asLong() > 0);
        assertTrue(json.get("eventsPerSecond").asDouble() > 0);
    }

    @Test
    void lossJsonCountsClassesAndMethods() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("bench", "loss", "--gpus", "1024", "--threads", "2", "--json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertTrue(json.get("classes").asInt() >= 1);
        int byMethod = 0;
        for (JsonNode count : json.get("classesByMethod")) {
            byMethod += count.asInt();
        }
        assertEquals(json.get("classes").asInt(), byMethod);
        assertTrue(json.get("lossSeconds").asDouble() > 0);
    }
}
