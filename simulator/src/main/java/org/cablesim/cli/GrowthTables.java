package org.cablesim.cli;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.report.GrowthColumn;
import org.cablesim.report.ReportFormat;
import org.cablesim.report.TextTable;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.PlanGrowth;
import org.cablesim.study.StudySummary;

/** The command line's growth tables: each plan's phases, then its horizon cost (what the recommendation weighs). */
final class GrowthTables {
    private GrowthTables() {
    }

    /** Plan × phase with the report's columns; null when the cluster never grows. */
    static TextTable phases(StudySummary s) {
        List<String> header = new ArrayList<>(List.of("Growth phase", "plan"));
        GrowthColumn.brief().forEach(c -> header.add(c.heading()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (PlanFigures p : s.plans()) {
            if (p.growth() == null) {
                continue;
            }
            for (PlanGrowth.Phase phase : p.growth().phases()) {
                List<String> cells = new ArrayList<>(List.of(phase.name(), p.name()));
                GrowthColumn.brief().forEach(c -> cells.add(c.text(phase)));
                table.row(cells);
            }
        }
        return table.size() == 0 ? null : table;
    }

    /** Per plan: capex, idle plant, disruption and the horizon cost; null when the cluster never grows. */
    static TextTable horizon(StudySummary s) {
        TextTable table = new TextTable("Horizon cost", "capex (USD)", "idle plant (USD)", "disruption (GPU-h)",
                "disruption (USD)", "total (USD)", "95 % interval (USD)");
        for (PlanFigures p : s.plans()) {
            PlanGrowth g = p.growth();
            if (g == null) {
                continue;
            }
            String interval = Double.isFinite(g.totalUsd().ci95().low()) ? "[" + ReportFormat.usd(
                    g.totalUsd().ci95().low()) + ", " + ReportFormat.usd(g.totalUsd().ci95().high()) + "]"
                    : ReportFormat.MISSING;
            table.row(p.name(), ReportFormat.usd(g.capexUsd()), ReportFormat.usd(g.strandedCostUsd()),
                    ReportFormat.count(g.disruptionGpuHours().mean()), ReportFormat.usd(g.disruptionUsd().mean()),
                    ReportFormat.usd(g.totalUsd().mean()), interval);
        }
        return table.size() == 0 ? null : table;
    }
}
