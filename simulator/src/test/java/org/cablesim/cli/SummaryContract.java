package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The documented output contract (README, "Output contract"), as assertions over a run's output directory. */
final class SummaryContract {
    private static final List<String> TOP = List.of("schemaVersion", "scenario", "seed", "provenance", "plans",
            "comparison", "scenarioText");
    private static final List<String> PLAN_POINTERS = List.of(
            "/name", "/fabric/gpus", "/fabric/servers", "/fabric/switches/leaf", "/fabric/switches/spine",
            "/fabric/switches/core", "/fabric/links",
            "/fibres/installed", "/fibres/lit", "/fibres/dark", "/fibres/darkFraction",
            "/cabling/trunks", "/cabling/cords", "/cabling/mpoConnectors", "/cabling/cassettes", "/cabling/panels",
            "/cabling/matedPairsPerLink/min", "/cabling/matedPairsPerLink/mean", "/cabling/matedPairsPerLink/max",
            "/cabling/transceivers", "/cabling/transceiversByEnd", "/cabling/harnesses", "/cabling/fibreSplices",
            "/cabling/copperCables", "/cabling/polarityMethod", "/checks/violations", "/checks/byKind", "/cost/total", "/cost/byCategory",
            "/cost/spares",
            "/loss/method", "/loss/trials", "/loss/linkFailureProbability/mean",
            "/loss/linkFailureProbability/ci95Low", "/loss/linkFailureProbability/ci95High",
            "/loss/expectedFailingLinks", "/loss/linksFailingByDesign", "/loss/probabilityAnyLinkFails", "/loss/marginDb/p1", "/loss/marginDb/p5",
            "/loss/marginDb/p50", "/loss/byTier", "/loss/marginCdf",
            "/lifecycle/replications", "/lifecycle/horizonDays", "/lifecycle/turnUp/firstPassYield",
            "/lifecycle/turnUp/reworkActions", "/lifecycle/turnUp/daysToFullFabric", "/lifecycle/turnUp/designReworks",
            "/lifecycle/linksWithDesignFaults", "/lifecycle/availability/mean",
            "/lifecycle/availability/byTier", "/lifecycle/linkDownHoursPerYear", "/lifecycle/failuresPerYear",
            "/lifecycle/jobInterruptionsPerYear", "/lifecycle/lostGpuHoursPerYear", "/lifecycle/timeline",
            "/lifecycle/upgrades", "/lifecycle/upgradeCostUsd", "/lifecycle/linksRecabled",
            "/lifecycle/ci95/jobInterruptionsPerYear", "/upgradeReadiness");
    private static final List<String> GROWTH_POINTERS = List.of("/growth/capexUsd", "/growth/strandedUsdMonths",
            "/growth/strandedCostUsd", "/growth/disruptionGpuHours/mean", "/growth/disruptionUsd/mean",
            "/growth/totalUsd/mean", "/growth/totalUsd/ci95Low", "/growth/phases/0/name", "/growth/phases/0/day",
            "/growth/phases/0/cumulativeUsd", "/growth/phases/0/idleValueUsd", "/growth/phases/1/linksMoved",
            "/growth/phases/1/linksRePatched", "/growth/phases/1/linksReCabled", "/growth/phases/1/panelsTouched",
            "/growth/phases/1/expansion/linkDownHours/mean", "/growth/phases/1/expansion/jobInterruptions/mean",
            "/growth/capacity/0/linksUp");
    private static final List<String> PLAN_FILES = List.of("cable-schedule.csv", "links.csv", "bom.csv",
            "violations.csv", "plant.graphml", "elevations.csv", "trunk-legs.csv", "plan.xlsx");

    private SummaryContract() {
    }

    /** Asserts every documented field and file of a run written to {@code out} from {@code summary}. */
    static void check(JsonNode summary, Path out, boolean planFiles) {
        for (String field : TOP) {
            assertTrue(summary.has(field), "summary.json lacks " + field);
        }
        assertEquals(1, summary.get("schemaVersion").asInt());
        for (String field : List.of("version", "scenarioSha256", "inputSha256", "rngAlgorithm")) {
            assertTrue(summary.get("provenance").has(field), "provenance lacks " + field);
        }
        assertTrue(summary.get("plans").size() >= 1);
        for (JsonNode plan : summary.get("plans")) {
            for (String pointer : PLAN_POINTERS) {
                assertTrue(!plan.at(pointer).isMissingNode() && !plan.at(pointer).isNull(),
                        plan.path("name").asText() + " lacks " + pointer);
            }
            JsonNode p = plan.at("/loss/linkFailureProbability");
            assertTrue(p.get("ci95Low").asDouble() <= p.get("mean").asDouble()
                    && p.get("mean").asDouble() <= p.get("ci95High").asDouble(), "CI brackets the mean: " + p);
            assertTrue(plan.at("/fibres/installed").asLong() >= plan.at("/fibres/lit").asLong());
            if (plan.has("growth")) {
                for (String pointer : GROWTH_POINTERS) {
                    assertTrue(!plan.at(pointer).isMissingNode() && !plan.at(pointer).isNull(),
                            plan.path("name").asText() + " lacks " + pointer);
                }
                assertTrue(Files.isRegularFile(out.resolve("growth.csv")), "growth.csv");
                assertTrue(Files.isRegularFile(out.resolve("growth-moves.csv")), "growth-moves.csv");
                if (planFiles) {
                    assertTrue(Files.isRegularFile(out.resolve("plans").resolve(plan.get("name").asText())
                            .resolve("growth-work.csv")), "growth-work.csv");
                }
            }
            if (planFiles) {
                for (String file : PLAN_FILES) {
                    assertTrue(Files.isRegularFile(out.resolve("plans").resolve(plan.get("name").asText()).resolve(file)),
                            plan.get("name").asText() + "/" + file);
                }
                racksFitOrAreReported(out.resolve("plans").resolve(plan.get("name").asText()));
            }
        }
        JsonNode comparison = summary.get("comparison");
        assertEquals(summary.get("plans").size(), comparison.get("rows").size());
        assertTrue(comparison.has("baseline") && comparison.has("differences"));
        JsonNode recommendation = comparison.get("recommendation");
        assertTrue(recommendation.has("plan") && recommendation.get("rule").asText().contains("dominated"),
                "the decision and its rule: " + recommendation);
        assertTrue(recommendation.get("reasons").size() >= 1);
        for (JsonNode e : recommendation.get("excluded")) {
            assertTrue(e.get("reason").asText().startsWith(e.get("plan").asText() + " is "), e.toString());
            assertTrue(e.get("cause").asText().matches("design-violations|dominated"), e.toString());
        }
        assertEquals(summary.get("plans").size() - 1,
                distinctPlans(comparison.get("differences")), "one set of differences per non-baseline plan");
        for (String file : List.of("summary.json", "report.html", "comparison.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    /** Every rack with a mount above its top RU (elevations.csv) is a rack-space violation (violations.csv). */
    private static void racksFitOrAreReported(Path planDir) {
        java.util.Set<String> reported = new java.util.TreeSet<>();
        for (String row : lines(planDir.resolve("violations.csv"))) {
            if (row.contains(",rack-space,")) {
                reported.add(row.substring(0, row.indexOf(',')));
            }
        }
        java.util.Set<String> over = racksOverHeight(planDir);
        assertTrue(reported.containsAll(over), planDir + ": racks over height not reported: " + over);
    }

    /** The racks of a plan directory's elevations.csv with a mount above their top RU. */
    static java.util.Set<String> racksOverHeight(Path planDir) {
        java.util.Set<String> over = new java.util.TreeSet<>();
        for (String row : lines(planDir.resolve("elevations.csv")).stream().skip(1).toList()) {
            if (row.endsWith(",true")) {
                over.add(row.substring(0, row.indexOf(',')));
            }
        }
        return over;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long distinctPlans(JsonNode differences) {
        java.util.Set<String> plans = new java.util.HashSet<>();
        differences.forEach(d -> plans.add(d.get("plan").asText()));
        return plans.size();
    }
}
