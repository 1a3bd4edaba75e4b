package org.cablesim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.polarity.CheckKind;
import org.cablesim.stats.Interval;
import org.junit.jupiter.api.Test;

/** The study's decision on hand-made results: exclusions, dominance on reliability, cost, ties and wording. */
class CheapestUndominatedRuleTest {
    private static Recommendation decide(List<PlanDifference> differences, PlanFigures... plans) {
        return CheapestUndominatedRule.decide(List.of(plans), plans[0].name(), differences);
    }

    private static Recommendation decide(PlanFigures... plans) {
        return decide(List.of(), plans);
    }

    @Test
    void onePlanIsRecommendedAsTheOnlyPlan() {
        Recommendation r = decide(TestFigures.plan("solo").upgradeCost(0).build());
        assertEquals("solo", r.plan());
        assertEquals("solo is the only plan in the study, and it passes the design checks.", r.reasons().get(0));
        assertTrue(r.reasons().get(1).startsWith("solo: total cost $1,000,000, 0.001 (exact) expected links failing "
                + "installation testing, availability 99.999"), r.reasons().get(1));
        assertTrue(r.reasons().get(1).endsWith(" and 10 [95 % CI 8 to 12] job interruptions per year."),
                r.reasons().get(1));
        assertEquals(List.of(), r.excluded());
        assertEquals(CheapestUndominatedRule.RULE, r.rule());
        assertEquals(Recommendation.Standing.RECOMMENDED, r.standing("solo"));
    }

    @Test
    void aPlanWithViolationsIsExcludedHoweverCheapAndReliable() {
        PlanFigures ok = TestFigures.plan("ok").cost(300).build();
        PlanFigures broken = TestFigures.plan("broken").cost(1).violations(CheckKind.POLARITY, 2, 2)
                .failingLinks(0, 0, 0).availability(1, 1, 1).build();
        Recommendation r = decide(ok, broken);
        assertEquals("ok", r.plan());
        assertEquals("ok is the only plan that passes the design checks.", r.reasons().get(0));
        assertEquals(List.of(new Recommendation.Exclusion("broken", Recommendation.Cause.DESIGN_VIOLATIONS,
                "broken is excluded: 2 design-check violations (polarity 2); 2 links are broken by design and fail "
                        + "installation testing until reworked.")), r.excluded());
        assertEquals(List.of("broken"), r.excludedForViolations());
        assertEquals(Recommendation.Standing.EXCLUDED, r.standing("broken"));
    }

    @Test
    void noPlanIsRecommendedWhenEveryPlanHasViolations() {
        Recommendation r = decide(TestFigures.plan("x").violations(CheckKind.CAPACITY, 3, 0).build());
        assertNull(r.plan());
        assertTrue(r.reasons().get(0).startsWith("No plan can be recommended"), r.reasons().get(0));
        assertEquals("x is excluded: 3 design-check violations (capacity 3).", r.excluded().get(0).reason());
    }

    /*
     * The case: "risky" is 0.0004 percentage points more available (overlapping intervals from 4
     * replications) and cheaper, but expects 4,000 times more links failing installation (exact figures). The old
     * availability-only verdict recommended it; here "safe" dominates it.
     */
    @Test
    void availabilityNoiseDoesNotOutrankAFourThousandFoldInstallationRisk() {
        PlanFigures safe = TestFigures.plan("safe").cost(3_075_504).failingLinks(0.000461, 0.000461, 0.000461)
                .availability(0.9999756, 0.9999735, 0.9999778).build();
        PlanFigures risky = TestFigures.plan("risky").cost(3_036_122).failingLinks(1.81, 1.81, 1.81)
                .availability(0.9999760, 0.9999740, 0.9999780).build();
        Recommendation r = decide(safe, risky);
        assertEquals("safe", r.plan());
        assertEquals("safe is the only plan that no other plan dominates on reliability.", r.reasons().get(0));
        Recommendation.Exclusion e = r.exclusion("risky").orElseThrow();
        assertEquals(Recommendation.Cause.DOMINATED, e.cause());
        assertEquals("risky is dominated by safe, which has fewer expected links failing installation testing "
                + "(0.000461 (exact) against 1.81 (exact)), and is significantly worse on no reliability figure.",
                e.reason());
    }

    /* With paired differences the availability gap is resolved: neither plan dominates, and cost decides. */
    @Test
    void aResolvedAvailabilityGainAgainstMoreInstallationFailuresLeavesTheChoiceToCost() {
        PlanFigures safe = TestFigures.plan("safe").cost(3_075_504).failingLinks(0.000461, 0.000461, 0.000461)
                .availability(0.9999756, 0.9999735, 0.9999778).upgradeCost(0).build();
        PlanFigures risky = TestFigures.plan("risky").cost(3_036_122).failingLinks(1.81, 1.81, 1.81)
                .availability(0.9999803, 0.9999795, 0.9999810).upgradeCost(0).build();
        List<PlanDifference> paired = List.of(
                new PlanDifference("risky", Metric.EXPECTED_FAILING_LINKS, 1.81, new Interval(1.81, 1.81)),
                new PlanDifference("risky", Metric.AVAILABILITY, 4.7e-6, new Interval(2.6e-6, 6.8e-6)));
        Recommendation r = decide(paired, safe, risky);
        assertEquals("risky", r.plan());
        assertEquals("risky is the cheapest of the 2 plans no other plan dominates on reliability (safe and risky; "
                + "total cost safe $3,075,504, risky $3,036,122).", r.reasons().get(0));
        assertEquals("safe is not dominated: against risky it has fewer expected links failing installation testing "
                + "(0.000461 (exact) against 1.81 (exact); paired difference -1.81 (exact)), but lower availability "
                + "(99.9976 % [95 % CI 99.9974 % to 99.9978 %] against 99.9980 % [95 % CI 99.9980 % to 99.9981 %]; "
                + "paired difference -4.70e-6 [95 % CI -6.80e-6 to -2.60e-6]); it costs $39,382 more.",
                r.reasons().get(2));
        assertEquals(Recommendation.Standing.NOT_DOMINATED, r.standing("safe"));
    }

    @Test
    void significantlyMoreJobInterruptionsRuleOutTheCheaperPlan() {
        PlanFigures steady = TestFigures.plan("steady").cost(200).jobInterruptions(40, 35, 45).build();
        PlanFigures flaky = TestFigures.plan("flaky").cost(100).jobInterruptions(80, 75, 85).build();
        Recommendation r = decide(steady, flaky);
        assertEquals("steady", r.plan());
        assertEquals(Recommendation.Cause.DOMINATED, r.exclusion("flaky").orElseThrow().cause());
    }

    @Test
    void plansThatCannotBeToldApartGoToTheCheaperAndEqualCostsToTheFirstListed() {
        PlanFigures a = TestFigures.plan("a").cost(100).build();
        PlanFigures b = TestFigures.plan("b").cost(100.004).build();
        PlanFigures c = TestFigures.plan("c").cost(150).readiness("400GBASE-DR4", "800GBASE-DR8").build();
        Recommendation r = decide(c, b, a);
        assertEquals("b", r.plan(), "b and a tie on cost (within half a cent); b is listed first");
        assertTrue(r.reasons().get(0).endsWith("It ties on cost with a; the plan listed first is recommended."),
                r.reasons().get(0));
        assertTrue(r.reasons().contains("c cannot be told apart from b on reliability (no significant difference) "
                + "and costs $50 more. It is also ready for 800GBASE-DR8 without re-cabling; prefer it if those "
                + "upgrades are planned."), r.reasons().toString());
        assertTrue(r.reasons().contains("a cannot be told apart from b on reliability (no significant difference) "
                + "and costs the same."), r.reasons().toString());
    }

    /* Two exact figures that differ by rounding noise only are equal, not significantly different. */
    @Test
    void floatingPointNoiseIsNoDifference() {
        PlanFigures a = TestFigures.plan("a").cost(200).failingLinks(0.1, 0.1, 0.1).build();
        double noisy = 0.1 + 3e-17;
        PlanFigures b = TestFigures.plan("b").cost(100).failingLinks(noisy, noisy, noisy).build();
        assertEquals("b", decide(a, b).plan());
        PlanDifference d = PlanDifference.denoised("b", Metric.EXPECTED_FAILING_LINKS, 3e-17,
                new Interval(3e-17, 3e-17), 0.1);
        assertEquals(new PlanDifference("b", Metric.EXPECTED_FAILING_LINKS, 0, new Interval(0, 0)), d);
        assertTrue(!d.resolved());
    }

    @Test
    void withoutLifecycleTheInstallationRiskAloneDecides() {
        PlanFigures cheap = TestFigures.plan("cheap").cost(100).noLifecycle().failingLinks(1, 0.9, 1.1).build();
        PlanFigures good = TestFigures.plan("good").cost(150).noLifecycle().failingLinks(0.1, 0.09, 0.11).build();
        Recommendation r = decide(cheap, good);
        assertEquals("good", r.plan());
        assertTrue(r.reasons().get(1).equals("good: total cost $150 and 0.1 [95 % CI 0.09 to 0.11] expected links "
                + "failing installation testing."), r.reasons().get(1));
    }

    /*
     * Equally reliable plans where the one cheaper on day one re-cables in the upgrade wave: mpo12-vs-mpo16's numbers
     * ($12,260,446 + $8,960,268 = $21,220,714 against $12,585,424 + $7,622,656 = $20,208,080). The rule weighs
     * installation + upgrades and says so.
     */
    @Test
    void upgradeWavesCountInTheCostTheRuleWeighs() {
        PlanFigures base12 = TestFigures.plan("base12").cost(12_260_446).upgradeCost(8_960_268).build();
        PlanFigures base16 = TestFigures.plan("base16").cost(12_585_424).upgradeCost(7_622_656).build();
        Recommendation r = decide(base12, base16);
        assertEquals("base16", r.plan());
        assertEquals("base16 is the cheapest of the 2 plans no other plan dominates on reliability (base12 and base16; "
                + "installation + upgrade cost base12 $21,220,714, base16 $20,208,080).", r.reasons().get(0));
        assertTrue(r.reasons().get(1).startsWith("base16: cost with upgrades $20,208,080 (installation $12,585,424, "
                + "upgrade waves $7,622,656)"), r.reasons().get(1));
        assertEquals(CheapestUndominatedRule.RULE + " " + CheapestUndominatedRule.UPGRADE_RULE, r.rule());
        assertEquals("base12", decide(TestFigures.plan("base12").cost(12_260_446).upgradeCost(0).build(),
                TestFigures.plan("base16").cost(12_585_424).upgradeCost(0).build()).plan());
    }
}
