package org.cablesim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cablesim.study.Figure;
import org.cablesim.study.Metric;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.PlanGrowth;
import org.cablesim.study.StudySummary;
import org.cablesim.study.Sweep;
import org.cablesim.topology.LinkMove;

/**
 * The study-level CSV files: {@code comparison.csv} (summary.json's {@code comparison.rows}, one row per plan) and
 * {@code sweep.csv} (every sweep as one row per value × plan × metric with its 95 % interval). Numbers are written
 * exactly as summary.json writes them.
 */
public final class TableFiles {
    /** Name of the comparison CSV file. */
    public static final String COMPARISON = "comparison.csv";
    /** Name of the growth CSV file (written only when the cluster grows in phases). */
    public static final String GROWTH = "growth.csv";
    /** Name of the moved-links CSV file (written only when the cluster grows in phases). */
    public static final String GROWTH_MOVES = "growth-moves.csv";
    /** Name of the sweep CSV file (written only when the study has sweeps). */
    public static final String SWEEP = "sweep.csv";

    private TableFiles() {
    }

    /** comparison.csv: one column per metric that any plan has, then the upgrade readiness when there is one. */
    public static String comparison(StudySummary summary) {
        return csv(csv -> comparison(summary, csv, TableFiles::text));
    }

    /**
     * The rows of comparison.csv into a sink (the workbook's Comparison sheet).
     *
     * @param cell how a metric's value becomes a cell: its text for CSV (as summary.json writes it), the number
     *             itself for a sheet
     */
    static void comparison(StudySummary summary, RowSink out, Function<Number, Object> cell) throws IOException {
        List<Metric> columns = ComparisonJson.columns(summary.plans());
        boolean readiness = summary.plans().stream().anyMatch(p -> p.lifecycle() != null);
        List<Object> header = new ArrayList<>();
        header.add("plan");
        columns.forEach(m -> header.add(m.id()));
        if (readiness) {
            header.add("upgradeReadiness");
        }
        out.row(header.toArray());
        for (PlanFigures plan : summary.plans()) {
            List<Object> cells = new ArrayList<>();
            cells.add(plan.name());
            columns.forEach(m -> cells.add(cell.apply(ComparisonJson.rowValue(plan, m))));
            if (readiness) {
                cells.add(plan.lifecycle() == null ? null : String.join(" ", plan.upgradeReadiness()));
            }
            out.row(cells.toArray());
        }
    }

    /**
     * sweep.csv: {@code parameter, parameterValue, plan, metric, value, ci95Low, ci95High}, sweeps in order, then
     * values, plans and metrics; a figure the plan does not have at a value is left out, an unknown interval end
     * is empty.
     */
    public static String sweep(List<Sweep> sweeps) {
        return csv(csv -> {
            csv.row("parameter", "parameterValue", "plan", "metric", "value", "ci95Low", "ci95High");
            for (Sweep sweep : sweeps) {
                for (int i = 0; i < sweep.points().size(); i++) {
                    for (String plan : sweep.planNames()) {
                        for (Metric metric : sweep.metrics()) {
                            Optional<Figure> f = sweep.figure(i, plan, metric);
                            if (f.isPresent()) {
                                csv.row(sweep.parameter(), sweep.points().get(i).value(), plan, metric.id(),
                                        text(SummaryNumbers.metric(metric, f.get().value())),
                                        text(SummaryNumbers.metric(metric, f.get().ci95().low())),
                                        text(SummaryNumbers.metric(metric, f.get().ci95().high())));
                            }
                        }
                    }
                }
            }
        });
    }

    /**
     * growth.csv: one row per plan and phase ({@code plan, phase}, then every {@link GrowthColumn}); a simulated
     * figure of the initial build is empty.
     */
    public static String growth(StudySummary summary) {
        return csv(csv -> {
            List<Object> header = new ArrayList<>(List.of("plan", "phase"));
            for (GrowthColumn c : GrowthColumn.values()) {
                header.add(c.id());
            }
            csv.row(header.toArray());
            for (PlanFigures plan : summary.plans()) {
                if (plan.growth() == null) {
                    continue;
                }
                for (PlanGrowth.Phase phase : plan.growth().phases()) {
                    List<Object> cells = new ArrayList<>(List.of(plan.name(), phase.name()));
                    for (GrowthColumn c : GrowthColumn.values()) {
                        double v = c.value(phase);
                        cells.add(Double.isFinite(v) ? Csv.number(v) : null);
                    }
                    csv.row(cells.toArray());
                }
            }
        });
    }

    /**
     * growth-moves.csv: one row per link a growth phase moves (the fabric's, the same in every plan): {@code phase,
     * link, tier, lowerDevice, lowerPort, fromDevice, fromPort, toDevice, toPort}.
     */
    public static String growthMoves(StudySummary summary) {
        PlanGrowth growth = summary.plans().stream().map(PlanFigures::growth).filter(g -> g != null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan grows"));
        return csv(csv -> {
            csv.row("phase", "link", "tier", "lowerDevice", "lowerPort", "fromDevice", "fromPort", "toDevice",
                    "toPort");
            for (PlanGrowth.Phase phase : growth.phases()) {
                for (LinkMove m : phase.moves()) {
                    csv.row(phase.name(), m.linkId(), m.tierName(), m.lowerDevice(), m.lowerPort(), m.fromDevice(),
                            m.fromPort(), m.toDevice(), m.toPort());
                }
            }
        });
    }

    /** A number as summary.json writes it; null (an empty cell) for none. */
    private static String text(Number n) {
        return n == null ? null : n.toString();
    }

    private interface Rows {
        void write(Csv csv) throws IOException;
    }

    private static String csv(Rows rows) {
        StringWriter text = new StringWriter();
        try {
            rows.write(new Csv(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
