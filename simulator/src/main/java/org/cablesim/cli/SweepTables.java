package org.cablesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.report.MetricLabels;
import org.cablesim.report.TextTable;
import org.cablesim.study.Metric;
import org.cablesim.study.Sweep;

/**
 * The sweep tables {@code run} prints: for each sweep, the plan recommended at every value, then for each metric
 * that changes across the values a table of parameter value × plan with the metric and its 95 % interval (the
 * same figures as sweep.csv).
 */
final class SweepTables {
    private SweepTables() {
    }

    static void print(List<Sweep> sweeps, PrintWriter out) {
        for (Sweep sweep : sweeps) {
            out.println();
            out.printf("Sweep of %s%n", sweep.parameter());
            TextTable decisions = new TextTable(sweep.parameter(), "recommended plan");
            for (Sweep.Point p : sweep.points()) {
                decisions.row(p.value(), p.recommended() == null ? "none" : p.recommended());
            }
            out.print(decisions.render());
            List<String> unchanged = new ArrayList<>();
            for (Metric metric : sweep.metrics()) {
                if (!sweep.changes(metric)) {
                    unchanged.add(MetricLabels.label(metric));
                    continue;
                }
                out.println();
                out.print(table(sweep, metric).render());
            }
            if (!unchanged.isEmpty()) {
                out.printf("%nUnchanged across the swept values: %s.%n", String.join("; ", unchanged));
            }
        }
    }

    /** One metric of one sweep: parameter values down, plans across, each cell the value and its interval. */
    static TextTable table(Sweep sweep, Metric metric) {
        List<String> header = new ArrayList<>();
        header.add(MetricLabels.label(metric) + " by " + sweep.parameter());
        header.addAll(sweep.planNames());
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (int i = 0; i < sweep.points().size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(sweep.points().get(i).value());
            for (String plan : sweep.planNames()) {
                cells.add(PlanTables.cell(sweep.figure(i, plan, metric), MetricLabels.format(metric)));
            }
            table.row(cells);
        }
        return table;
    }
}
