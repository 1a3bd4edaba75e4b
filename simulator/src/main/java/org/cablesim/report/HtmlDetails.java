package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.cablesim.lifecycle.FailureCause;
import org.cablesim.plant.BomLine;
import org.cablesim.polarity.CheckKind;
import org.cablesim.stats.Estimate;
import org.cablesim.study.Figure;
import org.cablesim.study.LifecycleFigures;
import org.cablesim.study.LossFigures;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.PlantSummary;

/** The plan-details section: every figure of every plan side by side, then the upgrade waves of every plan. */
final class HtmlDetails {
    private static final DoubleFunction<String> COUNT = ReportFormat::count;
    private static final DoubleFunction<String> THREE = v -> ReportFormat.significant(v, 3);
    private static final DoubleFunction<String> SHARE = v -> ReportFormat.percent(v, 1);

    private HtmlDetails() {
    }

    static String render(ReportPlans plans) {
        HtmlTable table = HtmlGlance.planTable(plans, null, "details", null);
        table.group("Fabric");
        plant(table, plans, "GPUs (count)", p -> (double) p.fabric().gpus());
        plant(table, plans, "Servers (count)", p -> (double) p.fabric().servers());
        plant(table, plans, "Leaf switches (count)", p -> (double) p.fabric().leaves());
        plant(table, plans, "Spine switches (count)", p -> (double) p.fabric().spines());
        plant(table, plans, "Core switches (count)", p -> (double) p.fabric().cores());
        for (String tier : plans.union(p -> p.fabric().linksByTier().keySet())) {
            plant(table, plans, "Links, " + tier + " (count)", p -> count(p.fabric().linksByTier().get(tier)));
        }
        table.group("Fibres");
        metric(table, plans, Metric.FIBRES_INSTALLED);
        metric(table, plans, Metric.FIBRES_LIT);
        metric(table, plans, Metric.FIBRES_DARK);
        metric(table, plans, Metric.DARK_FRACTION);
        table.group("Cabling");
        plant(table, plans, "Links cabled (count)", p -> (double) p.plant().linksCabled());
        metric(table, plans, Metric.TRUNKS);
        plant(table, plans, "Patch cords (count)", p -> (double) p.plant().cords());
        plant(table, plans, "Cross-connect jumpers (count)", p -> (double) p.plant().jumpers());
        plant(table, plans, "Direct assemblies (count)", p -> (double) p.plant().assemblies());
        metric(table, plans, Metric.MPO_CONNECTORS);
        plant(table, plans, "Panel adapters (count)", p -> (double) p.plant().adapters());
        metric(table, plans, Metric.CASSETTES);
        metric(table, plans, Metric.PANELS);
        plant(table, plans, "Panel rack units (count)", p -> (double) p.plant().rackUnits());
        plant(table, plans, "Mated pairs per link, fewest (count)", p -> (double) p.plant().matedPairsMin());
        row(table, plans, "Mated pairs per link, mean", THREE, p -> p.plant().matedPairsMean());
        plant(table, plans, "Mated pairs per link, most (count)", p -> (double) p.plant().matedPairsMax());
        plant(table, plans, "Breakout harnesses (count)", p -> (double) p.plant().harnesses());
        plant(table, plans, "Fusion splices (count)", p -> (double) p.plant().fibreSplices());
        plant(table, plans, "Copper cables (count)", p -> (double) p.plant().copperCables());
        plant(table, plans, "Pathway segments over fill limit (count)", p -> (double) p.plant().pathwaysOverFill());
        text(table, plans, "Fullest pathway segment", p -> p.plant().fullestPathways().stream().findFirst()
                .map(f -> "e" + f.edgeId() + " " + f.kindName() + " (" + f.label() + ")"));
        row(table, plans, "Fullest pathway segment, fill share", THREE, p -> p.plant().fullestPathways().stream()
                .findFirst().map(f -> f.fillShare()).orElse(null));
        for (String tier : plans.union(p -> p.plant().polarityByTier().keySet())) {
            text(table, plans, "Polarity method built, " + tier,
                    p -> Optional.ofNullable(p.plant().polarityByTier().get(tier)));
        }
        table.group("Design checks");
        metric(table, plans, Metric.CHECK_VIOLATIONS);
        for (CheckKind kind : CheckKind.values()) {
            plant(table, plans, "Violations, " + PlantSummary.kindName(kind) + " (count)",
                    p -> count(p.plant().violationsByKind().get(kind)));
        }
        table.group("Cost");
        metric(table, plans, Metric.COST_USD);
        for (BomLine.Category category : BomLine.Category.values()) {
            row(table, plans, "Cost, " + category.fileName() + " (USD)", ReportFormat::usd,
                    p -> p.plant().costByCategory().get(category));
        }
        for (String tier : plans.union(p -> p.plant().costByTier().keySet())) {
            row(table, plans, "Cost, tier " + tier + " (USD)", ReportFormat::usd, p -> p.plant().costByTier().get(tier));
        }
        row(table, plans, "Spares, not in the cost (USD)", ReportFormat::usd, p -> p.plant().spares().totalUsd());
        loss(table, plans);
        lifecycle(table, plans);
        table.group("Upgrade readiness");
        List<HtmlTable.Cell> ready = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            ready.add(plan.lifecycle() == null ? HtmlTable.Cell.number(ReportFormat.MISSING)
                    : new HtmlTable.Cell(HtmlEscape.text(String.join(", ", plan.upgradeReadiness())), "wrap"));
        }
        table.row("PMDs the plant can carry", ready);
        return table.render() + HtmlUpgrades.render(plans);
    }

    private static void loss(HtmlTable table, ReportPlans plans) {
        table.group("Optical loss at installation");
        text(table, plans, "Estimation method", p -> p.lossFigures().map(LossFigures::method));
        lossRow(table, plans, "Trials (count)", COUNT, l -> (double) l.trials());
        metric(table, plans, Metric.LINK_FAILURE_PROBABILITY);
        metric(table, plans, Metric.EXPECTED_FAILING_LINKS);
        lossRow(table, plans, "Links broken by design (count)", COUNT, l -> (double) l.linksFailingByDesign());
        lossRow(table, plans, "P(any link fails by loss)", ReportFormat::probability, LossFigures::probabilityAnyLinkFails);
        metric(table, plans, Metric.MARGIN_P1_DB);
        lossRow(table, plans, "Margin, 5th percentile (dB)", v -> ReportFormat.fixed(v, 2), l -> l.marginDb().p5Db());
        metric(table, plans, Metric.MARGIN_P50_DB);
        for (String tier : plans.union(p -> p.lossFigures().map(l -> l.byTier().keySet()).orElse(java.util.Set.of()))) {
            Function<PlanFigures, Optional<LossFigures.Tier>> of = p -> p.lossFigures()
                    .map(l -> l.byTier().get(tier));
            HtmlGlance.addRow(table, plans, new ReportMetric("P(link fails at installation), " + tier,
                    p -> of.apply(p).map(LossFigures.Tier::linkFailureProbability), ReportFormat::probability,
                    Metric.Better.NEITHER, true));
            HtmlGlance.addRow(table, plans, new ReportMetric("Expected links failing by loss, " + tier + " (count)",
                    p -> of.apply(p).map(LossFigures.Tier::expectedFailingLinks), THREE, Metric.Better.NEITHER, true));
        }
    }

    private static void lifecycle(HtmlTable table, ReportPlans plans) {
        table.group("Lifecycle");
        lifeRow(table, plans, "Replications (count)", COUNT, l -> (double) l.replications());
        lifeRow(table, plans, "Horizon (days)", COUNT, LifecycleFigures::horizonDays);
        lifeEstimate(table, plans, "Turn-up first-pass yield (%)", v -> ReportFormat.percent(v, 2),
                l -> l.turnUp().firstPassYield());
        lifeEstimate(table, plans, "Turn-up rework actions (count)", THREE, l -> l.turnUp().reworkActions());
        lifeEstimate(table, plans, "Turn-up design reworks (count)", THREE, l -> l.turnUp().designReworks());
        metric(table, plans, Metric.TURN_UP_DAYS);
        metric(table, plans, Metric.AVAILABILITY);
        for (String tier : plans.union(p -> p.lifecycleFigures().map(l -> l.availability().byTier().keySet())
                .orElse(java.util.Set.of()))) {
            lifeEstimate(table, plans, "Link availability, " + tier + " (%)", ReportFormat::availability,
                    l -> l.availability().byTier().get(tier));
        }
        lifeEstimate(table, plans, "Link-down hours (per year)", THREE, LifecycleFigures::linkDownHoursPerYear);
        for (FailureCause cause : FailureCause.values()) {
            lifeEstimate(table, plans, "Failures, " + LifecycleFigures.causeName(cause) + " (per year)", THREE,
                    l -> l.failuresPerYear().get(cause));
        }
        metric(table, plans, Metric.JOB_INTERRUPTIONS_PER_YEAR);
        metric(table, plans, Metric.LOST_GPU_HOURS_PER_YEAR);
        lifeEstimate(table, plans, "Repair-crew utilisation (%)", SHARE, LifecycleFigures::crewUtilisation);
    }

    private static Double count(Integer n) {
        return n == null ? null : n.doubleValue();
    }

    private static void metric(HtmlTable table, ReportPlans plans, Metric metric) {
        // The details are reference, not a ranking: only the glance table highlights.
        ReportMetric m = ReportMetric.of(metric);
        HtmlGlance.addRow(table, plans, new ReportMetric(m.label(), m.figure(), m.format(), Metric.Better.NEITHER, true));
    }

    private static void plant(HtmlTable table, ReportPlans plans, String label, Function<PlanFigures, Double> value) {
        row(table, plans, label, COUNT, value);
    }

    private static void row(HtmlTable table, ReportPlans plans, String label, DoubleFunction<String> format,
            Function<PlanFigures, Double> value) {
        HtmlGlance.addRow(table, plans, ReportMetric.plain(label, format, value));
    }

    private static void lossRow(HtmlTable table, ReportPlans plans, String label, DoubleFunction<String> format,
            Function<LossFigures, Double> value) {
        row(table, plans, label, format, p -> p.loss() == null ? null : value.apply(p.loss()));
    }

    private static void lifeRow(HtmlTable table, ReportPlans plans, String label, DoubleFunction<String> format,
            Function<LifecycleFigures, Double> value) {
        row(table, plans, label, format, p -> p.lifecycle() == null ? null : value.apply(p.lifecycle()));
    }

    private static void lifeEstimate(HtmlTable table, ReportPlans plans, String label, DoubleFunction<String> format,
            Function<LifecycleFigures, Estimate> estimate) {
        HtmlGlance.addRow(table, plans, new ReportMetric(label, p -> p.lifecycleFigures().map(estimate)
                .map(Figure::of), format, Metric.Better.NEITHER, true));
    }

    private static void text(HtmlTable table, ReportPlans plans, String label,
            Function<PlanFigures, Optional<String>> text) {
        List<HtmlTable.Cell> cells = new ArrayList<>();
        for (PlanFigures plan : plans.all()) {
            cells.add(HtmlTable.Cell.number(text.apply(plan).orElse(ReportFormat.MISSING)));
        }
        table.row(label, cells);
    }
}
