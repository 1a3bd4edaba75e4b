package org.cablesim.scenario;

import java.util.HashSet;
import java.util.List;
import org.cablesim.stats.Checks;

/**
 * How the cluster grows after its initial turn-up ({@code cluster.servers} on day 0), and the two prices that
 * weigh growth plans against each other.
 *
 * @param phases               expansions in day order: days strictly increasing, servers strictly increasing,
 *                             names unique; empty = the cluster never grows
 * @param capitalCostPerYear   yearly cost of capital that idle pre-installed plant carries, a share, [0, 1]
 * @param gpuHourUsd           value of one GPU-hour of lost or degraded capacity, USD, finite, ≥ 0
 * @param liveWorkLabourFactor labour during an expansion (work in a live hall under change control) costs this many
 *                             times the catalog's labour rate; the initial build pays the rate itself; [1, 10]
 */
public record GrowthSpec(List<GrowthPhaseSpec> phases, double capitalCostPerYear, double gpuHourUsd,
        double liveWorkLabourFactor) {
    /**
     * Default cost of capital, 8 % a year ([assume]: a typical weighted average cost of capital for data-centre
     * operators; state your own).
     */
    public static final double DEFAULT_CAPITAL_COST_PER_YEAR = 0.08;
    /**
     * Default GPU-hour value: USD 20,000 per hour for a 3,072-GPU job (Alibaba HPN, SIGCOMM 2024) = USD 6.51 per
     * GPU-hour.
     */
    public static final double DEFAULT_GPU_HOUR_USD = 20_000.0 / 3_072;

    /** No growth. */
    public static final GrowthSpec NONE = new GrowthSpec(List.of(), DEFAULT_CAPITAL_COST_PER_YEAR,
            DEFAULT_GPU_HOUR_USD, 1);

    public GrowthSpec {
        phases = List.copyOf(phases);
        var names = new HashSet<String>();
        for (int i = 0; i < phases.size(); i++) {
            GrowthPhaseSpec p = phases.get(i);
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("duplicate growth phase name " + p.name());
            }
            if (i > 0 && !(p.day() > phases.get(i - 1).day())) {
                throw new IllegalArgumentException("growth phase " + p.name() + " must start after the one before");
            }
            if (i > 0 && p.servers() <= phases.get(i - 1).servers()) {
                throw new IllegalArgumentException("growth phase " + p.name() + " must add servers");
            }
        }
        Checks.probability("capitalCostPerYear", capitalCostPerYear);
        Checks.nonNegative("gpuHourUsd", gpuHourUsd);
        if (!(liveWorkLabourFactor >= 1 && liveWorkLabourFactor <= 10)) {
            throw new IllegalArgumentException("liveWorkLabourFactor must be in [1, 10], was " + liveWorkLabourFactor);
        }
    }

    /** Growth whose expansion labour costs the catalog rate. */
    public GrowthSpec(List<GrowthPhaseSpec> phases, double capitalCostPerYear, double gpuHourUsd) {
        this(phases, capitalCostPerYear, gpuHourUsd, 1);
    }

    /** Whether the cluster grows at all. */
    public boolean grows() {
        return !phases.isEmpty();
    }
}
