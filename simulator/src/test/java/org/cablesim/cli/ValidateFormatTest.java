package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code validate --format json}: problems as {path, message} objects on stdout, exit codes as in text form. */
class ValidateFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidScenarioGivesItsSizeAndEstimate() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("validate", CliRunner.shippedScenario("superpod-4su.yaml").toString(),
                "--format", "json");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode root = JSON.readTree(outcome.out());
        assertTrue(root.get("valid").asBoolean());
        assertEquals(0, root.get("problems").size());
        assertEquals(1024, root.get("gpus").asLong());
        assertEquals(2048, root.get("links").asInt());
        assertTrue(root.at("/estimate/wallSeconds").asDouble() > 0);
        assertEquals("", outcome.err());
    }

    @Test
    void problemsArePathAndMessage() throws Exception {
        Path bad = CliRunner.testScenario("infeasible/servers-per-leaf-too-many.yaml");
        CliRunner.Outcome outcome = CliRunner.run("validate", bad.toString(), "--format", "json");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        JsonNode root = JSON.readTree(outcome.out());
        assertFalse(root.get("valid").asBoolean());
        assertEquals("fabric.serversPerLeaf", root.at("/problems/0/path").asText());
        assertFalse(root.at("/problems/0/message").asText().isBlank());
    }

    @Test
    void aMissingFileIsAProblemOfTheFileArgument() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("validate", "no-such-file.yaml", "--format", "json");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertEquals("FILE", JSON.readTree(outcome.out()).at("/problems/0/path").asText());
    }
}
