package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README says what the tool does: its examples run as written and its command list is complete. */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");

    @TempDir
    Path temp;

    /** The first fenced block of {@code language} after the line {@code heading}. */
    static String block(String heading, String language) throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int at = text.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "README has no heading '" + heading + "'");
        int start = text.indexOf("```" + language + "\n", at);
        assertTrue(start >= 0, "no ```" + language + " block after " + heading);
        start += 4 + language.length();
        return text.substring(start, text.indexOf("```\n", start));
    }

    @Test
    void theExampleScenarioValidatesAsWritten() throws IOException {
        Path example = Files.writeString(temp.resolve("example.yaml"), block("#### Example", "yaml"));
        CliRunner.Outcome outcome = CliRunner.run("validate", example.toString());
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
    }

    @Test
    void theEmbeddingExampleIsTheSourceTheBuildCompilesAndRuns() throws IOException {
        Path source = Path.of("src", "it", "embedding", "src", "main", "java", "example", "Embedding.java");
        assertEquals(Files.readString(source, StandardCharsets.UTF_8),
                block("## Using cablesim as a library", "java"));
    }

    @Test
    void theCommandsSectionNamesEveryCommandAndTheEnvironment() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        for (String command : new CommandLine(new Main()).getSubcommands().keySet()) {
            if (!command.equals("help")) {
                assertTrue(text.contains("| `./cablesim " + command), "README commands lack " + command);
            }
        }
        for (String needed : new String[] {"CABLESIM_JAVA_OPTS", "CABLESIM_PROGRESS", "| 3 | `run` only",
            "--no-work-limit", "--progress", "### Memory"}) {
            assertTrue(text.contains(needed), "README lacks " + needed);
        }
    }
}
