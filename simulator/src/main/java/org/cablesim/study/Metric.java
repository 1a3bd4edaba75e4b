package org.cablesim.study;

import java.util.Objects;

/**
 * A headline figure of a plan: compared between plans, differenced against the baseline, and followed across
 * sweep values. The id is the figure's name in the result files ({@code comparison.rows[].metrics}, sweeps).
 */
public enum Metric {
    FIBRES_INSTALLED("fibresInstalled", Better.NEITHER),
    FIBRES_LIT("fibresLit", Better.NEITHER),
    FIBRES_DARK("fibresDark", Better.LOWER),
    DARK_FRACTION("darkFraction", Better.LOWER),
    TRUNKS("trunks", Better.NEITHER),
    MPO_CONNECTORS("mpoConnectors", Better.NEITHER),
    CASSETTES("cassettes", Better.NEITHER),
    PANELS("panels", Better.NEITHER),
    CHECK_VIOLATIONS("checkViolations", Better.LOWER),
    COST_USD("costUsd", Better.LOWER),
    LINK_FAILURE_PROBABILITY("linkFailureProbability", Better.LOWER),
    EXPECTED_FAILING_LINKS("expectedFailingLinks", Better.LOWER),
    MARGIN_P1_DB("marginP1Db", Better.HIGHER),
    MARGIN_P50_DB("marginP50Db", Better.HIGHER),
    TURN_UP_DAYS("turnUpDays", Better.LOWER),
    AVAILABILITY("availability", Better.HIGHER),
    JOB_INTERRUPTIONS_PER_YEAR("jobInterruptionsPerYear", Better.LOWER),
    LOST_GPU_HOURS_PER_YEAR("lostGpuHoursPerYear", Better.LOWER),
    /** Money and labour of every upgrade wave together, USD: ranks the plans' upgrade paths. */
    UPGRADE_COST_USD("upgradeCostUsd", Better.LOWER),
    /** Links every upgrade wave re-cables together (mean over replications, rounded per wave). */
    LINKS_RECABLED("linksRecabled", Better.LOWER),
    /** A growing cluster's material and labour over every phase, USD ({@code growth.capexUsd}). */
    GROWTH_CAPEX_USD("growthCapexUsd", Better.LOWER),
    /** Carrying cost of pre-installed plant standing idle until used, USD ({@code growth.strandedCostUsd}). */
    STRANDED_COST_USD("strandedCostUsd", Better.LOWER),
    /** Links the growth phases re-cable together (a trunk pulled for a moved link, or a new direct assembly). */
    GROWTH_LINKS_RECABLED("growthLinksRecabled", Better.LOWER),
    /** GPU-hours the expansions' own work costs the jobs, all phases (mean over replications). */
    EXPANSION_DISRUPTION_GPU_HOURS("expansionDisruptionGpuHours", Better.LOWER),
    /** The cost a growing cluster's recommendation weighs: capex + idle plant + disruption, USD (mean). */
    HORIZON_COST_USD("horizonCostUsd", Better.LOWER);

    /** Which values of a metric a planner prefers. */
    public enum Better {
        LOWER,
        HIGHER,
        /** Neither: a count that only describes the plant. */
        NEITHER
    }

    private final String id;
    private final Better better;

    Metric(String id, Better better) {
        this.id = Objects.requireNonNull(id);
        this.better = better;
    }

    /** The metric's name in the result files, e.g. {@code jobInterruptionsPerYear}. */
    public String id() {
        return id;
    }

    /** Which direction is preferable. */
    public Better better() {
        return better;
    }

    /** Whether the installation-loss stage estimates this metric. */
    public boolean fromLossStage() {
        return this == LINK_FAILURE_PROBABILITY || this == EXPECTED_FAILING_LINKS || this == MARGIN_P1_DB
                || this == MARGIN_P50_DB;
    }

    /** Whether the lifecycle stage estimates this metric. */
    public boolean fromLifecycleStage() {
        return this == TURN_UP_DAYS || this == AVAILABILITY || this == JOB_INTERRUPTIONS_PER_YEAR
                || this == LOST_GPU_HOURS_PER_YEAR || this == UPGRADE_COST_USD || this == LINKS_RECABLED
                || this == EXPANSION_DISRUPTION_GPU_HOURS;
    }
}
