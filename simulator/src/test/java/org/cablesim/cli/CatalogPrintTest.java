package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.catalog.Catalog;
import org.cablesim.io.CatalogReader;
import org.cablesim.io.CatalogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cablesim catalog} through the real entry point in a separate JVM (the defect was in {@code main}: printed
 * text over 16 KiB was cut at exit because it was never flushed).
 */
class CatalogPrintTest {
    @TempDir
    Path dir;

    @Test
    void yamlPrintsWholeAndRoundTrips() throws Exception {
        String yaml = runMain("catalog", "--yaml");
        Catalog builtIn = CatalogReader.builtIn();
        assertEquals(CatalogWriter.toYaml(builtIn), yaml, "the printed catalog is the whole effective catalog");
        assertTrue(yaml.length() > 16_384, "the built-in catalog is larger than the buffer that used to cut it");
        Path file = dir.resolve("f.yaml");
        Files.writeString(file, yaml);
        String again = runMain("catalog", "--file", file.toString(), "--yaml");
        assertEquals(yaml, again, "catalog --yaml > f.yaml && catalog --file f.yaml --yaml round-trips");
    }

    @Test
    void tablesPrintTheWholePriceBook() throws Exception {
        String tables = runMain("catalog");
        int priceBook = tables.indexOf("Price book");
        assertTrue(priceBook >= 0);
        for (String id : CatalogReader.builtIn().priceIds()) {
            assertTrue(tables.indexOf(id, priceBook) > 0, "price " + id + " is printed");
        }
    }

    private static String runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), "exit code of cablesim " + String.join(" ", args));
        return new String(out, StandardCharsets.UTF_8);
    }
}
