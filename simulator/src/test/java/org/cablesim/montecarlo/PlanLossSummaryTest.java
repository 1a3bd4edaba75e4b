package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cablesim.stats.Interval;
import org.junit.jupiter.api.Test;

/** Aggregation formulas against hand calculations. */
class PlanLossSummaryTest {
    /** Classes: p = 0.1 × 2 links (tier A), 0.01 × 3 (tier A), 0.5 × 1 (tier B). */
    static final List<ClassLossResult> CLASSES = List.of(
            ClassLossResult.of("a1", "A", 2, 0.1, new Interval(0.08, 0.12)),
            ClassLossResult.of("a2", "A", 3, 0.01, new Interval(0.005, 0.02)),
            ClassLossResult.of("b1", "B", 1, 0.5, Interval.exact(0.5)));

    @Test
    void planFiguresMatchHandCalculation() {
        PlanLossSummary s = PlanLossSummary.of(CLASSES, 2);
        LossSummary plan = s.plan();
        assertEquals(6, plan.links());
        assertEquals(0.2 + 0.03 + 0.5, plan.expectedFailingLinks(), 1e-15);
        double none = 0.81 * 0.970299 * 0.5; // 0.9² · 0.99³ · 0.5
        assertEquals(1 - none, plan.probabilityAtLeastOne(), 1e-15);
        FailingCountDistribution d = plan.failingLinks();
        assertEquals(FailingCountDistribution.EXACT, d.method());
        double[] pmf = d.pmf();
        assertEquals(none, pmf[0], 1e-15);
        // P(1) = 0.5·(0.18·0.970299 + 0.81·0.029403 + 0.81·0.970299), by hand
        assertEquals(0.49220622, pmf[1], 1e-12);
        double total = 0;
        for (double p : pmf) {
            total += p;
        }
        assertEquals(1, total, 1e-12);
        assertEquals(0.73, d.mean(), 1e-15);
        assertEquals(2 * 0.09 + 3 * 0.0099 + 0.25, d.variance(), 1e-15);
        assertEquals(0.73 / 6, plan.meanLinkFailureProbability(), 1e-15);
        assertEquals((2 * 0.08 + 3 * 0.005 + 0.5) / 6, plan.linkFailureProbability().low(), 1e-15);
        assertEquals((2 * 0.12 + 3 * 0.02 + 0.5) / 6, plan.linkFailureProbability().high(), 1e-15);
        assertEquals(1, d.quantile(0.5));
    }

    @Test
    void tiersAndWorstClasses() {
        PlanLossSummary s = PlanLossSummary.of(CLASSES, 2);
        assertEquals(List.of("A", "B"), List.copyOf(s.byTier().keySet()));
        LossSummary a = s.byTier().get("A");
        assertEquals(5, a.links());
        assertEquals(0.23, a.expectedFailingLinks(), 1e-15);
        assertEquals(1 - 0.81 * 0.970299, a.probabilityAtLeastOne(), 1e-15);
        assertEquals(0.5, s.byTier().get("B").probabilityAtLeastOne(), 0);
        assertEquals(List.of("b1", "a1"), s.worstClasses().stream().map(ClassLossResult::classId).toList());
    }

    /** Tiny probabilities keep full relative accuracy in P(at least one) (log1p/expm1, no 1 − Π cancellation). */
    @Test
    void probabilityOfAnyIsAccurateForRareFailures() {
        List<ClassLossResult> rare = List.of(ClassLossResult.of("r", "T", 1_000_000, 1e-15, Interval.exact(1e-15)));
        assertEquals(1e-9, PlanLossSummary.of(rare, 1).plan().probabilityAtLeastOne(), 1e-9 * 1e-6);
    }

    /** Beyond the exact work limit a Poisson law with the exact mean replaces the convolution. */
    @Test
    void largePlansUseThePoissonApproximation() {
        List<ClassLossResult> big = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            big.add(ClassLossResult.of("c" + i, "T", 5000, 0.002, Interval.exact(0.002)));
        }
        FailingCountDistribution d = PlanLossSummary.of(big, 0).plan().failingLinks();
        assertEquals(FailingCountDistribution.POISSON, d.method());
        assertEquals(20_000, d.mean(), 1e-6);
        assertEquals(20_000, d.quantile(0.5), 2);
    }
}
