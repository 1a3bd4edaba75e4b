package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan with links broken by design (wrong-upper-cord.yaml: 8 server-leaf links whose Tx lands on Tx): validate
 * rejects it, run writes its results and exits 3 unless --allow-violations, and the results count the broken links
 * as failing at installation by design and reworked at turn-up.
 */
class DesignViolationTest {
    private static final Path SCENARIO = CliRunner.testScenario("design/wrong-upper-cord.yaml");

    @TempDir
    Path dir;

    @Test
    void validateReportsThePlanAsAProblem() {
        CliRunner.Outcome o = CliRunner.run("validate", SCENARIO.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.exitCode(), o.err());
        assertTrue(o.err().contains("\n  plans[0]: plan wrong-cord: 8 link(s) fail the polarity check"), o.err());
    }

    @Test
    void runWritesResultsAndExitsThreeUnlessAllowed() throws Exception {
        Path out = dir.resolve("out");
        CliRunner.Outcome o = CliRunner.run("run", SCENARIO.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.PLAN_VIOLATIONS, o.exitCode(), o.err());
        assertTrue(Files.exists(out.resolve("summary.json")), "results are written");
        assertTrue(o.err().contains("plans.wrong-cord: plan wrong-cord: 8 link(s) fail the polarity check"), o.err());
        JsonNode plan = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("plans").get(0);
        assertEquals(8, plan.at("/loss/linksFailingByDesign").asInt(), plan.get("loss").toString());
        assertEquals(8, plan.at("/lifecycle/turnUp/designReworks").asDouble(), 0, plan.get("lifecycle").toString());
        assertTrue(plan.at("/lifecycle/turnUp/firstPassYield").asDouble() <= 0.5, "8 of 16 links fail by design");

        Path allowed = dir.resolve("allowed");
        CliRunner.Outcome ok = CliRunner.run("run", SCENARIO.toString(), "--out", allowed.toString(), "--quiet",
                "--allow-violations");
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertFalse(ok.err().contains("exit 3"), ok.err());
    }
}
