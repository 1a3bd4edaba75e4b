package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cablesim.io.LoadedScenario;
import org.cablesim.plant.CablingPlan;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.stats.Interval;
import org.junit.jupiter.api.Test;

/** The robustness of the winner to the shape of connector-loss classes no public data fixes. */
class ShapeRobustnessTest {
    private static final LoadedScenario TINY = StudyFixtures.load("tiny.yaml");

    /*
     * The rule by hand: A (cheapest, violations) is out; B has the lowest P; C's interval reaches B's; D's does not
     * but its expected failing links (1,000 x 0.0012 = 1.2) are within 0.5 of B's (1,000 x 0.001 = 1.0); E is neither.
     * Of B, C, D the cheapest is D. Without the tolerance rows, B alone would qualify.
     */
    @Test
    void theRuleByHand() {
        List<ShapeRobustness.Candidate> plans = List.of(
                new ShapeRobustness.Candidate("A", 3, 100, 1000, 0.0001, new Interval(0.0001, 0.0001)),
                new ShapeRobustness.Candidate("B", 0, 500, 1000, 0.001, new Interval(0.0008, 0.0012)),
                new ShapeRobustness.Candidate("C", 0, 400, 1000, 0.0015, new Interval(0.0011, 0.0019)),
                new ShapeRobustness.Candidate("D", 0, 300, 1000, 0.0012, new Interval(0.00125, 0.00125)),
                new ShapeRobustness.Candidate("E", 0, 200, 1000, 0.01, new Interval(0.009, 0.011)));
        assertEquals("D", ShapeRobustness.winner(plans));
        assertEquals("B", ShapeRobustness.winner(List.of(plans.get(0), plans.get(1), plans.get(4))));
        assertEquals("none", ShapeRobustness.winner(List.of(plans.get(0))));
    }

    /*
     * The tiny scenario's plans all use the standard MPO class (the catalog lists lognormal and Weibull as equally
     * plausible): one outcome per family with every plan's P(link fails). The direct plan has no mated pair between
     * its MDIs, so P = 0 under every shape; every other plan fails with far less than half a link expected, so all
     * count as equally reliable and the cheapest wins under each shape: the winner holds.
     */
    @Test
    void everyPlausibleShapeIsTriedOnEveryPlan() {
        List<PlanResult> plans = new ArrayList<>();
        for (PlanSpec spec : TINY.scenario().plans()) {
            CablingPlan cabling = StudyFixtures.route(TINY, spec.name());
            PlanLoss loss = new PlanLossEstimator(TINY.scenario().montecarlo(), 1).estimate(cabling, 7);
            plans.add(new PlanResult(spec.name(), FabricSummary.of(TINY.fabric()), PlantSummary.of(cabling), cabling,
                    loss, null));
        }
        ShapeRobustness r = ShapeRobustness.of(plans, TINY.scenario(), 7, 1).orElseThrow();
        assertEquals(List.of("mpo-standard"), r.classes());
        assertEquals(List.of("lognormal", "weibull"), r.outcomes().stream().map(ShapeRobustness.Outcome::family)
                .toList());
        String cheapest = plans.stream().min(java.util.Comparator.comparingDouble(p -> p.plant().costTotalUsd()))
                .orElseThrow().name();
        assertEquals(cheapest, r.defaultWinner());
        assertTrue(r.holds(), r.line());
        for (ShapeRobustness.Outcome o : r.outcomes()) {
            assertEquals(List.of("interconnect", "direct", "cassettes", "xconnect"),
                    List.copyOf(o.linkFailureProbability().keySet()));
            assertEquals(0.0, o.linkFailureProbability().get("direct"), 0);
            assertTrue(o.linkFailureProbability().get("interconnect") > 0, o.toString());
        }
        assertEquals(Optional.empty(), ShapeRobustness.of(plans.subList(0, 1), TINY.scenario(), 7, 1));
    }
}
