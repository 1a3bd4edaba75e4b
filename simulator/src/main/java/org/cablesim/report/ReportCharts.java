package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the summary into the report's figures: each an inline SVG chart with a reading hint underneath. */
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

    static String sensitivity(JsonNode summary, ReportPlans plans) {
        List<JsonNode> sweeps = ReportJson.array(summary, "sweeps");
        Set<String> metrics = new LinkedHashSet<>();
        for (JsonNode sweep : sweeps) {
            for (var plan : ReportJson.fields(sweep, "plans")) {
                ReportJson.fields(plan.getValue()).forEach(e -> metrics.add(e.getKey()));
            }
        }
        List<String> figures = new ArrayList<>();
        int n = 0;
        for (String metric : metrics) {
            figures.add(tornado(sweeps, plans, metric, "fig-sensitivity-" + (++n)));
        }
        if (figures.isEmpty()) {
            figures.add(figure("fig-sensitivity-1", SvgTornadoChart.render(new ChartText("fig-sensitivity-1-chart",
                    "Sensitivity", "One-at-a-time parameter sweeps."), ChartAxis.linear("Change"), plans.keys(), List.of()),
                    "The summary holds no parameter sweeps."));
        }
        return grid(figures.toArray(String[]::new));
    }

    private static String marginCdf(ReportPlans plans) {
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<SvgLineChart.Point> points = new ArrayList<>();
            for (JsonNode point : ReportJson.array(plans.plan(i), "loss", "marginCdf")) {
                points.add(new SvgLineChart.Point(ReportJson.number(point, "marginDb"), ReportJson.number(point, "fraction")));
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
        Set<String> tiers = plans.keysAt("loss", "byTier");
        List<SvgGroupedBarChart.Group> groups = new ArrayList<>();
        groups.add(group("all links", plans, p -> ReportJson.at(p, "loss", "linkFailureProbability")));
        for (String tier : tiers) {
            groups.add(group(tier, plans, p -> ReportJson.at(p, "loss", "byTier", tier, "linkFailureProbability")));
        }
        String svg = SvgGroupedBarChart.render(new ChartText("chart-pfail-tier", "P(link fails at install) by tier",
                        "Probability that a link's loss exceeds its budget at installation, per fabric tier and plan, "
                                + "with 95 % confidence intervals."), "Fabric tier",
                ChartAxis.auto("P(link fails at install)").withFormat(ReportFormat::probability), plans.keys(), groups);
        return figure("fig-pfail-tier", svg, "Whiskers are 95 % confidence intervals. The axis turns logarithmic when "
                + "values span two decades or more.");
    }

    private static SvgGroupedBarChart.Group group(String label, ReportPlans plans,
            java.util.function.Function<JsonNode, JsonNode> estimate) {
        List<SvgGroupedBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode plan : plans.all()) {
            JsonNode node = estimate.apply(plan);
            bars.add(new SvgGroupedBarChart.Bar(ReportJson.number(node, "mean"), ReportJson.number(node, "ci95Low"),
                    ReportJson.number(node, "ci95High")));
        }
        return new SvgGroupedBarChart.Group(label, bars);
    }

    private static String litVersusDark(ReportPlans plans) {
        List<SvgStackedBarChart.Stack> stacks = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            JsonNode fibres = ReportJson.at(plans.plan(i), "fibres");
            stacks.add(new SvgStackedBarChart.Stack(plans.name(i),
                    List.of(ReportJson.number(fibres, "lit"), ReportJson.number(fibres, "dark"))));
        }
        String svg = SvgStackedBarChart.render(new ChartText("chart-fibres", "Installed fibres: lit and dark",
                        "Installed fibres per plan, split into fibres carrying light and dark (unused) fibres."), "Plan",
                ChartAxis.linear("Installed fibres (count)").withFormat(ReportFormat::count),
                List.of(new ChartKey("lit", ChartPalette.LIT_FIBRE), new ChartKey("dark", ChartPalette.DARK_FIBRE)), stacks);
        return figure("fig-fibres", svg, "Dark fibre is paid for but unused today; it is also the headroom that lets "
                + "a later PMD reuse the plant (see upgrade readiness).");
    }

    private static String costBreakdown(ReportPlans plans) {
        List<String> categories = new ArrayList<>(plans.keysAt("cost", "byCategory"));
        List<ChartKey> keys = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            keys.add(new ChartKey(categories.get(c), ChartPalette.category(c)));
        }
        List<SvgStackedBarChart.Stack> stacks = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<Double> segments = new ArrayList<>();
            for (String category : categories) {
                segments.add(ReportJson.number(plans.plan(i), "cost", "byCategory", category));
            }
            stacks.add(new SvgStackedBarChart.Stack(plans.name(i), segments));
        }
        String svg = SvgStackedBarChart.render(new ChartText("chart-cost", "Cost breakdown",
                        "Bill of materials and labour per plan, stacked by cost category, total on top."), "Plan",
                ChartAxis.linear("Cost (USD)").withFormat(ReportFormat::usdCompact), keys, stacks);
        return figure("fig-cost", svg, "Totals are the sum of the categories shown; hover a segment for its value.");
    }

    private static String capacityOverTime(ReportPlans plans) {
        List<SvgLineChart.Series> series = timelineSeries(plans, "capacityFraction", 100);
        String svg = SvgLineChart.render(new ChartText("chart-capacity", "Fabric capacity over time",
                        "Share of fabric links up, averaged over replications, per plan, from turn-up to the horizon."),
                ChartAxis.linear("Day since turn-up (d)").withTightDomain(), ChartAxis.linear("Capacity available (% of links up)"),
                series, List.of());
        return figure("fig-capacity", svg, "The early ramp is turn-up and rework; later dips are failures waiting "
                + "for repair and upgrade windows.");
    }

    private static String linksDownOverTime(ReportPlans plans) {
        List<SvgLineChart.Series> series = timelineSeries(plans, "linksDown", 1);
        String svg = SvgLineChart.render(new ChartText("chart-links-down", "Links down over time",
                        "Number of links down, averaged over replications, per plan."),
                ChartAxis.linear("Day since turn-up (d)").withTightDomain(), ChartAxis.linear("Links down (count)").withZero(), series, List.of());
        return figure("fig-links-down", svg, "Links down at each sampled day, including those queued for repair.");
    }

    private static List<SvgLineChart.Series> timelineSeries(ReportPlans plans, String field, double scale) {
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<SvgLineChart.Point> points = new ArrayList<>();
            for (JsonNode point : ReportJson.array(plans.plan(i), "lifecycle", "timeline")) {
                points.add(new SvgLineChart.Point(ReportJson.number(point, "day"), scale * ReportJson.number(point, field)));
            }
            series.add(new SvgLineChart.Series(plans.key(i), points));
        }
        return series;
    }

    private static String failuresByCause(ReportPlans plans) {
        List<String> causes = new ArrayList<>(plans.keysAt("lifecycle", "failuresPerYear"));
        List<ChartKey> keys = new ArrayList<>();
        for (int c = 0; c < causes.size(); c++) {
            keys.add(new ChartKey(causes.get(c), ChartPalette.category(c)));
        }
        List<SvgStackedBarChart.Stack> stacks = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<Double> segments = new ArrayList<>();
            for (String cause : causes) {
                segments.add(ReportJson.number(plans.plan(i), "lifecycle", "failuresPerYear", cause));
            }
            stacks.add(new SvgStackedBarChart.Stack(plans.name(i), segments));
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
            double days = ReportJson.number(plans.plan(i), "lifecycle", "horizonDays");
            if (Double.isFinite(days)) {
                horizon = Double.isFinite(horizon) ? Math.max(horizon, days) : days;
            }
            for (JsonNode upgrade : ReportJson.array(plans.plan(i), "lifecycle", "upgrades")) {
                String to = ReportJson.text(upgrade, "toPmd");
                String name = ReportJson.text(upgrade, "name");
                events.add(new SvgTimelineChart.Event(i, ReportJson.number(upgrade, "day"),
                        to != null ? to : name != null ? name : "upgrade", HtmlDetails.upgradeDetail(upgrade)));
            }
        }
        String svg = SvgTimelineChart.render(new ChartText("chart-upgrades", "Upgrade timeline",
                        "Day of each planned PMD upgrade per plan, labelled with the target PMD."),
                ChartAxis.linear("Day since turn-up (d)").withFormat(ReportFormat::count).withTightDomain(), plans.keys(),
                events, 0, horizon);
        return figure("fig-upgrades", svg, "Each diamond is an upgrade, labelled with the PMD it moves to; the "
                + "upgrade table under Plan details gives reuse, labour and cost.");
    }

    private static String tornado(List<JsonNode> sweeps, ReportPlans plans, String metric, String id) {
        boolean points = ReportMetricNames.absoluteShare(metric);
        List<SvgTornadoChart.Row> rows = new ArrayList<>();
        for (JsonNode sweep : sweeps) {
            List<JsonNode> values = ReportJson.array(sweep, "values");
            if (values.isEmpty()) {
                continue;
            }
            int low = extreme(values, true);
            int high = extreme(values, false);
            int base = (values.size() - 1) / 2;
            List<SvgTornadoChart.Swing> swings = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                List<JsonNode> ys = ReportJson.array(sweep, "plans", plans.name(i), metric);
                swings.add(new SvgTornadoChart.Swing(change(ys, low, base, points), change(ys, high, base, points)));
            }
            String parameter = ReportJson.text(sweep, "parameter");
            // No-break spaces keep the swept range on one line when the label wraps.
            rows.add(new SvgTornadoChart.Row((parameter == null ? "parameter" : parameter) + " ("
                    + valueText(values.get(low)) + "\u00A0→\u00A0" + valueText(values.get(high)) + ")", swings));
        }
        String label = ReportMetricNames.label(metric);
        String axis = points ? "Change in " + label.toLowerCase(java.util.Locale.ROOT) + " (percentage points)"
                : "Change in " + label + " (% of base case)";
        String svg = SvgTornadoChart.render(new ChartText(id + "-chart", "Sensitivity: " + label,
                        "For each swept parameter, the change in " + label + " from the base case when the parameter "
                                + "is at its lowest and highest swept value, per plan."),
                ChartAxis.linear(axis).withFormat(v -> ReportFormat.significant(v, 2)), plans.keys(), rows);
        return figure(id, svg, "Base case: the middle swept value of each parameter. Light bars: parameter at its "
                + "lowest swept value; solid bars: at its highest. The most influential parameter is on top.");
    }

    private static int extreme(List<JsonNode> values, boolean lowest) {
        int index = lowest ? 0 : values.size() - 1;
        boolean numeric = values.stream().allMatch(JsonNode::isNumber);
        if (numeric) {
            for (int i = 0; i < values.size(); i++) {
                double v = values.get(i).asDouble();
                if (lowest ? v < values.get(index).asDouble() : v > values.get(index).asDouble()) {
                    index = i;
                }
            }
        }
        return index;
    }

    private static double change(List<JsonNode> ys, int at, int base, boolean points) {
        if (at >= ys.size() || base >= ys.size()) {
            return Double.NaN;
        }
        double value = ReportJson.number(ys.get(at));
        double reference = ReportJson.number(ys.get(base));
        if (points) {
            return 100 * (value - reference);
        }
        return reference == 0 ? Double.NaN : 100 * (value - reference) / Math.abs(reference);
    }

    private static String valueText(JsonNode value) {
        return value.isNumber() ? ReportFormat.plain(value.asDouble()) : value.asText();
    }

    static String figure(String id, String svg, String caption) {
        return "<figure id=\"" + id + "\">\n" + svg + "<figcaption>" + HtmlEscape.text(caption) + "</figcaption>\n</figure>\n";
    }

    private static String grid(String... figures) {
        return "<div class=\"charts\">\n" + String.join("", figures) + "</div>\n";
    }
}
