package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.lifecycle.Expansion;
import org.cablesim.lifecycle.ExpansionResult;
import org.cablesim.lifecycle.ExpansionTask;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.TimelineDay;
import org.cablesim.plant.LinkWork;
import org.cablesim.plant.PhaseWork;
import org.cablesim.plant.PlantGrowth;
import org.cablesim.plant.PlantPhase;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.stats.Estimate;

/**
 * Prices a plan's growth over time. Per phase: the plant work's material and labour (an expansion's labour at
 * {@code growth.liveWorkLabourFactor} × the rate; cumulative over phases), the
 * value of pre-installed plant standing idle until the next phase (or the horizon) as USD·months and its carrying
 * cost at the cost of capital, and, from the lifecycle, the GPU-hours each expansion costs the jobs. Over the
 * horizon: capex + stranded cost + disruption at the GPU-hour value, per replication, so the total has an interval.
 */
final class GrowthCosts {
    /** Days in a month: a Julian year over twelve. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private GrowthCosts() {
    }

    /**
     * @param plant       the plan's plant over every phase
     * @param lifecycle   the lifecycle over every phase, or null when it was not run
     * @param expansions  the expansions the lifecycle ran (one per growth phase), empty without a lifecycle
     * @param growth      the scenario's growth settings (prices)
     * @param horizonDays the lifecycle horizon, days
     */
    static PlanGrowth of(PlantGrowth plant, LifecycleResult lifecycle, List<Expansion> expansions, GrowthSpec growth,
            double horizonDays) {
        List<PlanGrowth.Phase> phases = new ArrayList<>();
        double cumulative = 0;
        double strandedMonths = 0;
        double strandedCost = 0;
        List<PlantPhase> all = plant.phases();
        for (int k = 0; k < all.size(); k++) {
            PlantPhase phase = all.get(k);
            PhaseWork work = phase.work();
            double day = phase.phase().day();
            double until = k + 1 < all.size() ? all.get(k + 1).phase().day() : horizonDays;
            double months = Math.max(0, until - day) / DAYS_PER_MONTH;
            double labourUsd = work.labourUsd() * (k == 0 ? 1 : growth.liveWorkLabourFactor());
            cumulative += work.materialUsd() + labourUsd;
            double idleMonths = work.idleValueUsd() * months;
            strandedMonths += idleMonths;
            strandedCost += idleMonths / 12 * growth.capitalCostPerYear();
            ExpansionResult simulated = k > 0 && lifecycle != null ? lifecycle.expansions().get(k - 1) : null;
            double planned = k > 0 && !expansions.isEmpty() ? movesMinutes(expansions.get(k - 1)) / 60 : 0;
            var fabric = phase.phase().fabric();
            phases.add(new PlanGrowth.Phase(phase.phase().name(), day, months, fabric.gpus(),
                    fabric.linkCountsByTier(), work.count(LinkWork.Kind.NEW), phase.phase().change().moves().size(),
                    work.count(LinkWork.Kind.RE_PATCHED), work.count(LinkWork.Kind.RE_CABLED), work.panelsTouched(),
                    work.trunksAdded(), work.panelsAddedTotal(), work.trunkMetres(), work.materialUsd(),
                    work.labourHours(), labourUsd, cumulative, work.fibresInstalled(), work.fibresLit(),
                    work.fibresIdle(), work.idleValueUsd(), idleMonths, planned, simulated, work.links(),
                    phase.phase().change().moves()));
        }
        double capex = cumulative;
        double stranded = strandedCost;
        double[] disruption = disruptionByReplication(lifecycle);
        double[] usd = new double[disruption.length];
        double[] total = new double[disruption.length];
        for (int r = 0; r < disruption.length; r++) {
            usd[r] = disruption[r] * growth.gpuHourUsd();
            total[r] = capex + stranded + usd[r];
        }
        // Disruption is never negative, so the horizon cost is never below capex + idle plant (as the lifecycle's
        // own intervals, cut to what the quantity can take).
        return new PlanGrowth(phases, capex, strandedMonths, stranded,
                Estimate.of(disruption).within(0, Double.POSITIVE_INFINITY),
                Estimate.of(usd).within(0, Double.POSITIVE_INFINITY),
                horizon(Estimate.of(total), capex + stranded), capacity(lifecycle));
    }

    /** The horizon cost's interval cut at capex + idle plant (not above the mean, which rounding may leave low). */
    private static Estimate horizon(Estimate total, double floorUsd) {
        return total.within(Math.min(floorUsd, total.mean()), Double.POSITIVE_INFINITY);
    }

    /** Links in service and up, averaged over as many days per point as the lifecycle timeline averages. */
    private static List<PlanGrowth.CapacityPoint> capacity(LifecycleResult lifecycle) {
        List<PlanGrowth.CapacityPoint> points = new ArrayList<>();
        if (lifecycle == null) {
            return points;
        }
        List<TimelineDay> days = lifecycle.timeline();
        int stride = LifecycleFigures.timelineStride(days.size());
        for (int start = 0; start < days.size(); start += stride) {
            int end = Math.min(days.size(), start + stride);
            double inService = 0;
            double up = 0;
            for (int d = start; d < end; d++) {
                inService += days.get(d).linksInService();
                up += days.get(d).linksInService() - days.get(d).linksDown();
            }
            points.add(new PlanGrowth.CapacityPoint(start, inService / (end - start), up / (end - start)));
        }
        return points;
    }

    /** Per replication, the GPU-hours every expansion together costs the jobs; one zero without a lifecycle. */
    private static double[] disruptionByReplication(LifecycleResult lifecycle) {
        if (lifecycle == null || lifecycle.expansions().isEmpty()) {
            return new double[] {0};
        }
        double[] sum = new double[lifecycle.expansions().get(0).disruptionGpuHoursByReplication().size()];
        for (ExpansionResult e : lifecycle.expansions()) {
            for (int r = 0; r < sum.length; r++) {
                sum[r] += e.disruptionGpuHoursByReplication().get(r);
            }
        }
        return sum;
    }

    private static double movesMinutes(Expansion expansion) {
        return expansion.tasks().stream().filter(ExpansionTask::moves).mapToDouble(ExpansionTask::minutes).sum();
    }
}
