package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cablesim.io.ScenarioSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cablesim schema} prints the generated schema, writes it with --out and never replaces without --force. */
class SchemaCommandTest {
    @TempDir
    Path temp;

    @Test
    void printsTheGeneratedSchema() {
        CliRunner.Outcome outcome = CliRunner.run("schema");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertEquals(ScenarioSchema.json(), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void writesTheSchemaToANewFile() throws IOException {
        Path file = temp.resolve("scenario.schema.json");
        CliRunner.Outcome outcome = CliRunner.run("schema", "--out", file.toString());
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertEquals(ScenarioSchema.json(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void refusesToReplaceAFileWithoutForce() throws IOException {
        Path file = temp.resolve("scenario.schema.json");
        Files.writeString(file, "keep me");
        CliRunner.Outcome outcome = CliRunner.run("schema", "--out", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("--force"), outcome.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void replacesAFileWithForce() throws IOException {
        Path file = temp.resolve("scenario.schema.json");
        Files.writeString(file, "old");
        CliRunner.Outcome outcome = CliRunner.run("schema", "--out", file.toString(), "--force");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        assertEquals(ScenarioSchema.json(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void refusesADirectoryEvenWithForce() {
        CliRunner.Outcome outcome = CliRunner.run("schema", "--out", temp.toString(), "--force");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("is a directory"), outcome.err());
    }
}
