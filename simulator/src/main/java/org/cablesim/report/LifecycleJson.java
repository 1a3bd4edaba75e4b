package org.cablesim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablesim.stats.Estimate;
import org.cablesim.lifecycle.FailureCause;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.TimelineDay;
import org.cablesim.lifecycle.UpgradeResult;
import org.cablesim.study.BaselineComparison;
import org.cablesim.study.PlanDifference;
import org.cablesim.study.PlanLifecycle;
import org.cablesim.study.StudyResult;

/**
 * Writes summary.json part 4: each plan's {@code lifecycle} section and {@code upgradeReadiness}, and the paired
 * {@code comparison.differences} against the baseline. Numbers carry 10 significant digits; a figure that is
 * undefined (an interval from one replication, crew utilisation with unlimited crews) is written as null.
 */
public final class LifecycleJson {
    /** Most points of the summary's timeline; timeline.csv holds every day. */
    public static final int MAX_TIMELINE_POINTS = 200;

    private static final MathContext DIGITS = new MathContext(10);

    private LifecycleJson() {
    }

    private static void interval(ObjectNode ci, String name, Estimate estimate) {
        ObjectNode bounds = ci.putObject(name);
        put(bounds, "low", estimate.ci95().low());
        put(bounds, "high", estimate.ci95().high());
    }

    /** Adds {@code lifecycle}, {@code upgradeReadiness} and {@code upgradeReadinessByTier} to a plan's node. */
    public static void writePlan(ObjectNode planNode, PlanLifecycle lifecycle) {
        LifecycleResult r = lifecycle.result();
        ObjectNode node = planNode.putObject("lifecycle");
        node.put("replications", r.replications());
        put(node, "horizonDays", r.horizonDays());
        node.put("linksSimulated", lifecycle.linksSimulated());
        ObjectNode turnUp = node.putObject("turnUp");
        put(turnUp, "firstPassYield", r.turnUp().firstPassYield().mean());
        put(turnUp, "reworkActions", r.turnUp().reworkActions().mean());
        put(turnUp, "daysToFullFabric", r.turnUp().daysToFullFabric().mean());
        ObjectNode availability = node.putObject("availability");
        put(availability, "mean", r.availability().mean());
        put(availability, "ci95Low", r.availability().ci95().low());
        put(availability, "ci95High", r.availability().ci95().high());
        ObjectNode byTier = availability.putObject("byTier");
        r.availability().byTier().forEach((tier, e) -> put(byTier, tier, e.mean()));
        put(node, "linkDownHoursPerYear", r.linkDownHoursPerYear().mean());
        ObjectNode failures = node.putObject("failuresPerYear");
        for (Map.Entry<FailureCause, Estimate> e : r.failuresPerYear().entrySet()) {
            put(failures, causeName(e.getKey()), e.getValue().mean());
        }
        put(node, "jobInterruptionsPerYear", r.jobInterruptionsPerYear().mean());
        put(node, "lostGpuHoursPerYear", r.lostGpuHoursPerYear().mean());
        put(node, "crewUtilisation", r.crewUtilisation().mean());
        // 95 % intervals over replications of the figures written above as means (availability has its own).
        ObjectNode ci = node.putObject("ci95");
        interval(ci, "turnUp.firstPassYield", r.turnUp().firstPassYield());
        interval(ci, "turnUp.reworkActions", r.turnUp().reworkActions());
        interval(ci, "turnUp.daysToFullFabric", r.turnUp().daysToFullFabric());
        interval(ci, "linkDownHoursPerYear", r.linkDownHoursPerYear());
        for (Map.Entry<FailureCause, Estimate> e : r.failuresPerYear().entrySet()) {
            interval(ci, "failuresPerYear." + causeName(e.getKey()), e.getValue());
        }
        interval(ci, "jobInterruptionsPerYear", r.jobInterruptionsPerYear());
        interval(ci, "lostGpuHoursPerYear", r.lostGpuHoursPerYear());
        interval(ci, "crewUtilisation", r.crewUtilisation());
        writeTimeline(node.putArray("timeline"), r.timeline());
        ArrayNode upgrades = node.putArray("upgrades");
        double upgradeCost = 0;
        long recabled = 0;
        for (int w = 0; w < lifecycle.waves().size(); w++) {
            writeUpgrade(upgrades.addObject(), lifecycle.waves().get(w), r.upgrades().get(w));
            upgradeCost += r.upgrades().get(w).cost().mean();
            recabled += Math.round(r.upgrades().get(w).newCables().mean());
        }
        // Totals over the waves, so a comparison (and a sweep) can rank the plans' upgrade paths.
        put(node, "upgradeCostUsd", upgradeCost);
        node.put("linksRecabled", recabled);
        ArrayNode ready = planNode.putArray("upgradeReadiness");
        lifecycle.upgradeReadiness().forEach(ready::add);
        ObjectNode readyByTier = planNode.putObject("upgradeReadinessByTier");
        lifecycle.readinessByTier().forEach((tier, pmds) -> {
            ArrayNode list = readyByTier.putArray(tier);
            pmds.forEach(list::add);
        });
    }

    /** Adds {@code comparison.baseline} and {@code comparison.differences[]} (keeping what is already there). */
    public static void writeComparison(ObjectNode root, StudyResult result) {
        BaselineComparison c = result.comparison();
        if (c == null) {
            return;
        }
        ObjectNode comparison = root.has("comparison") ? (ObjectNode) root.get("comparison")
                : root.putObject("comparison");
        if (!comparison.has("baseline")) {
            comparison.put("baseline", c.baselinePlan());
        }
        ArrayNode differences = comparison.has("differences") ? (ArrayNode) comparison.get("differences")
                : comparison.putArray("differences");
        for (PlanDifference d : c.differences()) {
            ObjectNode node = differences.addObject();
            node.put("plan", d.plan());
            node.put("metric", d.metric());
            put(node, "difference", d.difference());
            put(node, "ci95Low", d.ci95().low());
            put(node, "ci95High", d.ci95().high());
        }
    }

    /** The file spelling of a failure cause: lower case with hyphens ({@code SWITCH_PORT} → {@code switch-port}). */
    public static String causeName(FailureCause cause) {
        return cause.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Days averaged into one summary timeline point: ⌈days / {@value #MAX_TIMELINE_POINTS}⌉. */
    public static int timelineStride(int days) {
        return Math.max(1, (days + MAX_TIMELINE_POINTS - 1) / MAX_TIMELINE_POINTS);
    }

    private static void writeTimeline(ArrayNode out, List<TimelineDay> days) {
        int stride = timelineStride(days.size());
        for (int start = 0; start < days.size(); start += stride) {
            int end = Math.min(days.size(), start + stride);
            double down = 0;
            double queued = 0;
            double capacity = 0;
            for (int d = start; d < end; d++) {
                down += days.get(d).linksDown();
                queued += days.get(d).repairsQueued();
                capacity += days.get(d).capacityFraction();
            }
            int n = end - start;
            ObjectNode point = out.addObject();
            point.put("day", days.get(start).day());
            put(point, "linksDown", down / n);
            put(point, "repairsQueued", queued / n);
            put(point, "capacityFraction", capacity / n);
        }
    }

    private static void writeUpgrade(ObjectNode node, PlanLifecycle.Wave wave, UpgradeResult u) {
        node.put("name", wave.name());
        put(node, "day", wave.day());
        node.put("tier", wave.tierName());
        node.put("fromPmd", wave.fromPmd());
        node.put("toPmd", wave.toPmd());
        node.put("linksReused", Math.round(u.reusedShare().mean() * wave.tierLinks()));
        node.put("linksRecabled", Math.round(u.newCables().mean()));
        put(node, "fibreReuseShare", u.reusedShare().mean());
        put(node, "labourHours", u.labourHours().mean());
        put(node, "linkDownHours", u.linkDownHours().mean());
        put(node, "costUsd", u.cost().mean());
        put(node, "daysToComplete", u.daysToComplete().mean());
    }

    /** A number to 10 significant digits, or null when not finite. */
    static void put(ObjectNode node, String field, double value) {
        if (!Double.isFinite(value)) {
            node.putNull(field);
        } else if (value == 0) {
            node.put(field, 0.0);
        } else {
            node.put(field, new BigDecimal(value).round(DIGITS).doubleValue());
        }
    }
}
