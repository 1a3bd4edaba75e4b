package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.cablesim.lifecycle.FailureCause;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.plant.BomLine;
import org.cablesim.stats.Estimate;
import org.cablesim.study.Figure;
import org.cablesim.study.LifecycleFigures;
import org.cablesim.study.LossFigures;
import org.cablesim.study.PlanFigures;

/** Turns the study's figures into the report's charts: each an inline SVG chart with a reading hint underneath. */
final class ReportCharts {
    private ReportCharts() {
    }

    static String loss(ReportPlans plans) {
        return grid(marginCdf(plans), failureByTier(plans));
    }

    static String fibresAndCost(ReportPlans plans) {
        return grid(litVersusDark(plans), costBreakdown(plans));
    }

    static String lifecycle(ReportPlans plans) {
        return grid(capacityOverTime(plans), linksDownOverTime(plans), failuresByCause(plans), upgradeTimeline(plans));
    }

    private static String marginCdf(ReportPlans plans) {
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<SvgLineChart.Point> points = new ArrayList<>();
            if (plans.plan(i).loss() != null) {
                for (MarginMixture.Point point : plans.plan(i).loss().marginCdf()) {
                    points.add(new SvgLineChart.Point(point.marginDb(), point.fraction()));
                }
            }
            series.add(new SvgLineChart.Series(plans.key(i), points));
        }
        String svg = SvgLineChart.render(new ChartText("chart-margin-cdf", "Channel margin distribution",
                        "Cumulative fraction of links whose channel margin (budget minus loss) is at or below each value, "
                                + "per plan. Links left of 0 dB exceed their optical budget."),
                ChartAxis.linear("Channel margin (dB)"), ChartAxis.auto("Fraction of links at or below margin")
                        .withDomain(Double.NaN, 1), series, List.of(new SvgLineChart.Marker(0, "budget limit (0 dB)")));
        return figure("fig-margin-cdf", svg, "Read the curve where it crosses 0 dB: that height is the share of links "
                + "failing at install. A curve further right has more headroom; a logarithmic scale shows the tail.");
    }

    private static String failureByTier(ReportPlans plans) {
        List<SvgGroupedBarChart.Group> groups = new ArrayList<>();
        groups.add(group("all links", plans, l -> l.linkFailureProbability()));
        for (String tier : plans.union(p -> p.lossFigures().map(l -> l.byTier().keySet()).orElse(Set.of()))) {
            groups.add(group(tier, plans, l -> l.byTier().containsKey(tier)
                    ? l.byTier().get(tier).linkFailureProbability() : null));
        }
        String svg = SvgGroupedBarChart.render(new ChartText("chart-pfail-tier", "P(link fails at install) by tier",
                        "Probability that a link's loss exceeds its budget at installation, per fabric tier and plan, "
                                + "with 95 % confidence intervals."), "Fabric tier",
                ChartAxis.auto("P(link fails at install)").withFormat(ReportFormat::probability), plans.keys(), groups);
        return figure("fig-pfail-tier", svg, "Whiskers are 95 % confidence intervals. The axis turns logarithmic when "
                + "values span two decades or more.");
    }

    private static SvgGroupedBarChart.Group group(String label, ReportPlans plans, Function<LossFigures, Figure> figure) {
        List<SvgGroupedBarChart.Bar> bars = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            Figure f = plan.loss() == null ? null : figure.apply(plan.loss());
            bars.add(f == null ? SvgGroupedBarChart.Bar.of(Double.NaN)
                    : new SvgGroupedBarChart.Bar(f.value(), f.ci95().low(), f.ci95().high()));
        }
        return new SvgGroupedBarChart.Group(label, bars);
    }

    private static String litVersusDark(ReportPlans plans) {
        List<SvgStackedBarChart.Stack> stacks = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            stacks.add(new SvgStackedBarChart.Stack(plan.name(),
                    List.of((double) plan.plant().fibresLit(), (double) plan.plant().fibresDark())));
        }
        String svg = SvgStackedBarChart.render(new ChartText("chart-fibres", "Installed fibres: lit and dark",
                        "Installed fibres per plan, split into fibres carrying light and dark (unused) fibres."), "Plan",
                ChartAxis.linear("Installed fibres (count)").withFormat(ReportFormat::count),
                List.of(new ChartKey("lit", ChartPalette.LIT_FIBRE), new ChartKey("dark", ChartPalette.DARK_FIBRE)), stacks);
        return figure("fig-fibres", svg, "Dark fibre is paid for but unused today; it is also the headroom that lets "
                + "a later PMD reuse the plant (see upgrade readiness).");
    }

    private static String costBreakdown(ReportPlans plans) {
        List<ChartKey> keys = new ArrayList<>();
        BomLine.Category[] categories = BomLine.Category.values();
        for (int c = 0; c < categories.length; c++) {
            keys.add(new ChartKey(categories[c].fileName(), ChartPalette.category(c)));
        }
        List<SvgStackedBarChart.Stack> stacks = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            List<Double> segments = new ArrayList<>();
            for (BomLine.Category category : categories) {
                segments.add(plan.plant().costByCategory().getOrDefault(category, Double.NaN));
            }
            stacks.add(new SvgStackedBarChart.Stack(plan.name(), segments));
        }
        String svg = SvgStackedBarChart.render(new ChartText("chart-cost", "Cost breakdown",
                        "Bill of materials and labour per plan, stacked by cost category, total on top."), "Plan",
                ChartAxis.linear("Cost (USD)").withFormat(ReportFormat::usdCompact), keys, stacks);
        return figure("fig-cost", svg, "Totals are the sum of the categories shown; hover a segment for its value.");
    }

    private static String capacityOverTime(ReportPlans plans) {
        List<SvgLineChart.Series> series = timelineSeries(plans, p -> 100 * p.capacityFraction());
        String svg = SvgLineChart.render(new ChartText("chart-capacity", "Fabric capacity over time",
                        "Share of fabric links up, averaged over replications, per plan, from turn-up to the horizon."),
                ChartAxis.linear("Day since turn-up (d)").withTightDomain(), ChartAxis.linear("Capacity available (% of links up)"),
                series, List.of());
        return figure("fig-capacity", svg, "The early ramp is turn-up and rework; later dips are failures waiting "
                + "for repair and upgrade windows.");
    }

    private static String linksDownOverTime(ReportPlans plans) {
        List<SvgLineChart.Series> series = timelineSeries(plans, LifecycleFigures.TimelinePoint::linksDown);
        String svg = SvgLineChart.render(new ChartText("chart-links-down", "Links down over time",
                        "Number of links down, averaged over replications, per plan."),
                ChartAxis.linear("Day since turn-up (d)").withTightDomain(), ChartAxis.linear("Links down (count)").withZero(), series, List.of());
        return figure("fig-links-down", svg, "Links down at each sampled day, including those queued for repair.");
    }

    private static List<SvgLineChart.Series> timelineSeries(ReportPlans plans,
            ToDoubleFunction<LifecycleFigures.TimelinePoint> value) {
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<SvgLineChart.Point> points = new ArrayList<>();
            if (plans.plan(i).lifecycle() != null) {
                for (LifecycleFigures.TimelinePoint point : plans.plan(i).lifecycle().timeline()) {
                    points.add(new SvgLineChart.Point(point.day(), value.applyAsDouble(point)));
                }
            }
            series.add(new SvgLineChart.Series(plans.key(i), points));
        }
        return series;
    }

    private static String failuresByCause(ReportPlans plans) {
        FailureCause[] causes = FailureCause.values();
        List<ChartKey> keys = new ArrayList<>();
        for (int c = 0; c < causes.length; c++) {
            keys.add(new ChartKey(LifecycleFigures.causeName(causes[c]), ChartPalette.category(c)));
        }
        List<SvgStackedBarChart.Stack> stacks = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            List<Double> segments = new ArrayList<>();
            for (FailureCause cause : causes) {
                Estimate e = plan.lifecycle() == null ? null : plan.lifecycle().failuresPerYear().get(cause);
                segments.add(e == null ? Double.NaN : e.mean());
            }
            stacks.add(new SvgStackedBarChart.Stack(plan.name(), segments));
        }
        String svg = SvgStackedBarChart.render(new ChartText("chart-failures", "Link failures per year by cause",
                        "Mean link failures per year per plan, stacked by cause."), "Plan",
                ChartAxis.linear("Failures per year (count)"), keys, stacks);
        return figure("fig-failures", svg, "Each failure takes a link down until a crew repairs it; contamination "
                + "failures scale with the number of mated pairs.");
    }

    private static String upgradeTimeline(ReportPlans plans) {
        List<SvgTimelineChart.Event> events = new ArrayList<>();
        double horizon = Double.NaN;
        for (int i = 0; i < plans.size(); i++) {
            LifecycleFigures life = plans.plan(i).lifecycle();
            if (life == null) {
                continue;
            }
            horizon = Double.isFinite(horizon) ? Math.max(horizon, life.horizonDays()) : life.horizonDays();
            for (LifecycleFigures.Wave wave : life.upgrades()) {
                events.add(new SvgTimelineChart.Event(i, wave.day(), wave.toPmd(), HtmlUpgrades.detail(wave)));
            }
        }
        String svg = SvgTimelineChart.render(new ChartText("chart-upgrades", "Upgrade timeline",
                        "Day of each planned PMD upgrade per plan, labelled with the target PMD."),
                ChartAxis.linear("Day since turn-up (d)").withFormat(ReportFormat::count).withTightDomain(), plans.keys(),
                events, 0, horizon);
        return figure("fig-upgrades", svg, "Each diamond is an upgrade, labelled with the PMD it moves to; the "
                + "upgrade table under Plan details gives reuse, labour and cost.");
    }

    static String figure(String id, String svg, String caption) {
        return "<figure id=\"" + id + "\">\n" + svg + "<figcaption>" + HtmlEscape.text(caption) + "</figcaption>\n</figure>\n";
    }

    static String grid(String... figures) {
        return "<div class=\"charts\">\n" + String.join("", figures) + "</div>\n";
    }
}
