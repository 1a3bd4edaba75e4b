package org.cablesim.report;

import java.util.function.DoubleFunction;
import org.cablesim.study.Metric;

/**
 * How the report and the command line name and print each {@link Metric}: a label with its unit, one number
 * format for all plans (counts exact, money in whole dollars, probabilities and availabilities with the digits
 * that differ), and a signed format for differences between plans.
 */
public final class MetricLabels {
    private MetricLabels() {
    }

    /** The metric's label, unit included. */
    public static String label(Metric metric) {
        return switch (metric) {
            case FIBRES_INSTALLED -> "Installed fibres (count)";
            case FIBRES_LIT -> "Lit fibres (count)";
            case FIBRES_DARK -> "Dark fibres (count)";
            case DARK_FRACTION -> "Dark fibre (% of installed)";
            case TRUNKS -> "Trunks (count)";
            case MPO_CONNECTORS -> "MPO connectors (count)";
            case CASSETTES -> "Cassettes (count)";
            case PANELS -> "Patch panels (count)";
            case CHECK_VIOLATIONS -> "Design-check violations (count)";
            case COST_USD -> "Total cost (USD)";
            case LINK_FAILURE_PROBABILITY -> "P(link fails at installation)";
            case EXPECTED_FAILING_LINKS -> "Expected links failing installation by loss (count)";
            case MARGIN_P1_DB -> "Margin, 1st percentile (dB)";
            case MARGIN_P50_DB -> "Margin, median (dB)";
            case TURN_UP_DAYS -> "Turn-up to full fabric (days)";
            case AVAILABILITY -> "Link availability (%)";
            case JOB_INTERRUPTIONS_PER_YEAR -> "Job interruptions (per year)";
            case LOST_GPU_HOURS_PER_YEAR -> "Lost GPU-hours (per year)";
            case UPGRADE_COST_USD -> "Upgrade cost, all waves (USD)";
            case LINKS_RECABLED -> "Links re-cabled by upgrades (count)";
            case GROWTH_CAPEX_USD -> "Growth capex, all phases (USD)";
            case STRANDED_COST_USD -> "Idle pre-installed plant, carrying cost (USD)";
            case GROWTH_LINKS_RECABLED -> "Links re-cabled by growth (count)";
            case EXPANSION_DISRUPTION_GPU_HOURS -> "Expansion disruption (GPU-hours)";
            case HORIZON_COST_USD -> "Horizon cost of growth (USD)";
        };
    }

    /** The metric's value format; "n/a" for a value that is not finite. */
    public static DoubleFunction<String> format(Metric metric) {
        return switch (metric) {
            case FIBRES_INSTALLED, FIBRES_LIT, FIBRES_DARK, TRUNKS, MPO_CONNECTORS, CASSETTES, PANELS,
                    CHECK_VIOLATIONS, LINKS_RECABLED, GROWTH_LINKS_RECABLED -> ReportFormat::count;
            case DARK_FRACTION -> v -> ReportFormat.percent(v, 1);
            case COST_USD, UPGRADE_COST_USD, GROWTH_CAPEX_USD, STRANDED_COST_USD, HORIZON_COST_USD ->
                    ReportFormat::usd;
            case LINK_FAILURE_PROBABILITY -> ReportFormat::probability;
            case MARGIN_P1_DB, MARGIN_P50_DB -> v -> ReportFormat.fixed(v, 2);
            case AVAILABILITY -> ReportFormat::availability;
            case EXPECTED_FAILING_LINKS, TURN_UP_DAYS, JOB_INTERRUPTIONS_PER_YEAR, LOST_GPU_HOURS_PER_YEAR,
                    EXPANSION_DISRUPTION_GPU_HOURS ->
                    v -> ReportFormat.significant(v, 3);
        };
    }

    /**
     * The format of a difference between two plans' values, one for all its values: signed; availabilities and
     * shares in percentage points with six and two decimals, probabilities in scientific notation.
     */
    public static DoubleFunction<String> differenceFormat(Metric metric) {
        DoubleFunction<String> unsigned = switch (metric) {
            case AVAILABILITY -> v -> ReportFormat.fixed(100 * v, 6) + " pp";
            case DARK_FRACTION -> v -> ReportFormat.fixed(100 * v, 2) + " pp";
            case LINK_FAILURE_PROBABILITY -> v -> ReportFormat.scientific(v, 2);
            default -> format(metric);
        };
        return v -> Double.isFinite(v) && v > 0 ? "+" + unsigned.apply(v) : unsigned.apply(v);
    }
}
