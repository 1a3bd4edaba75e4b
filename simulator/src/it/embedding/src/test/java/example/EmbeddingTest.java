package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding example on the quickstart scenario and checks what it prints. */
class EmbeddingTest {
    @Test
    void theExampleRunsAStudyAndReadsItsResult() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Embedding.main(new String[] {System.getProperty("scenario")});
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        // quickstart: one plan, 32 servers x 8 NICs + 256 leaf-spine links, all cabled, no violations.
        assertTrue(printed.startsWith("baseline: 512 links cabled, 0 violations, BOM USD "), printed);
        assertTrue(printed.endsWith("recommended: baseline" + System.lineSeparator()), printed);
    }
}
