package org.cablesim.report;

import java.util.List;
import org.cablesim.polarity.CheckKind;
import org.cablesim.stats.Interval;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanDifference;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.StudySummary;
import org.cablesim.study.Sweep;
import org.cablesim.study.TestFigures;

/** Hand-made study summaries that exercise every part of the report. */
final class ReportSamples {
    /** Markup a summary's free text must show as text. */
    static final String HOSTILE = "<script>console.error(\"xss\")</script>\"><img src=x onerror=alert(2)>";

    private ReportSamples() {
    }

    /**
     * Three plans (the second recommended: cheapest undominated; the third dominated), one with the exact
     * bill-of-materials counts (4,608 cassettes, 3,914,496 fibres), a long upgrade-readiness list, paired
     * differences, a numeric sweep and a categorical one.
     */
    static StudySummary rich() {
        List<PlanFigures> plans = plans();
        List<PlanDifference> differences = List.of(
                new PlanDifference("mpo16-structured", Metric.LINK_FAILURE_PROBABILITY, -5e-5, new Interval(-7e-5, -3e-5)),
                new PlanDifference("mpo16-structured", Metric.EXPECTED_FAILING_LINKS, -0.05, new Interval(-0.07, -0.03)),
                new PlanDifference("base8-direct", Metric.LINK_FAILURE_PROBABILITY, 0, new Interval(0, 0)),
                new PlanDifference("mpo16-structured", Metric.AVAILABILITY, 6e-5, new Interval(-3e-5, 1.5e-4)),
                new PlanDifference("mpo16-structured", Metric.JOB_INTERRUPTIONS_PER_YEAR, -1.2, new Interval(-2, -0.4)));
        Sweep numeric = new Sweep("floor.rackPitchM", List.of(
                new Sweep.Point("0.6", plans, "mpo16-structured"),
                new Sweep.Point("1.2", scaled(1.1), "mpo16-structured"),
                new Sweep.Point("2.4", scaled(1.3), "mpo12-structured")));
        Sweep categories = new Sweep("plans[*].tiers[*].lossClasses.adapter", List.of(
                new Sweep.Point("grade-B", plans, "mpo16-structured"),
                new Sweep.Point(HOSTILE, scaled(2), null)));
        return TestFigures.summary(plans, differences, List.of(numeric, categories));
    }

    private static List<PlanFigures> plans() {
        return scaled(1);
    }

    /** The sample plans with their costs and failing links times {@code factor}. */
    private static List<PlanFigures> scaled(double factor) {
        return List.of(
                TestFigures.plan("mpo12-structured").description("Base-12 trunks, " + HOSTILE).cost(1_650_000 * factor)
                        .failingLinks(0.21 * factor, 0.2 * factor, 0.22 * factor)
                        .availability(0.99962, 0.99957, 0.99967).jobInterruptions(5.2, 4.6, 5.8)
                        .readiness("400GBASE-DR4", "800G-2xDR4", "800GBASE-DR8-2xMPO12").build(),
                TestFigures.plan("mpo16-structured").cost(1_600_000 * factor).cassettes(4_608)
                        .fibres(3_914_496, 3_600_000).failingLinks(0.16 * factor, 0.15 * factor, 0.17 * factor)
                        .availability(0.99968, 0.99964, 0.99972).jobInterruptions(4.4, 3.9, 4.9)
                        .readiness("1.6T-DR8", "400GBASE-DR4", "800G-PSM8", "800GBASE-DR8", "800GBASE-DR8-2xMPO16",
                                "400GBASE-SR4.2")
                        .build(),
                TestFigures.plan("base8-direct").cost(1_534_000 * factor).violations(CheckKind.POLARITY, 12, 6)
                        .failingLinks(0.035 * factor, 0.03 * factor, 0.04 * factor)
                        .availability(0.99931, 0.99925, 0.99937).jobInterruptions(9.8, 9, 10.6).build());
    }
}
