package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cablesim.io.LoadedScenario;
import org.cablesim.study.LossScenarios;
import org.cablesim.study.PlanResult;
import org.cablesim.study.StudyResult;
import org.cablesim.study.StudySummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.json's loss section and comparison differences, and links.csv's loss columns, for three plans that
 * between them use every method: {@code std} (standard MPO everywhere, MDI matings counted: one gamma scale, exact),
 * {@code mixed} (grade-B adapters between standard MDIs: two scales, importance sampling) and {@code lossy}
 * (grade D re-modelled as a lossy lognormal: plain sampling is precise).
 */
class LossSummaryTest {
    @TempDir
    static Path dir;
    static LoadedScenario scenario;
    static StudyResult one;
    static StudyResult two;

    @BeforeAll
    static void run() {
        scenario = LossScenarios.load(dir, """
                catalog:
                  overrides:
                    lossClasses.grade-D.family: lognormal
                    lossClasses.grade-D.meanDb: 0.8
                    lossClasses.grade-D.maxDb: 1.6
                plans:
                  - name: std
                  - name: mixed
                    tiers:
                      server-leaf: {lossClasses: {adapter: grade-B}}
                      leaf-spine: {lossClasses: {adapter: grade-B}}
                  - name: lossy
                    tiers:
                      server-leaf: {lossClasses: {adapter: grade-D}}
                      leaf-spine: {lossClasses: {adapter: grade-D}}
                montecarlo: {trials: 16384, countTransceiverMatedPairs: true}
                """);
        one = LossScenarios.run(scenario, 1);
        two = LossScenarios.run(scenario, 2);
    }

    @Test
    void resultsAreByteIdenticalForOneAndTwoThreads() throws IOException {
        assertEquals(text(one), text(two));
        for (int p = 0; p < one.plans().size(); p++) {
            assertEquals(links(one.plans().get(p)), links(two.plans().get(p)));
        }
        List<String> methods = one.plans().stream().map(p -> p.loss().method()).toList();
        assertEquals(List.of("exact", "importance-sampling", "plain"), methods);
    }

    private static String text(StudyResult r) {
        return SummaryJson.toText(StudySummary.of(r, List.of()), "");
    }

    private static String links(PlanResult plan) throws IOException {
        StringWriter w = new StringWriter();
        PlantFiles.writeLinks(plan.cabling(), plan.loss(), w);
        return w.toString();
    }

    /** Every field of the output contract's loss section, with its type and the relations between fields. */
    @Test
    void lossSectionHasTheContractFields() {
        JsonNode root = SummaryJson.toTree(StudySummary.of(one, List.of()), "");
        for (JsonNode plan : root.get("plans")) {
            JsonNode loss = plan.get("loss");
            assertTrue(loss.get("method").isTextual());
            assertEquals("auto", loss.get("requestedMethod").asText());
            assertTrue(loss.get("trials").asLong() >= 16384L * loss.get("classes").asLong());
            assertEquals(384, loss.get("links").asLong());
            JsonNode p = loss.get("linkFailureProbability");
            double mean = p.get("mean").asDouble();
            assertTrue(p.get("ci95Low").asDouble() <= mean && mean <= p.get("ci95High").asDouble());
            assertEquals(mean * 384, loss.get("expectedFailingLinks").asDouble(), 1e-5 * mean * 384 + 1e-300);
            assertEquals(0, loss.get("linksFailingByDesign").asInt(), "every plan passes the design checks");
            double any = loss.get("probabilityAnyLinkFails").asDouble();
            assertTrue(any >= mean && any <= 1);
            JsonNode margin = loss.get("marginDb");
            assertTrue(margin.get("p1").asDouble() <= margin.get("p5").asDouble());
            assertTrue(margin.get("p5").asDouble() <= margin.get("p50").asDouble());
            assertEquals(Set.of("server-leaf", "leaf-spine"), fieldNames(loss.get("byTier")));
            long links = 0;
            double expected = 0;
            for (JsonNode tier : loss.get("byTier")) {
                links += tier.get("links").asLong();
                expected += tier.get("expectedFailingLinks").asDouble();
                assertTrue(tier.get("linkFailureProbability").has("ci95High"));
            }
            assertEquals(384, links);
            assertEquals(loss.get("expectedFailingLinks").asDouble(), expected, 1e-5 * expected);
            JsonNode cdf = loss.get("marginCdf");
            assertEquals(101, cdf.size());
            for (int i = 1; i < cdf.size(); i++) {
                assertTrue(cdf.get(i).get("marginDb").asDouble() > cdf.get(i - 1).get("marginDb").asDouble());
                assertTrue(cdf.get(i).get("fraction").asDouble() >= cdf.get(i - 1).get("fraction").asDouble());
            }
            assertEquals(1.0, cdf.get(100).get("fraction").asDouble(), 0);
            JsonNode worst = loss.get("worstLinks");
            assertTrue(worst.size() >= 1 && worst.size() <= 10);
            for (int i = 1; i < worst.size(); i++) {
                assertTrue(worst.get(i).get("pFail").asDouble() <= worst.get(i - 1).get("pFail").asDouble());
            }
            assertTrue(worst.get(0).get("exampleLink").asText().startsWith("L"));
        }
        JsonNode comparison = root.get("comparison");
        assertEquals("std", comparison.get("baseline").asText());
        List<String> rows = new ArrayList<>();
        for (JsonNode d : comparison.get("differences")) {
            if (!d.get("metric").asText().equals("linkFailureProbability")
                    && !d.get("metric").asText().equals("expectedFailingLinks")) {
                continue; // the lifecycle's differences are checked by its own tests
            }
            rows.add(d.get("plan").asText() + ":" + d.get("metric").asText());
            assertTrue(d.get("ci95Low").asDouble() <= d.get("difference").asDouble());
            assertTrue(d.get("difference").asDouble() <= d.get("ci95High").asDouble());
        }
        assertEquals(List.of("mixed:linkFailureProbability", "mixed:expectedFailingLinks",
                "lossy:linkFailureProbability", "lossy:expectedFailingLinks"), rows);
    }

    /** links.csv's loss columns hold each link's figures; a twin-port link combines its two channels. */
    @Test
    void linksCsvCarriesEachLinksLoss() throws IOException {
        PlanResult lossy = LossScenarios.plan(one, "lossy");
        List<String> rows = links(lossy).lines().toList();
        assertTrue(rows.get(0).endsWith(",trace,pFail,pFailCi95Low,pFailCi95High,marginP1Db,marginP50Db,lossMethod"));
        String[] first = rows.get(1).split(",");
        var ll = lossy.loss().link(0).orElseThrow();
        assertEquals(ll.failProbability(), Double.parseDouble(first[first.length - 6]), 1e-5 * ll.failProbability());
        assertEquals("plain", first[first.length - 1]);
        String[] twin = rows.get(257).split(",");
        assertTrue(twin[0].equals("L000257"));
        var pair = lossy.loss().link(256).orElseThrow();
        var classes = lossy.loss().groups().get(lossy.loss().groupOfLink()[256]).classes();
        assertEquals(2, classes.length);
        double pa = lossy.loss().estimates().get(classes[0]).result().failProbability();
        double pb = lossy.loss().estimates().get(classes[1]).result().failProbability();
        assertEquals(1 - (1 - pa) * (1 - pb), pair.failProbability(), 1e-12);
        assertEquals(pair.failProbability(), Double.parseDouble(twin[twin.length - 6]), 1e-5 * pair.failProbability());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new java.util.TreeSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
