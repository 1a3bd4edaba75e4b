package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cablesim.polarity.CheckKind;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.StudySummary;
import org.cablesim.study.Sweep;
import org.cablesim.study.TestFigures;

/**
 * The report must render any study result its records admit: plans whose figures are drawn from an edge-case pool
 * (zero, negative zero, negatives, extremes of the double range, NaN where a figure may be undefined), with and
 * without stages, violations and sweeps; rendering must not throw and must stay deterministic.
 */
class HtmlReportProperties {
    private static final double[] POOL = {0, -0.0, -1.5, 1e-300, Double.MIN_VALUE, 1e300, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.NaN, 2, 0.5, 0.999999, 1, 12345.678};

    @Property(tries = 40, seed = "6")
    void anySummaryRendersAndRendersAlike(@ForAll("choices") List<Integer> choices) {
        Iterator<Integer> c = choices.iterator();
        int planCount = 1 + next(c) % 4;
        List<PlanFigures> plans = new ArrayList<>();
        for (int p = 0; p < planCount; p++) {
            plans.add(plan("p" + p, c));
        }
        List<Sweep> sweeps = new ArrayList<>();
        if (next(c) % 2 == 0) {
            sweeps.add(new Sweep("x", List.of(new Sweep.Point("1", plans, null),
                    new Sweep.Point(next(c) % 2 == 0 ? "2" : "two", plans, plans.get(0).name()))));
        }
        StudySummary summary = TestFigures.summary(plans, List.of(), sweeps);
        String html = HtmlReport.render(summary, "text");
        assertTrue(html.endsWith("</html>\n"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertEquals(html, HtmlReport.render(summary, "text"));
        SummaryJson.toText(summary, "text");
    }

    private static PlanFigures plan(String name, Iterator<Integer> c) {
        TestFigures.Builder b = TestFigures.plan(name).cost(value(c)).cassettes(next(c) % 5000);
        double low = value(c);
        double high = value(c);
        if (!(low > high)) {
            b.failingLinks(value(c), low, high);
        }
        double a = value(c);
        double aHigh = value(c);
        if (!(a > aHigh)) {
            b.availability(a, a, aHigh);
        }
        if (next(c) % 3 == 0) {
            b.violations(CheckKind.values()[next(c) % CheckKind.values().length], 1 + next(c) % 9, next(c) % 9);
        }
        if (next(c) % 4 == 0) {
            b.noLoss();
        }
        if (next(c) % 4 == 0) {
            b.noLifecycle();
        }
        return b.build();
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 9_999).list().ofSize(120);
    }

    private static double value(Iterator<Integer> c) {
        return POOL[next(c) % POOL.length];
    }

    private static int next(Iterator<Integer> c) {
        return c.hasNext() ? c.next() : 0;
    }
}
