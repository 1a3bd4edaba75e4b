package org.cablesim.report;

import java.util.function.DoubleFunction;

/**
 * Labels, formats and preferred directions for the metric names that appear in the summary's comparison and
 * sweeps; unknown names are shown as they are, with three significant digits and no preferred direction.
 */
final class ReportMetricNames {
    private ReportMetricNames() {
    }

    static String label(String metric) {
        String key = normal(metric);
        if (key.contains("upgradecost")) {
            return "Upgrade cost (USD)";
        }
        if (key.contains("recabled")) {
            return "Links re-cabled by upgrades";
        }
        if (key.contains("cost")) {
            return "Cost (USD)";
        }
        if (key.contains("availability")) {
            return "Availability";
        }
        if (key.contains("linkfailureprobability")) {
            return "P(link fails at install)";
        }
        if (key.contains("expectedfailinglinks")) {
            return "Expected failing links";
        }
        if (key.contains("dark")) {
            return "Dark fibre share";
        }
        if (key.contains("interruptions")) {
            return "Job interruptions / year";
        }
        if (key.contains("lostgpuhours")) {
            return "Lost GPU-hours / year";
        }
        if (key.contains("linkdownhours")) {
            return "Link-down hours / year";
        }
        return metric;
    }

    static DoubleFunction<String> format(String metric) {
        String key = normal(metric);
        if (key.contains("cost") || key.endsWith("usd")) {
            return ReportFormat::usd;
        }
        if (key.contains("availability")) {
            return ReportFormat::availability;
        }
        if (key.contains("probability")) {
            return ReportFormat::probability;
        }
        if (key.contains("fraction") || key.contains("share") || key.contains("yield")) {
            return v -> ReportFormat.percent(v, 1);
        }
        return v -> ReportFormat.significant(v, 3);
    }

    /** Format for a difference between two plans' values of {@code metric}: signed, in the metric's unit. */
    static DoubleFunction<String> differenceFormat(String metric) {
        String key = normal(metric);
        DoubleFunction<String> unsigned;
        if (key.contains("availability") || key.contains("fraction") || key.contains("share")) {
            unsigned = v -> ReportFormat.significant(100 * v, 2) + " pp";
        } else if (key.contains("probability")) {
            unsigned = v -> Math.abs(v) >= 1e-3 ? ReportFormat.significant(100 * v, 2) + " pp" : ReportFormat.scientific(v, 2);
        } else {
            unsigned = format(metric);
        }
        return v -> Double.isFinite(v) && v > 0 ? "+" + unsigned.apply(v) : unsigned.apply(v);
    }

    static ReportMetric.Better better(String metric) {
        String key = normal(metric);
        if (key.contains("availability") || key.contains("yield") || key.contains("capacity")) {
            return ReportMetric.Better.HIGHER;
        }
        if (key.contains("cost") || key.contains("probability") || key.contains("failing") || key.contains("dark")
                || key.contains("interruptions") || key.contains("lost") || key.contains("down")
                || key.contains("violations") || key.contains("usd") || key.contains("recabled")) {
            return ReportMetric.Better.LOWER;
        }
        return ReportMetric.Better.NEITHER;
    }

    /** Whether changes of {@code metric} read best in percentage points rather than relative to the base. */
    static boolean absoluteShare(String metric) {
        String key = normal(metric);
        return key.contains("availability") || key.contains("capacity");
    }

    private static String normal(String metric) {
        return metric == null ? "" : metric.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
