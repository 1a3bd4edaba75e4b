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
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run scenarios/mpo12-vs-mpo16.yaml}: the side-by-side table and summary.json part 2 against hand counts.
 *
 * <p>Fabric: 128 server racks of 4 servers × 8 DR4 NICs (32 MDIs per rack, all to the leaf rack at the end of its
 * row); 8 leaf racks of 8 leaves, each leaf with one 800G link to each of 32 spines in 4 spine racks of 8: 64 links
 * per leaf-rack/spine-rack pair, 32 such pairs.
 */
class PlanComparisonTest {
    @TempDir
    static Path temp;
    static CliRunner.Outcome outcome;
    static JsonNode summary;

    @BeforeAll
    static void run() throws IOException {
        Path out = temp.resolve("m");
        outcome = CliRunner.run("run", CliRunner.shippedScenario("mpo12-vs-mpo16.yaml").toString(), "--out",
                out.toString());
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String plan : new String[] {"mpo12-2xdr4", "mpo16-dr8", "mpo12-conv", "mpo12-xconnect"}) {
            for (String file : new String[] {"cable-schedule.csv", "links.csv", "bom.csv", "violations.csv",
                "plant.graphml"}) {
                assertTrue(Files.isRegularFile(out.resolve("plans").resolve(plan).resolve(file)), plan + "/" + file);
            }
        }
    }

    @Test
    void printsOneColumnPerPlanAndOneRowPerFigureWithItsUnit() {
        String text = outcome.out();
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Plant and cost") && l.contains("mpo12-2xdr4")
                && l.contains("mpo16-dr8") && l.contains("mpo12-conv") && l.contains("mpo12-xconnect")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(
                "Dark fibre \\(% of installed\\)\\s+38\\.2 %\\s+11\\.1 %\\s+11\\.1 %\\s+37\\.5 %")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("Cassettes \\(count\\)\\s+0\\s+4,608\\s+6,144\\s+0")), text);
        // the cross-connect plan's equipment cords all run along the spine row's tray from its patching rack: 7
        // segments over the 50 % fill limit (tray-fill; see pathway-fill.csv), no link broken
        assertTrue(text.lines().anyMatch(l -> l.matches("Design-check violations \\(count\\)\\s+0\\s+0\\s+0\\s+7")),
                text);
        assertTrue(text.contains("Total cost (USD)"), text);
        assertFalse(Pattern.compile("^[a-z]+[A-Z]\\w*\\s", Pattern.MULTILINE).matcher(text).find(),
                "no camelCase keys as row labels");
        List<String> lines = text.lines().toList();
        assertEquals("recommended: " + summary.at("/comparison/recommendation/plan").asText(),
                lines.get(lines.size() - 1), "the recommendation is the last line");
        assertTrue(text.contains("Decision\n  - " + summary.at("/comparison/recommendation/reasons/0").asText()
                .substring(0, 40)), text);
    }

    /*
     * Base-12, 12-leg MPO-12 trunks. Server–leaf: 32 MDIs per rack need 3 trunks (36 legs): 128 × 3 × 144 = 55,296
     * fibres. Leaf–spine 2×DR4: 64 links × 2 MDIs = 128 legs per pair need 11 trunks: 32 × 11 × 144 = 50,688.
     * Installed 105,984; lit (4,096 + 4,096) MDIs × 8 = 65,536; dark 40,448.
     */
    @Test
    void base12() {
        JsonNode p = plan("mpo12-2xdr4");
        assertEquals(105_984, p.at("/fibres/installed").asLong());
        assertEquals(65_536, p.at("/fibres/lit").asLong());
        assertEquals(40_448, p.at("/fibres/dark").asLong());
        assertEquals(Math.round(40_448.0 / 105_984 * 1e6) / 1e6, p.at("/fibres/darkFraction").asDouble(), 0);
        assertEquals(128 * 3 + 32 * 11, p.at("/cabling/trunks").asInt());
        assertEquals(2 * 8192, p.at("/cabling/cords").asInt());
        assertEquals(2, p.at("/cabling/matedPairsPerLink/max").asInt());
        assertEquals(0, p.at("/checks/violations").asInt());
        assertEquals(0, p.at("/checks/byKind/polarity").asInt());
    }

    /*
     * Base-16, 9-leg MPO-16 trunks. Server–leaf through 16→2×8 cassettes: 18 MDIs per trunk, 32 MDIs per rack need
     * 2 trunks: 128 × 2 × 144 = 36,864 fibres, with 9 legs / 1 rear port × 2 ends = 18 cassettes per trunk:
     * 256 × 18 = 4,608 cassettes. Leaf–spine native DR8 (one module per end): 64 links per pair need 8 trunks:
     * 32 × 8 × 144 = 36,864. Installed 73,728; lit 4,096 × 8 + 2,048 × 16 = 65,536; dark 8,192 = 11.1 %.
     * Mated pairs per link: 4,096 server–leaf links with 4, 2,048 leaf–spine with 2: mean 20,480 / 6,144 = 3.333333.
     */
    @Test
    void base16() {
        JsonNode p = plan("mpo16-dr8");
        assertEquals(73_728, p.at("/fibres/installed").asLong());
        assertEquals(65_536, p.at("/fibres/lit").asLong());
        assertEquals(8_192, p.at("/fibres/dark").asLong());
        assertEquals(0.111111, p.at("/fibres/darkFraction").asDouble(), 0);
        assertEquals(4_608, p.at("/cabling/cassettes").asInt());
        assertEquals(2, p.at("/cabling/matedPairsPerLink/min").asInt());
        assertEquals(3.333333, p.at("/cabling/matedPairsPerLink/mean").asDouble(), 0);
        assertEquals(4, p.at("/cabling/matedPairsPerLink/max").asInt());
        assertEquals(2 * 2_048, p.at("/cabling/transceivers/800GBASE-DR8").asInt());
        assertEquals(0, p.at("/checks/violations").asInt());
    }

    /*
     * Base-12 with 2×12→3×8 conversion: 18 MDIs per 144-fibre trunk. Server–leaf 32 MDIs per rack: 2 trunks →
     * 36,864 fibres; leaf–spine 128 MDIs per pair: 8 trunks → 36,864. Installed 73,728, lit 65,536. Every channel
     * has 4 mated pairs.
     */
    @Test
    void base12WithConversion() {
        JsonNode p = plan("mpo12-conv");
        assertEquals(73_728, p.at("/fibres/installed").asLong());
        assertEquals(65_536, p.at("/fibres/lit").asLong());
        assertEquals(4, p.at("/cabling/matedPairsPerLink/min").asInt());
        assertEquals(4, p.at("/cabling/matedPairsPerLink/max").asInt());
        assertEquals(0, p.at("/checks/violations").asInt());
        assertTrue(p.at("/cost/byCategory/cassettes").asDouble() > 0);
        double sum = 0;
        for (JsonNode c : p.at("/cost/byCategory")) {
            sum += c.asDouble();
        }
        assertEquals(p.at("/cost/total").asDouble(), sum, 0.05);
    }

    private static JsonNode plan(String name) {
        for (JsonNode p : summary.get("plans")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no plan " + name);
    }
}
