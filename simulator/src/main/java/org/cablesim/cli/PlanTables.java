package org.cablesim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.cablesim.plant.BomLine;
import org.cablesim.report.MetricLabels;
import org.cablesim.report.ReportFormat;
import org.cablesim.report.TextTable;
import org.cablesim.study.Figure;
import org.cablesim.study.LifecycleFigures;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanDifference;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.StudySummary;

/**
 * The tables {@code run} prints, read from the study's typed summary: figures down (labels with units), plans
 * across; every row prints all plans in one number format, estimates with their 95 % interval.
 */
final class PlanTables {
    /** Width a folded list (upgrade readiness) may take in a cell. */
    static final int FOLD_WIDTH = 30;

    private PlanTables() {
    }

    static TextTable fabric(StudySummary s) {
        var fabric = s.plans().get(0).fabric();
        TextTable table = new TextTable("Fabric (all plans)", "GPUs", "servers", "leaf switches", "spine switches",
                "core switches", "links");
        table.row("count", ReportFormat.count(fabric.gpus()), ReportFormat.count(fabric.servers()),
                ReportFormat.count(fabric.leaves()), ReportFormat.count(fabric.spines()),
                ReportFormat.count(fabric.cores()), ReportFormat.count(fabric.totalLinks()));
        return table;
    }

    static TextTable plant(StudySummary s) {
        TextTable table = header("Plant and cost", s);
        count(table, s, "Links cabled (count)", p -> (double) p.plant().linksCabled());
        metric(table, s, Metric.FIBRES_INSTALLED);
        metric(table, s, Metric.FIBRES_LIT);
        metric(table, s, Metric.DARK_FRACTION);
        metric(table, s, Metric.TRUNKS);
        count(table, s, "Patch cords (count)", p -> (double) p.plant().cords());
        count(table, s, "Cross-connect jumpers (count)", p -> (double) p.plant().jumpers());
        count(table, s, "Direct assemblies (count)", p -> (double) p.plant().assemblies());
        metric(table, s, Metric.MPO_CONNECTORS);
        metric(table, s, Metric.CASSETTES);
        metric(table, s, Metric.PANELS);
        count(table, s, "Panel rack units (count)", p -> (double) p.plant().rackUnits());
        row(table, s, "Mated pairs per link (min / mean / max)", p -> p.plant().matedPairsMin() + " / "
                + ReportFormat.fixed(p.plant().matedPairsMean(), 2) + " / " + p.plant().matedPairsMax());
        metric(table, s, Metric.CHECK_VIOLATIONS);
        for (BomLine.Category c : BomLine.Category.values()) {
            row(table, s, "Cost, " + c.fileName() + " (USD)", p -> ReportFormat.usd(p.plant().costByCategory().get(c)));
        }
        metric(table, s, Metric.COST_USD);
        return table;
    }

    /** The estimated figures with their intervals; null when neither estimating stage ran. */
    static TextTable reliability(StudySummary s) {
        if (s.plans().stream().allMatch(p -> p.loss() == null && p.lifecycle() == null)) {
            return null;
        }
        TextTable table = header("Reliability (95 % CI)", s);
        for (Metric m : List.of(Metric.LINK_FAILURE_PROBABILITY, Metric.EXPECTED_FAILING_LINKS)) {
            metric(table, s, m);
        }
        if (s.plans().stream().anyMatch(p -> p.loss() != null)) {
            row(table, s, "Links broken by design (count)", p -> p.lossFigures()
                    .map(l -> ReportFormat.count(l.linksFailingByDesign())).orElse(ReportFormat.MISSING));
        }
        for (Metric m : List.of(Metric.MARGIN_P1_DB, Metric.MARGIN_P50_DB, Metric.TURN_UP_DAYS, Metric.AVAILABILITY,
                Metric.JOB_INTERRUPTIONS_PER_YEAR, Metric.LOST_GPU_HOURS_PER_YEAR)) {
            metric(table, s, m);
        }
        if (s.plans().stream().anyMatch(p -> p.lifecycle() != null)) {
            row(table, s, "Upgrade readiness (PMDs)", p -> p.lifecycle() == null ? ReportFormat.MISSING
                    : TextTable.fold(p.upgradeReadiness(), FOLD_WIDTH));
        }
        return table;
    }

    /** The paired differences, one row per metric and one column per compared plan; null without any. */
    static TextTable differences(StudySummary s) {
        List<PlanDifference> all = s.comparison().differences();
        if (all.isEmpty()) {
            return null;
        }
        List<String> plans = all.stream().map(PlanDifference::plan).distinct().toList();
        List<String> header = new ArrayList<>();
        header.add("Difference: plan − " + s.comparison().baselinePlan() + " (95 % CI)");
        header.addAll(plans);
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (Metric m : all.stream().map(PlanDifference::metric).distinct().toList()) {
            DoubleFunction<String> format = MetricLabels.differenceFormat(m);
            List<String> cells = new ArrayList<>();
            cells.add(MetricLabels.label(m));
            for (String plan : plans) {
                cells.add(all.stream().filter(d -> d.plan().equals(plan) && d.metric() == m).findFirst()
                        .map(d -> format.apply(d.difference()) + "\n" + interval(d.figure(), format) + " " + reading(d))
                        .orElse(ReportFormat.MISSING));
            }
            table.row(cells);
        }
        return table;
    }

    /** The upgrade waves of every plan; null without any. */
    static TextTable upgrades(StudySummary s) {
        TextTable table = new TextTable("Upgrade wave", "plan", "day", "tier", "PMD from → to", "links kept",
                "re-cabled", "fibre kept (%)", "labour (h)", "down (link-h)", "cost (USD)", "days to finish");
        for (PlanFigures p : s.plans()) {
            if (p.lifecycle() == null) {
                continue;
            }
            for (LifecycleFigures.Wave w : p.lifecycle().upgrades()) {
                table.row(w.name(), p.name(), ReportFormat.count(w.day()), w.tier(), w.fromPmd() + " → " + w.toPmd(),
                        ReportFormat.count(w.linksReused()), ReportFormat.count(w.linksRecabled()),
                        ReportFormat.fixed(100 * w.fibreReuseShare().mean(), 1),
                        ReportFormat.fixed(w.labourHours().mean(), 1), ReportFormat.fixed(w.linkDownHours().mean(), 1),
                        ReportFormat.usd(w.costUsd().mean()), ReportFormat.fixed(w.daysToComplete().mean(), 2));
            }
        }
        return table.size() == 0 ? null : table;
    }

    /** "value" for an exact figure or one without interval, else "value\n[low, high]" in one format. */
    static String cell(Optional<Figure> figure, DoubleFunction<String> format) {
        if (figure.isEmpty()) {
            return ReportFormat.MISSING;
        }
        Figure f = figure.get();
        String value = format.apply(f.value());
        return !f.hasInterval() || f.ci95().low() == f.ci95().high() ? value : value + "\n" + interval(f, format);
    }

    private static String interval(Figure f, DoubleFunction<String> format) {
        return f.hasInterval() ? "[" + format.apply(f.ci95().low()) + ", " + format.apply(f.ci95().high()) + "]"
                : "[n/a]";
    }

    private static String reading(PlanDifference d) {
        if (!d.figure().hasInterval()) {
            return "";
        }
        if (!d.resolved()) {
            return "not resolved";
        }
        boolean higher = d.ci95().low() > 0;
        return switch (d.metric().better()) {
            case NEITHER -> higher ? "higher" : "lower";
            case HIGHER -> higher ? "better" : "worse";
            case LOWER -> higher ? "worse" : "better";
        };
    }

    private static TextTable header(String title, StudySummary s) {
        List<String> header = new ArrayList<>();
        header.add(title);
        s.plans().forEach(p -> header.add(p.name()));
        return new TextTable(header.toArray(String[]::new));
    }

    private static void metric(TextTable table, StudySummary s, Metric m) {
        if (s.plans().stream().noneMatch(p -> p.metric(m).isPresent())) {
            return;
        }
        DoubleFunction<String> format = MetricLabels.format(m);
        row(table, s, MetricLabels.label(m), p -> cell(p.metric(m), format));
    }

    private static void count(TextTable table, StudySummary s, String label, Function<PlanFigures, Double> value) {
        row(table, s, label, p -> ReportFormat.count(value.apply(p)));
    }

    private static void row(TextTable table, StudySummary s, String label, Function<PlanFigures, String> cell) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        s.plans().forEach(p -> cells.add(cell.apply(p)));
        table.row(cells);
    }
}
