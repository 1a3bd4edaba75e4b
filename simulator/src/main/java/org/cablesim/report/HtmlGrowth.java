package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cablesim.stats.Estimate;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.PlanGrowth;

/**
 * The report's growth section, for a cluster that grows in phases: each plan's horizon cost (what the
 * recommendation weighs), the phases side by side, cumulative cost by phase and capacity over time. Reads the
 * study's records only; the decision itself is the verdict's.
 */
final class HtmlGrowth {
    private HtmlGrowth() {
    }

    /** Whether any plan of the study grows. */
    static boolean grows(ReportPlans plans) {
        return plans.all().stream().anyMatch(p -> p.growth() != null);
    }

    static String render(ReportPlans plans) {
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"lead\">The cluster grows in phases. Every plan cables the same fabric phase by phase; "
                + "they differ in what is installed when. The horizon cost adds every phase's material and labour, "
                + "the carrying cost of pre-installed plant standing idle, and the GPU-hours the expansions cost the "
                + "jobs.</p>\n");
        html.append(horizon(plans).render());
        html.append("<h3>Phase by phase</h3>\n").append(phases(plans).render());
        html.append(ReportCharts.grid(cumulativeCost(plans), capacity(plans)));
        return html.toString();
    }

    private static HtmlTable horizon(ReportPlans plans) {
        HtmlTable table = new HtmlTable("growth-horizon", "Over the lifecycle horizon; disruption and the total are "
                + "means over replications with their 95 % intervals.")
                .head("Plan", "").head("Capex, all phases (USD)", "num").head("Idle plant, carrying cost (USD)", "num")
                .head("Disruption (GPU-h)", "num").head("Disruption (USD)", "num").head("Horizon cost (USD)", "num")
                .head("Re-patched links", "num").head("Re-cabled links", "num").head("Trunks pulled later", "num");
        for (int i = 0; i < plans.size(); i++) {
            PlanGrowth g = plans.plan(i).growth();
            if (g == null) {
                continue;
            }
            table.rowHtml(HtmlComparison.planHeading(plans.name(i), plans), List.of(
                    HtmlTable.Cell.number(ReportFormat.usd(g.capexUsd())),
                    HtmlTable.Cell.number(ReportFormat.usd(g.strandedCostUsd())),
                    withInterval(g.disruptionGpuHours(), false),
                    withInterval(g.disruptionUsd(), true),
                    withInterval(g.totalUsd(), true),
                    HtmlTable.Cell.number(ReportFormat.count(g.linksRePatched())),
                    HtmlTable.Cell.number(ReportFormat.count(g.linksReCabled())),
                    HtmlTable.Cell.number(ReportFormat.count(g.trunksPulledLater()))), "");
        }
        return table;
    }

    private static HtmlTable.Cell withInterval(Estimate e, boolean usd) {
        String value = usd ? ReportFormat.usd(e.mean()) : ReportFormat.count(e.mean());
        boolean interval = Double.isFinite(e.ci95().low()) && e.ci95().low() != e.ci95().high();
        String ci = interval ? "[" + (usd ? ReportFormat.usd(e.ci95().low()) : ReportFormat.count(e.ci95().low()))
                + ", " + (usd ? ReportFormat.usd(e.ci95().high()) : ReportFormat.count(e.ci95().high())) + "]" : null;
        return HtmlTable.Cell.number(value, ci, false);
    }

    private static HtmlTable phases(ReportPlans plans) {
        HtmlTable table = new HtmlTable("growth-phases", "Plant work from the plan's routing; simulated figures "
                + "(down, interruptions) are means over replications of the expansion's window.")
                .head("Plan", "").head("Phase", "");
        for (GrowthColumn c : GrowthColumn.brief()) {
            table.head(c.heading(), "num");
        }
        for (int i = 0; i < plans.size(); i++) {
            PlanGrowth g = plans.plan(i).growth();
            if (g == null) {
                continue;
            }
            for (PlanGrowth.Phase phase : g.phases()) {
                List<HtmlTable.Cell> cells = new ArrayList<>();
                cells.add(HtmlTable.Cell.text(phase.name()));
                for (GrowthColumn c : GrowthColumn.brief()) {
                    cells.add(HtmlTable.Cell.number(c.text(phase)));
                }
                table.rowHtml(HtmlComparison.planHeading(plans.name(i), plans), cells, "");
            }
        }
        return table;
    }

    private static String cumulativeCost(ReportPlans plans) {
        List<SvgLineChart.Series> series = series(plans, g -> g.phases().stream()
                .map(phase -> new SvgLineChart.Point(phase.day(), phase.cumulativeUsd())).toList());
        String svg = SvgLineChart.render(new ChartText("chart-growth-cost", "Cumulative cost by phase",
                        "Material and labour spent by the end of each phase's work, per plan, against the day the "
                                + "phase starts."), ChartAxis.linear("Phase start (day since turn-up)"),
                ChartAxis.linear("Cumulative cost (USD)").withFormat(ReportFormat::usdCompact).withZero(), series,
                phaseMarkers(plans));
        return ReportCharts.figure("fig-growth-cost", svg, "Pre-installing spends earlier and less later; the gap "
                + "between the lines at a phase is what that phase's plant costs one plan more than the other.");
    }

    private static String capacity(ReportPlans plans) {
        List<SvgLineChart.Series> series = series(plans, g -> g.capacity().stream()
                .map(c -> new SvgLineChart.Point(c.day(), c.linksUp())).toList());
        String svg = SvgLineChart.render(new ChartText("chart-growth-capacity", "Capacity over time",
                        "Links up (in service and not down), averaged over replications, per plan; each growth phase "
                                + "is a step."), ChartAxis.linear("Day since turn-up (d)").withTightDomain(),
                ChartAxis.linear("Links up (count)").withFormat(ReportFormat::compact).withZero(), series,
                phaseMarkers(plans));
        return ReportCharts.figure("fig-growth-capacity", svg, "Each step is a phase coming into service over its "
                + "expansion window, link by link as the crews finish; moved links are down meanwhile.");
    }

    /** One line per plan (empty for a plan that does not grow). */
    private static List<SvgLineChart.Series> series(ReportPlans plans,
            Function<PlanGrowth, List<SvgLineChart.Point>> points) {
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            PlanGrowth g = plans.plan(i).growth();
            series.add(new SvgLineChart.Series(plans.key(i), g == null ? List.of() : points.apply(g)));
        }
        return series;
    }

    private static List<SvgLineChart.Marker> phaseMarkers(ReportPlans plans) {
        List<SvgLineChart.Marker> markers = new ArrayList<>();
        PlanFigures first = plans.all().stream().filter(p -> p.growth() != null).findFirst().orElseThrow();
        for (PlanGrowth.Phase phase : first.growth().phases().subList(1, first.growth().phases().size())) {
            markers.add(new SvgLineChart.Marker(phase.day(), phase.name()));
        }
        return markers;
    }
}
