package org.cablesim.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.cablesim.lifecycle.ExpansionResult;
import org.cablesim.stats.Estimate;
import org.cablesim.study.PlanGrowth;

/**
 * The per-phase figures of a growing plan, one column each: {@code growth.csv} has every column, the report's
 * growth table and the command line a selection ({@link #brief}). Simulated figures (from the expansion's
 * lifecycle run) are means over replications and empty for the initial build.
 */
public enum GrowthColumn {
    DAY("day", "Start (day)", p -> p.day(), ReportFormat::count, true),
    GPUS("gpus", "GPUs", p -> p.gpus(), ReportFormat::count, true),
    LINKS("links", "Links (count)", p -> p.linksByTier().values().stream().mapToInt(Integer::intValue).sum(),
            ReportFormat::count, false),
    LINKS_NEW("linksNew", "New links", PlanGrowth.Phase::linksNew, ReportFormat::count, true),
    LINKS_MOVED("linksMoved", "Moved links", PlanGrowth.Phase::linksMoved, ReportFormat::count, true),
    RE_PATCHED("linksRePatched", "Re-patched", PlanGrowth.Phase::linksRePatched, ReportFormat::count, true),
    RE_CABLED("linksReCabled", "Re-cabled", PlanGrowth.Phase::linksReCabled, ReportFormat::count, true),
    PANELS_TOUCHED("panelsTouched", "Panels touched", PlanGrowth.Phase::panelsTouched, ReportFormat::count, true),
    TRUNKS_ADDED("trunksAdded", "Trunks pulled", p -> p.trunksAdded().values().stream().mapToInt(Integer::intValue)
            .sum(), ReportFormat::count, true),
    PANELS_ADDED("panelsAdded", "Panels added", PlanGrowth.Phase::panelsAdded, ReportFormat::count, false),
    TRUNK_METRES("trunkMetres", "Trunk installed (m)", PlanGrowth.Phase::trunkMetres, ReportFormat::count, false),
    MATERIAL_USD("materialUsd", "Material (USD)", PlanGrowth.Phase::materialUsd, ReportFormat::usd, false),
    LABOUR_HOURS("labourHours", "Labour (hours)", PlanGrowth.Phase::labourHours, v -> ReportFormat.fixed(v, 1),
            false),
    COST_USD("costUsd", "Phase cost (USD)", p -> p.materialUsd() + p.labourUsd(), ReportFormat::usd, true),
    CUMULATIVE_USD("cumulativeUsd", "Cumulative cost (USD)", PlanGrowth.Phase::cumulativeUsd, ReportFormat::usd,
            true),
    FIBRES_IDLE("fibresIdle", "Idle fibres (count)", PlanGrowth.Phase::fibresIdle, ReportFormat::count, false),
    IDLE_VALUE_USD("idleValueUsd", "Idle plant (USD)", PlanGrowth.Phase::idleValueUsd, ReportFormat::usd, true),
    STRANDED("strandedUsdMonths", "Idle plant × months (USD·months)", PlanGrowth.Phase::strandedUsdMonths,
            ReportFormat::usd, false),
    PLANNED_DOWN("plannedLinkHoursDown", "Planned down (link-h)", PlanGrowth.Phase::plannedLinkHoursDown,
            v -> ReportFormat.fixed(v, 1), false),
    SIMULATED_DOWN("linkDownHours", "Down, simulated (link-h)", simulated(ExpansionResult::linkDownHours),
            v -> ReportFormat.fixed(v, 1), true),
    DAYS("daysToComplete", "Days to finish", simulated(ExpansionResult::daysToComplete),
            v -> ReportFormat.fixed(v, 1), false),
    INTERRUPTIONS("jobInterruptions", "Job interruptions", simulated(ExpansionResult::jobInterruptions),
            v -> ReportFormat.fixed(v, 2), true),
    DISTURBED("disturbedRematings", "Disturbed re-matings", simulated(ExpansionResult::disturbedRematings),
            v -> ReportFormat.fixed(v, 1), false),
    DISRUPTION("disruptionGpuHours", "Disruption (GPU-h)", simulated(ExpansionResult::disruptionGpuHours),
            ReportFormat::count, false);

    private final String id;
    private final String heading;
    private final ToDoubleFunction<PlanGrowth.Phase> value;
    private final DoubleFunction<String> format;
    private final boolean brief;

    GrowthColumn(String id, String heading, ToDoubleFunction<PlanGrowth.Phase> value, DoubleFunction<String> format,
            boolean brief) {
        this.id = id;
        this.heading = heading;
        this.value = value;
        this.format = format;
        this.brief = brief;
    }

    private static ToDoubleFunction<PlanGrowth.Phase> simulated(
            java.util.function.Function<ExpansionResult, Estimate> figure) {
        return p -> p.lifecycle() == null ? Double.NaN : figure.apply(p.lifecycle()).mean();
    }

    /** The column's name in growth.csv. */
    public String id() {
        return id;
    }

    /** The column's heading with its unit. */
    public String heading() {
        return heading;
    }

    /** The phase's value, NaN when it has none (a simulated figure of the initial build). */
    public double value(PlanGrowth.Phase phase) {
        return value.applyAsDouble(phase);
    }

    /** The phase's value as the report and the command line print it; "–" when it has none. */
    public String text(PlanGrowth.Phase phase) {
        double v = value(phase);
        return Double.isFinite(v) ? format.apply(v) : ReportFormat.MISSING;
    }

    /** The columns the report and the command line show. */
    public static List<GrowthColumn> brief() {
        return Arrays.stream(values()).filter(c -> c.brief).toList();
    }
}
