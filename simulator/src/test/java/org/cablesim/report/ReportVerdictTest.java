package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportVerdictTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void cheapestPlanWithOverlappingAvailabilityIntervalWins() {
        ReportVerdict verdict = decide(
                plan("gold", 300, 0, 0.9990, 0.9985, 0.9995),
                plan("silver", 200, 0, 0.9986, 0.9980, 0.9986),
                plan("bronze", 100, 0, 0.9970, 0.9960, 0.9980));
        // silver's upper bound 0.9986 reaches gold's lower bound 0.9985; bronze's 0.9980 does not.
        assertEquals(1, verdict.chosen());
        assertEquals(List.of("meets the bar", "recommended", "below the bar"), verdict.status());
        assertTrue(verdict.because().startsWith("The cheapest of the 2 plans"), verdict.because());
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.startsWith("bronze is cheaper ($100) but falls below the bar")),
                verdict.reasons().toString());
    }

    @Test
    void planWithCheckViolationsIsExcludedHoweverCheap() {
        ReportVerdict verdict = decide(plan("ok", 300, 0, 0.999, 0.998, 0.9995), plan("broken", 1, 2, 0.9999, 0.9998, 1));
        assertEquals(0, verdict.chosen());
        assertEquals("excluded", verdict.status().get(1));
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("broken is cheaper ($1) but is excluded: 2 check violations")));
    }

    @Test
    void clearlyMoreAvailablePlanWinsDespiteCost() {
        ReportVerdict verdict = decide(plan("pricey", 500, 0, 0.9995, 0.9993, 0.9997), plan("cheap", 100, 0, 0.9990, 0.9988, 0.9992));
        assertEquals(0, verdict.chosen());
        assertTrue(verdict.because().contains("no other plan's 95 % interval reaches it"), verdict.because());
    }

    @Test
    void withoutLifecycleTheInstallFailureProbabilityDecides() {
        ObjectNode a = plan("a", 100, 0, Double.NaN, Double.NaN, Double.NaN);
        ObjectNode b = plan("b", 150, 0, Double.NaN, Double.NaN, Double.NaN);
        pFail(a, 1e-3, 8e-4, 1.2e-3);
        pFail(b, 1e-4, 8e-5, 1.2e-4);
        ReportVerdict verdict = decide(a, b);
        assertEquals(1, verdict.chosen(), "a's interval starts above b's upper bound");
        assertTrue(verdict.because().contains("probability of a link failing at install"));
        assertEquals(ReportVerdict.Basis.INSTALL_FAILURE, ReportVerdict.basis(plans(a, b), List.of(0, 1)));
    }

    @Test
    void withoutCostsTheMostReliablePlanWins() {
        ObjectNode a = plan("a", Double.NaN, 0, 0.99, 0.98, 0.995);
        ObjectNode b = plan("b", Double.NaN, 0, 0.995, 0.985, 0.999);
        assertEquals(1, decide(a, b).chosen());
    }

    @Test
    void noRecommendationWhenEveryPlanHasViolationsOrThereAreNoPlans() {
        ReportVerdict verdict = decide(plan("x", 1, 3, 0.9, 0.8, 0.95));
        assertEquals(-1, verdict.chosen());
        assertEquals("No plan passes the design checks", verdict.headline());
        assertEquals(-1, ReportVerdict.decide(new ReportPlans(MAPPER.createObjectNode())).chosen());
    }

    @Test
    void missingChecksAndEstimatesStillGiveAVerdict() {
        ObjectNode bare = MAPPER.createObjectNode().put("name", "bare");
        ReportVerdict verdict = decide(bare);
        assertEquals(0, verdict.chosen());
        assertTrue(verdict.because().contains("neither reliability nor cost"), verdict.because());
    }

    static ObjectNode plan(String name, double cost, int violations, double availability, double low, double high) {
        ObjectNode plan = MAPPER.createObjectNode().put("name", name);
        if (Double.isFinite(cost)) {
            plan.putObject("cost").put("total", cost);
        }
        plan.putObject("checks").put("violations", violations);
        if (Double.isFinite(availability)) {
            plan.putObject("lifecycle").putObject("availability").put("mean", availability).put("ci95Low", low)
                    .put("ci95High", high);
        }
        return plan;
    }

    private static void pFail(ObjectNode plan, double mean, double low, double high) {
        plan.putObject("loss").putObject("linkFailureProbability").put("mean", mean).put("ci95Low", low).put("ci95High", high);
    }

    private static ReportPlans plans(JsonNode... plans) {
        ObjectNode summary = MAPPER.createObjectNode();
        ArrayNode array = summary.putArray("plans");
        for (JsonNode plan : plans) {
            array.add(plan);
        }
        return new ReportPlans(summary);
    }

    private static ReportVerdict decide(JsonNode... plans) {
        return ReportVerdict.decide(plans(plans));
    }
}
