package org.cablesim.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cablesim.lifecycle.Availability;
import org.cablesim.lifecycle.FailureCause;
import org.cablesim.lifecycle.LifecycleResult;
import org.cablesim.lifecycle.TimelineDay;
import org.cablesim.lifecycle.TurnUpResult;
import org.cablesim.lifecycle.UpgradeResult;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Estimate;

/**
 * A plan's lifecycle figures as every output shows them (summary.json {@code plans[].lifecycle}): each a mean over
 * replications with its 95 % Student-t interval; "per year" is per 8,766 h of operation.
 *
 * @param replications            replications run, ≥ 1
 * @param horizonDays             days of operation per replication
 * @param linksSimulated          simulated links (one per routed channel), ≥ 0
 * @param linksWithDesignFaults   simulated links broken by design, reworked at turn-up, ≥ 0
 * @param turnUp                  turn-up outcomes (design reworks among them)
 * @param availability            link availability overall and per tier
 * @param linkDownHoursPerYear    link-hours down per year
 * @param failuresPerYear         outage events per year by cause, every cause present
 * @param jobInterruptionsPerYear training-job interruptions per year
 * @param lostGpuHoursPerYear     GPU hours those interruptions cost per year
 * @param crewUtilisation         busy share of the repair crews (NaN when crews are unlimited)
 * @param timeline                at most {@value #MAX_TIMELINE_POINTS} points from turn-up to the horizon
 * @param upgrades                the upgrade waves, in scenario order
 * @param readinessByTier         PMDs every link of a tier can carry without re-cabling, by tier in tier order
 */
public record LifecycleFigures(int replications, double horizonDays, int linksSimulated, int linksWithDesignFaults,
        TurnUpResult turnUp, Availability availability, Estimate linkDownHoursPerYear,
        Map<FailureCause, Estimate> failuresPerYear, Estimate jobInterruptionsPerYear, Estimate lostGpuHoursPerYear,
        Estimate crewUtilisation, List<TimelinePoint> timeline, List<Wave> upgrades,
        Map<String, List<String>> readinessByTier) {
    /** Most timeline points kept; timeline.csv holds every day. */
    public static final int MAX_TIMELINE_POINTS = 200;

    public LifecycleFigures {
        Checks.atLeast("replications", replications, 1);
        Checks.atLeast("linksSimulated", linksSimulated, 0);
        Checks.atLeast("linksWithDesignFaults", linksWithDesignFaults, 0);
        Objects.requireNonNull(turnUp, "turnUp");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(linkDownHoursPerYear, "linkDownHoursPerYear");
        failuresPerYear = Collections.unmodifiableMap(new EnumMap<>(failuresPerYear));
        Objects.requireNonNull(jobInterruptionsPerYear, "jobInterruptionsPerYear");
        Objects.requireNonNull(lostGpuHoursPerYear, "lostGpuHoursPerYear");
        Objects.requireNonNull(crewUtilisation, "crewUtilisation");
        timeline = List.copyOf(timeline);
        upgrades = List.copyOf(upgrades);
        Map<String, List<String>> ready = new LinkedHashMap<>();
        readinessByTier.forEach((tier, pmds) -> ready.put(tier, List.copyOf(pmds)));
        readinessByTier = Collections.unmodifiableMap(ready);
    }

    /**
     * One timeline point: the mean over its days (and replications) of each day's time averages.
     *
     * @param day              the first day it covers, from 0
     * @param linksDown        links down
     * @param repairsQueued    repair requests waiting for a spare or a crew
     * @param capacityFraction up share of the worst switch–switch tier, in [0, 1]
     */
    public record TimelinePoint(int day, double linksDown, double repairsQueued, double capacityFraction) {
    }

    /**
     * One upgrade wave's outcome on the plan, each figure over replications.
     *
     * @param name            the wave's name
     * @param day             start, days after turn-up
     * @param tier            the tier converted
     * @param fromPmd         the plan's PMD on that tier
     * @param toPmd           the new PMD
     * @param linksReused     simulated links whose cabling was kept (mean share × the tier's links, rounded)
     * @param linksRecabled   simulated links re-cabled (mean, rounded)
     * @param fibreReuseShare share of the tier's channels, and so of its installed fibre, kept
     * @param labourHours     crew hours
     * @param linkDownHours   planned link-hours down
     * @param costUsd         optics + cabling + labour, USD
     * @param daysToComplete  days until the wave's last link is back (NaN if it did not finish)
     */
    public record Wave(String name, double day, String tier, String fromPmd, String toPmd, long linksReused,
            long linksRecabled, Estimate fibreReuseShare, Estimate labourHours, Estimate linkDownHours,
            Estimate costUsd, Estimate daysToComplete) {
        public Wave {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(fromPmd, "fromPmd");
            Objects.requireNonNull(toPmd, "toPmd");
            Checks.atLeast("linksReused", linksReused, 0);
            Checks.atLeast("linksRecabled", linksRecabled, 0);
        }
    }

    /** The file and text spelling of a failure cause: lower case with hyphens ({@code SWITCH_PORT} → {@code switch-port}). */
    public static String causeName(FailureCause cause) {
        return cause.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Money and labour of every upgrade wave together (means over replications), USD; 0 without upgrades. */
    public double upgradeCostUsd() {
        return upgrades.stream().mapToDouble(w -> w.costUsd().mean()).sum();
    }

    /** Links every upgrade wave re-cables together; 0 without upgrades. */
    public long linksRecabled() {
        return upgrades.stream().mapToLong(Wave::linksRecabled).sum();
    }

    /** Every PMD some tier is ready for (the union of {@link #readinessByTier}), sorted. */
    public List<String> upgradeReadiness() {
        TreeSet<String> all = new TreeSet<>();
        readinessByTier.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** The figures of a plan's lifecycle simulation. */
    public static LifecycleFigures of(PlanLifecycle lifecycle) {
        LifecycleResult r = lifecycle.result();
        List<Wave> waves = new ArrayList<>();
        for (int w = 0; w < lifecycle.waves().size(); w++) {
            PlanLifecycle.Wave wave = lifecycle.waves().get(w);
            UpgradeResult u = r.upgrades().get(w);
            waves.add(new Wave(wave.name(), wave.day(), wave.tierName(), wave.fromPmd(), wave.toPmd(),
                    Math.round(u.reusedShare().mean() * wave.tierLinks()), Math.round(u.newCables().mean()),
                    u.reusedShare(), u.labourHours(), u.linkDownHours(), u.cost(), u.daysToComplete()));
        }
        return new LifecycleFigures(r.replications(), r.horizonDays(), lifecycle.linksSimulated(),
                lifecycle.linksWithDesignFaults(), r.turnUp(), r.availability(), r.linkDownHoursPerYear(),
                r.failuresPerYear(), r.jobInterruptionsPerYear(), r.lostGpuHoursPerYear(), r.crewUtilisation(),
                timeline(r.timeline()), waves, lifecycle.readinessByTier());
    }

    /** Days averaged into one timeline point: ⌈days / {@value #MAX_TIMELINE_POINTS}⌉. */
    public static int timelineStride(int days) {
        return Math.max(1, (days + MAX_TIMELINE_POINTS - 1) / MAX_TIMELINE_POINTS);
    }

    private static List<TimelinePoint> timeline(List<TimelineDay> days) {
        List<TimelinePoint> points = new ArrayList<>();
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
            points.add(new TimelinePoint(days.get(start).day(), down / n, queued / n, capacity / n));
        }
        return points;
    }
}
