package org.cablesim.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.lifecycle.ExpansionResult;
import org.cablesim.plant.LinkWork;
import org.cablesim.stats.Estimate;
import org.cablesim.topology.LinkMove;

/**
 * One plan of a growing cluster over its phases (summary.json {@code plans[].growth}): what each phase installs,
 * moves and disturbs, what it costs and what it leaves idle, and the horizon totals the growth decision weighs.
 *
 * @param phases             the initial build, then each growth phase, in day order
 * @param capexUsd           material and labour of every phase, USD
 * @param strandedUsdMonths  pre-installed plant standing idle: idle value × months, summed over phases, USD·months
 * @param strandedCostUsd    its carrying cost at {@code growth.capitalCostPerYear}, USD
 * @param disruptionGpuHours GPU-hours the expansions cost the jobs (interruptions in their windows plus the
 *                           capacity moved links take down), over replications; 0 without a lifecycle run
 * @param disruptionUsd      the same at {@code growth.gpuHourUsd}, USD
 * @param totalUsd           capex + stranded cost + disruption, USD, over replications
 * @param capacity           links in service and links up over time (each phase shows as a step), means over
 *                           replications; empty without a lifecycle run
 */
public record PlanGrowth(List<Phase> phases, double capexUsd, double strandedUsdMonths, double strandedCostUsd,
        Estimate disruptionGpuHours, Estimate disruptionUsd, Estimate totalUsd, List<CapacityPoint> capacity) {
    public PlanGrowth {
        phases = List.copyOf(phases);
        capacity = List.copyOf(capacity);
        Objects.requireNonNull(disruptionGpuHours, "disruptionGpuHours");
        Objects.requireNonNull(disruptionUsd, "disruptionUsd");
        Objects.requireNonNull(totalUsd, "totalUsd");
    }

    /** Links re-cabled over every expansion. */
    public int linksReCabled() {
        return phases.stream().mapToInt(Phase::linksReCabled).sum();
    }

    /** Links re-patched over every expansion. */
    public int linksRePatched() {
        return phases.stream().mapToInt(Phase::linksRePatched).sum();
    }

    /** Trunks pulled during expansions (after the initial build). */
    public int trunksPulledLater() {
        return phases.stream().skip(1).mapToInt(p -> p.trunksAdded().values().stream().mapToInt(Integer::intValue)
                .sum()).sum();
    }

    /**
     * Capacity at one point of the horizon: the mean over its days (and replications) of each day's time averages.
     *
     * @param day            the first day it covers, from 0
     * @param linksInService lifecycle links (channels) in service
     * @param linksUp        of those, links up
     */
    public record CapacityPoint(int day, double linksInService, double linksUp) {
    }

    /**
     * One phase of the plan.
     *
     * @param name             the phase ({@code initial} for the first build)
     * @param day              start of its work, days after the initial turn-up
     * @param months           months until the next phase (or the horizon) during which its plant stands as built
     * @param gpus             GPUs once built
     * @param linksByTier      logical links per tier once built
     * @param linksNew         links it installs
     * @param linksMoved       links the fabric moves (a Clos re-striping its uplinks)
     * @param linksRePatched   moved links whose trunk legs were already installed: only cords move
     * @param linksReCabled    moved links that need a trunk pulled in this phase (or a new direct assembly)
     * @param panelsTouched    panels that existed before the phase where it plugs or unplugs a cord
     * @param trunksAdded      trunks installed per tier
     * @param panelsAdded      patch panels installed
     * @param trunkMetres      trunk metres installed
     * @param materialUsd      bill-of-materials delta, USD
     * @param labourHours      installation labour (catalog minutes), hours
     * @param labourUsd        labour at the catalog rate, USD
     * @param cumulativeUsd    material and labour of this phase and every one before, USD
     * @param fibresInstalled  fibres in trunks and assemblies once built
     * @param fibresLit        of those, fibres carrying a lane
     * @param fibresIdle       fibres of trunk slots no link uses yet
     * @param idleValueUsd     price share of the passive plant those idle slots stand for, USD
     * @param strandedUsdMonths idle value × months, USD·months
     * @param plannedLinkHoursDown the plan's estimate of link-hours down: moves × crew minutes per move
     * @param lifecycle        the expansion as simulated (crews, rework, disturbance), or null for the initial build
     *                         or without a lifecycle run
     * @param work             every link the phase installs, re-patches or re-cables, with the panels touched
     * @param moves            the links the fabric moves in this phase, with their old and new upper ends (the same
     *                         in every plan)
     */
    public record Phase(String name, double day, double months, long gpus, Map<String, Integer> linksByTier,
            int linksNew, int linksMoved, int linksRePatched, int linksReCabled, int panelsTouched,
            Map<String, Integer> trunksAdded, int panelsAdded, double trunkMetres, double materialUsd,
            double labourHours, double labourUsd, double cumulativeUsd, long fibresInstalled, long fibresLit,
            long fibresIdle, double idleValueUsd, double strandedUsdMonths, double plannedLinkHoursDown,
            ExpansionResult lifecycle, List<LinkWork> work, List<LinkMove> moves) {
        public Phase {
            Objects.requireNonNull(name, "name");
            work = List.copyOf(work);
            moves = List.copyOf(moves);
            linksByTier = Collections.unmodifiableMap(new LinkedHashMap<>(linksByTier));
            trunksAdded = Collections.unmodifiableMap(new LinkedHashMap<>(trunksAdded));
        }
    }
}
