package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.io.LoadedScenario;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.UpgradeResult;
import org.cablesim.plant.BomLine;
import org.cablesim.report.ResultFiles;
import org.cablesim.report.SummaryJson;
import org.cablesim.stats.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle stage of a study end to end: summary part 4, threads, upgrades, paired differences, files. */
class StudyLifecycleTest {
    private static final LoadedScenario TINY = StudyFixtures.load("tiny.yaml");

    private static StudyResult run(LoadedScenario s, int threads) {
        return new StudyRunner(threads).run(s.scenario(), StudyFixtures.fabricOf(s), s.scenario().run().seed(),
                StudyFixtures.provenance());
    }

    private static JsonNode tree(StudyResult r) {
        return SummaryJson.toTree(StudySummary.of(r, List.of()), "");
    }

    private static void assertHas(JsonNode node, String... fields) {
        for (String f : fields) {
            assertTrue(node.has(f), () -> "missing " + f + " in " + node);
        }
    }

    @Test
    void summaryPartFourForQuickstart() {
        JsonNode summary = tree(run(StudyFixtures.shipped("quickstart.yaml"), 2));
        JsonNode plan = summary.get("plans").get(0);
        JsonNode life = plan.get("lifecycle");
        assertHas(life, "replications", "horizonDays", "turnUp", "availability", "linkDownHoursPerYear",
                "failuresPerYear", "jobInterruptionsPerYear", "lostGpuHoursPerYear", "crewUtilisation", "timeline",
                "upgrades");
        assertEquals(8, life.get("replications").asInt());
        assertEquals(365, life.get("horizonDays").asDouble(), 0);
        assertHas(life.get("turnUp"), "firstPassYield", "reworkActions", "daysToFullFabric", "designReworks");
        assertEquals(0, life.get("linksWithDesignFaults").asInt());
        assertHas(life.get("availability"), "mean", "ci95Low", "ci95High", "byTier");
        assertHas(life.get("availability").get("byTier"), "server-leaf", "leaf-spine");
        JsonNode a = life.get("availability");
        assertTrue(a.get("ci95Low").asDouble() <= a.get("mean").asDouble()
                && a.get("mean").asDouble() <= a.get("ci95High").asDouble() && a.get("ci95High").asDouble() <= 1);
        List<String> causes = new ArrayList<>();
        life.get("failuresPerYear").fieldNames().forEachRemaining(causes::add);
        assertEquals(List.of("transceiver", "cord", "trunk", "cassette", "switch-port", "flap", "contamination",
                "ageing"), causes);
        // 365 days at ⌈365 / 200⌉ = 2 days per point.
        assertEquals(183, life.get("timeline").size());
        life.get("timeline").forEach(p -> assertHas(p, "day", "linksDown", "repairsQueued", "capacityFraction"));
        assertEquals(2, life.get("timeline").get(1).get("day").asInt());
        assertTrue(plan.get("upgradeReadiness").isArray());
        assertEquals("400GBASE-DR4", plan.get("upgradeReadiness").get(0).asText());
        assertEquals("baseline", summary.get("comparison").get("baseline").asText());
        assertEquals(0, summary.get("comparison").get("differences").size(), "one plan: nothing to compare");
    }

    /* Plans and replications each run in parallel; the result must not depend on it, byte for byte. */
    @Test
    void oneOrTwoThreadsGiveTheSameSummary() {
        String one = SummaryJson.toText(StudySummary.of(run(TINY, 1), List.of()), "");
        String two = SummaryJson.toText(StudySummary.of(run(TINY, 2), List.of()), "");
        assertEquals(one, two);
        assertTrue(one.contains("\"jobInterruptionsPerYear\""));
    }

    /*
     * Paired by replication with common random numbers: the cross-connect plan cables server–leaf exactly like the
     * interconnect baseline, so its job interruptions (server-facing only) are identical replication by
     * replication: difference 0 with a zero-width interval. Every difference equals the difference of the means.
     */
    @Test
    void pairedDifferencesAgainstTheBaseline() {
        StudyResult r = run(TINY, 2);
        assertEquals("interconnect", r.comparison().baselinePlan());
        List<PlanDifference> d = r.lifecycleDifferences();
        assertEquals(9, d.size());
        assertEquals(List.of("direct", "direct", "direct", "cassettes", "cassettes", "cassettes", "xconnect",
                "xconnect", "xconnect"), d.stream().map(PlanDifference::plan).toList());
        assertEquals(PairedDifferences.METRICS, d.subList(0, 3).stream().map(PlanDifference::metric).toList());
        PlanDifference xcJobs = d.get(7);
        assertEquals(new PlanDifference("xconnect", Metric.JOB_INTERRUPTIONS_PER_YEAR, 0, new Interval(0, 0)), xcJobs);
        LifecycleResult base = r.plans().get(0).lifecycle().result();
        LifecycleResult direct = r.plans().get(1).lifecycle().result();
        assertEquals(direct.availability().mean() - base.availability().mean(), d.get(0).difference(), 1e-15);
        assertEquals(direct.lostGpuHoursPerYear().mean() - base.lostGpuHoursPerYear().mean(), d.get(2).difference(),
                1e-9);
        assertTrue(d.get(0).ci95().low() <= d.get(0).difference() && d.get(0).difference() <= d.get(0).ci95().high());
    }

    /*
     * tiny-upgrades: leaf-spine to the DR4 it runs: 8 links reused, none re-cabled; its money beyond labour is the
     * optics, 8 × 2 × transceiver:400GBASE-DR4. Server-leaf to native DR8 (MPO-16): 8 re-cabled; money beyond labour
     * 8 × 2 × transceiver:800GBASE-DR8 plus the tier's passive plant once more (its BOM trunks, cords, adapters).
     */
    @Test
    void upgradeWavesReuseOrRecableByHand() {
        LoadedScenario s = StudyFixtures.load("tiny-upgrades.yaml");
        StudyResult r = run(s, 2);
        PlanLifecycle life = r.plans().get(0).lifecycle();
        var catalog = s.scenario().catalog();
        double rate = catalog.price("labour-rate").priceUsd();
        UpgradeResult same = life.result().upgrades().get(0);
        assertEquals(1.0, same.reusedShare().mean(), 0);
        assertEquals(0.0, same.newCables().mean(), 0);
        assertEquals(8 * 2 * catalog.price("transceiver:400GBASE-DR4").priceUsd(),
                same.cost().mean() - same.labourHours().mean() * rate, 1e-6);
        UpgradeResult dr8 = life.result().upgrades().get(1);
        assertEquals(0.0, dr8.reusedShare().mean(), 0);
        assertEquals(8.0, dr8.newCables().mean(), 0);
        double passive = r.plans().get(0).cabling().bom().lines().stream()
                .filter(l -> l.tierName().equals("server-leaf"))
                .filter(l -> l.category() != BomLine.Category.TRANSCEIVERS && l.category() != BomLine.Category.PANELS
                        && l.category() != BomLine.Category.LABOUR)
                .mapToDouble(BomLine::totalUsd).sum();
        assertTrue(passive > 0);
        assertEquals(8 * 2 * catalog.price("transceiver:800GBASE-DR8").priceUsd() + passive,
                dr8.cost().mean() - dr8.labourHours().mean() * rate, 1e-6);

        JsonNode upgrades = tree(r).get("plans").get(0).get("lifecycle").get("upgrades");
        assertEquals(2, upgrades.size());
        JsonNode u = upgrades.get(1);
        assertHas(u, "name", "day", "tier", "fromPmd", "toPmd", "linksReused", "linksRecabled", "fibreReuseShare",
                "labourHours", "linkDownHours", "costUsd");
        assertEquals("to-dr8", u.get("name").asText());
        assertEquals("server-leaf", u.get("tier").asText());
        assertEquals("400GBASE-DR4", u.get("fromPmd").asText());
        assertEquals("800GBASE-DR8", u.get("toPmd").asText());
        assertEquals(0, u.get("linksReused").asInt());
        assertEquals(8, u.get("linksRecabled").asInt());
        assertEquals(8, upgrades.get(0).get("linksReused").asInt());
        assertEquals(1.0, upgrades.get(0).get("fibreReuseShare").asDouble(), 0);
    }

    /* timeline.csv: one row per day of the horizon, the capacity and each tier's up share. */
    @Test
    void timelineFilePerPlan(@TempDir Path dir) throws IOException {
        StudyResult r = run(TINY, 2);
        ResultFiles.write(StudySummary.of(r, List.of()), "", r, dir, true);
        for (PlanResult plan : r.plans()) {
            List<String> lines = Files.readAllLines(ResultFiles.planDirectory(dir, plan.name()).resolve("timeline.csv"));
            assertEquals("day,links_down,repairs_queued,capacity_fraction,up_share_server-leaf,up_share_leaf-spine",
                    lines.get(0));
            assertEquals(31, lines.size(), "header + 30 days");
            assertTrue(lines.get(30).startsWith("29,"));
        }
        assertFalse(Files.readString(dir.resolve("summary.json")).contains("NaN"));
    }
}
