package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cablesim.io.ScenarioReader;
import org.cablesim.scenario.Scenario;
import org.cablesim.study.CheapestUndominatedRule;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.PlanGrowth;
import org.cablesim.study.Provenance;
import org.cablesim.study.StudyPreparation;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudyRunner;
import org.cablesim.study.StudySummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A growing study end to end: 2 → 4 scalable units (as in the plant's hand-counted test) under three provisions,
 * through the study, its decision and every output written from the same records.
 */
class GrowthStudyTest {
    private static final String SCENARIO = """
            schemaVersion: 1
            name: grow-small
            seed: 7
            cluster: {servers: 64}
            fabric:
              topology: rail-optimized
              switchRadix: 64
              switchPortSpeedGbps: 400
              serversPerUnit: 32
              tiers:
                - {name: server-leaf, pmd: 400GBASE-DR4}
                - {name: leaf-spine, pmd: 400GBASE-DR4}
            floor: {racksPerRow: 8, serversPerRack: 4, switchesPerRack: 4, leafPlacement: end-of-row}
            plans:
              - name: as-needed
              - name: spine-trunks
                tiers:
                  leaf-spine: {provision: final-size}
              - name: final-size
                provision: final-size
            montecarlo: {trials: 2000}
            lifecycle: {replications: 3, horizonDays: 300}
            growth:
              liveWorkLabourFactor: 1.5
              phases:
                - {name: 4su, day: 150, units: 4, crews: 4}
            """;
    private static StudySummary summary;

    @BeforeAll
    static void run() throws Exception {
        Scenario scenario = ScenarioReader.read(SCENARIO, "yaml", null);
        StudyResult result = new StudyRunner(2).run(scenario,
                StudyPreparation.prepare(scenario, List.of()).fabric(), 7,
                new Provenance("test", "sha", java.util.Map.of(), "test-rng"));
        summary = StudySummary.of(result, List.of());
    }

    @Test
    void thePlansCostTheirPhasesAndTheDecisionWeighsTheHorizonCost() {
        for (PlanFigures plan : summary.plans()) {
            PlanGrowth g = plan.growth();
            assertEquals(List.of("initial", "4su"), g.phases().stream().map(PlanGrowth.Phase::name).toList());
            assertEquals(1024, plan.fabric().gpus(), "the plan's fabric is the last phase's");
            double phases = g.phases().stream().mapToDouble(p -> p.materialUsd() + p.labourUsd()).sum();
            assertEquals(phases, g.capexUsd(), 1e-6 * phases);
            assertEquals(g.capexUsd() + g.strandedCostUsd() + g.disruptionUsd().mean(), g.totalUsd().mean(),
                    1e-9 * g.totalUsd().mean());
            assertEquals(g.totalUsd().mean(), plan.decisionCostUsd());
            assertEquals(256, g.phases().get(1).linksMoved());
            assertTrue(g.phases().get(1).lifecycle().linkDownHours().mean() > 0);
        }
        PlanGrowth asNeeded = summary.plan("as-needed").growth();
        PlanGrowth finalSize = summary.plan("final-size").growth();
        assertEquals(256, asNeeded.linksReCabled());
        assertEquals(0, finalSize.linksReCabled());
        assertEquals(256, finalSize.linksRePatched());
        assertEquals(0, finalSize.trunksPulledLater());
        // Pre-installing holds more plant idle until the expansion.
        assertTrue(finalSize.phases().get(0).idleValueUsd() > asNeeded.phases().get(0).idleValueUsd());
        assertTrue(summary.recommendation().rule().endsWith(CheapestUndominatedRule.GROWTH_RULE));
        assertTrue(summary.recommendation().reasons().stream().anyMatch(r -> r.contains("horizon cost")),
                summary.recommendation().reasons()::toString);
    }

    @Test
    void everyOutputShowsTheGrowthFromTheSameRecords() {
        JsonNode json = SummaryJson.toTree(summary, SCENARIO);
        JsonNode growth = json.at("/plans/2/growth");
        assertEquals(summary.plan("final-size").growth().phases().get(1).linksRePatched(),
                growth.at("/phases/1/linksRePatched").asInt());
        assertEquals(0, growth.at("/phases/1/trunksAdded/leaf-spine").asInt());
        // Simulated figures carry 10 significant digits in summary.json.
        assertEquals(summary.plan("final-size").growth().totalUsd().mean(), growth.at("/totalUsd/mean").asDouble(),
                1e-9 * growth.at("/totalUsd/mean").asDouble());

        // The comparison carries the horizon figures the decision weighs, beside the plant's.
        JsonNode row = json.at("/comparison/rows/0/metrics");
        assertEquals("as-needed", json.at("/comparison/rows/0/plan").asText());
        assertEquals(json.at("/plans/0/growth/totalUsd/mean").asDouble(), row.at("/horizonCostUsd").asDouble());
        assertEquals(json.at("/plans/0/growth/capexUsd").asDouble(), row.at("/growthCapexUsd").asDouble());
        assertEquals(json.at("/plans/0/growth/strandedCostUsd").asDouble(), row.at("/strandedCostUsd").asDouble());
        assertEquals(256, row.at("/growthLinksRecabled").asInt());
        assertEquals(0, json.at("/comparison/rows/2/metrics/growthLinksRecabled").asInt());
        assertEquals(json.at("/plans/0/growth/disruptionGpuHours/mean").asDouble(),
                row.at("/expansionDisruptionGpuHours").asDouble());
        String header = TableFiles.comparison(summary).lines().findFirst().orElseThrow();
        assertTrue(header.contains(
                ",growthCapexUsd,strandedCostUsd,growthLinksRecabled,expansionDisruptionGpuHours,horizonCostUsd,"),
                header);

        String csv = TableFiles.growth(summary);
        List<String> rows = csv.lines().toList();
        assertEquals(1 + 3 * 2, rows.size(), csv);
        assertTrue(rows.get(0).startsWith("plan,phase,day,gpus,links,linksNew,linksMoved,linksRePatched"));
        assertTrue(rows.get(6).startsWith("final-size,4su,150,1024,2048,1024,256,256,0,"), rows.get(6));

        // The 256 leaf uplinks 2 -> 4 SU re-stripes (GrowthGeneratorTest counts them): leaf port 33 + u with
        // u mod 16 >= 8 moves from spine u mod 8 to spine u mod 8 + 8.
        List<String> moves = TableFiles.growthMoves(summary).lines().toList();
        assertEquals(1 + 256, moves.size());
        assertEquals("phase,link,tier,lowerDevice,lowerPort,fromDevice,fromPort,toDevice,toPort", moves.get(0));
        assertTrue(moves.get(1).matches("4su,L\\d{6},leaf-spine,su01-leaf-rail1,41,spine-001,\\d+,spine-009,\\d+"),
                moves.get(1));

        String html = HtmlReport.render(summary, SCENARIO);
        assertTrue(html.contains("<section id=\"growth\">"));
        assertTrue(html.contains("id=\"chart-growth-cost\"") && html.contains("id=\"chart-growth-capacity\""));
        assertTrue(html.contains("<a href=\"#growth\">Growth</a>"));
        // The glance table shows the cost the decision weighs.
        assertTrue(html.contains("Horizon cost of growth (USD)"));
    }
}
