package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-parameter study designs (grids, Latin hypercubes) through the real command. */
class DesignStudyTest {
    private static final String PRICE = "catalog.overrides[\"prices.transceiver:400GBASE-DR4.priceUsd\"]";
    private static final String GRADE = "plans[*].tiers[*].lossClasses.adapter";

    @TempDir
    Path temp;

    /*
     * 2 x 2 grid, 2 plans: sweep.csv has one row per point x plan x metric; the transceiver price moves each plan's
     * cost by 512 DR4 modules x the price step (16 servers x 8 NICs = 128 server-leaf links, 128 leaf-spine links,
     * a module at both ends), and grade B adds its premium ($40 per mated pair over standard parts) on every mated
     * pair between the MDIs: 256 channels x 2 pairs in the interconnect, x 4 in the cross-connect.
     */
    @Test
    void gridRowsAndCostsFollowByHand() throws IOException {
        Path out = temp.resolve("grid");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.testScenario("designs/grid-prices.yaml").toString(),
                "--out", out.toString(), "--quiet", "--no-plan-files");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        String parameter = "\"" + (PRICE + "; " + GRADE).replace("\"", "\"\"") + "\"";
        List<String> points = List.of("100; grade-B", "100; mpo-standard", "300; grade-B", "300; mpo-standard");
        JsonNode sweep = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/sweeps/0");
        int metrics = sweep.at("/plans/interconnect").size();
        assertEquals(8, metrics, "cost, dark fraction, loss and lifecycle figures: " + sweep.at("/plans"));
        assertEquals(1 + points.size() * 2 * metrics, csv.size(), "header + point x plan x metric");
        assertEquals("grid", sweep.get("design").asText());
        assertEquals(List.of(PRICE, GRADE), texts(sweep.get("parameters")));
        assertEquals("[[\"100\",\"grade-B\"],[\"100\",\"mpo-standard\"],[\"300\",\"grade-B\"],[\"300\",\"mpo-standard\"]]",
                sweep.get("points").toString());
        for (String plan : List.of("interconnect", "cross-connect")) {
            int pairsPerChannel = plan.equals("interconnect") ? 2 : 4;
            double[] cost = new double[4];
            for (int i = 0; i < 4; i++) {
                String prefix = parameter + "," + points.get(i) + "," + plan + ",costUsd,";
                String row = csv.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() ->
                        new AssertionError("no row " + prefix));
                cost[i] = Double.parseDouble(row.substring(prefix.length()).split(",")[0]);
                assertEquals(cost[i], sweep.at("/plans/" + plan + "/costUsd/" + i).asDouble());
            }
            assertEquals(512 * 200.0, cost[2] - cost[0], plan);
            assertEquals(512 * 200.0, cost[3] - cost[1], plan);
            assertEquals(256 * pairsPerChannel * 40.0, cost[0] - cost[1], plan + ": the grade-B premium");
            assertEquals(256 * pairsPerChannel * 40.0, cost[2] - cost[3], plan + ": the grade-B premium");
        }
        // The cross-connect has 4 mated pairs per channel, the interconnect 2: worse grades fail more of them.
        double better = sweep.at("/plans/cross-connect/expectedFailingLinks/0").asDouble();
        double worse = sweep.at("/plans/cross-connect/expectedFailingLinks/1").asDouble();
        assertTrue(worse > better, better + " vs " + worse);
    }

    /* 6 points over two ranges: each factor's range cut in 6 equal strata holds exactly one point. */
    @Test
    void latinHypercubePutsOnePointInEveryStratum() throws IOException {
        Path out = temp.resolve("lhs");
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.testScenario("designs/lhs.yaml").toString(),
                "--out", out.toString(), "--quiet", "--no-plan-files");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        JsonNode points = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/sweeps/0/points");
        assertEquals(6, points.size());
        boolean[] pitch = new boolean[6];
        boolean[] slack = new boolean[6];
        for (JsonNode p : points) {
            double x = Double.parseDouble(p.get(0).asText());
            assertTrue(x >= 0.6 && x <= 1.8, "rack pitch in range: " + x);
            pitch[(int) Math.min(5, Math.floor((x - 0.6) / 0.2))] = true;
            long s = Long.parseLong(p.get(1).asText());
            assertTrue(s >= 0 && s <= 5, "slack is a whole number in range: " + s);
            slack[(int) s] = true;
        }
        for (int i = 0; i < 6; i++) {
            assertTrue(pitch[i], "rack-pitch stratum " + i + " has a point: " + points);
            assertTrue(slack[i], "6 strata of [0, 5] round to 0..5, each once: " + points);
        }
        Path other = temp.resolve("lhs-seed");
        assertEquals(ExitCodes.OK, CliRunner.run("run", CliRunner.testScenario("designs/lhs.yaml").toString(),
                "--out", other.toString(), "--quiet", "--no-plan-files", "--seed", "6").exitCode());
        JsonNode otherPoints = new ObjectMapper().readTree(other.resolve("summary.json").toFile())
                .at("/sweeps/0/points");
        assertTrue(!otherPoints.equals(points), "another seed draws another design");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
