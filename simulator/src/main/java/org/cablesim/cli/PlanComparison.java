package org.cablesim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cablesim.plant.BomLine;
import org.cablesim.report.TextTable;
import org.cablesim.study.PlanResult;
import org.cablesim.study.PlantSummary;

/** The side-by-side table of plan variants printed by {@code run}: one row per metric, one column per plan. */
final class PlanComparison {
    private PlanComparison() {
    }

    static TextTable table(List<PlanResult> plans) {
        List<String> header = new ArrayList<>();
        header.add("metric");
        plans.forEach(p -> header.add(p.name()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        row(table, plans, "links cabled", p -> p.linksCabled() + "");
        row(table, plans, "fibres installed", p -> p.fibresInstalled() + "");
        row(table, plans, "fibres lit", p -> p.fibresLit() + "");
        row(table, plans, "dark fibre %", p -> String.format(Locale.ROOT, "%.1f", 100 * p.darkFraction()));
        row(table, plans, "trunks", p -> p.trunks() + "");
        row(table, plans, "cords", p -> p.cords() + "");
        row(table, plans, "jumpers", p -> p.jumpers() + "");
        row(table, plans, "direct assemblies", p -> p.assemblies() + "");
        row(table, plans, "MPO connectors", p -> p.mpoConnectors() + "");
        row(table, plans, "cassettes", p -> p.cassettes() + "");
        row(table, plans, "panels (RU)", p -> p.panels() + " (" + p.rackUnits() + ")");
        row(table, plans, "mated pairs/link min-mean-max", p -> p.matedPairsMin() + "-"
                + String.format(Locale.ROOT, "%.1f", p.matedPairsMean()) + "-" + p.matedPairsMax());
        row(table, plans, "check violations", p -> p.violations() + "");
        for (BomLine.Category c : BomLine.Category.values()) {
            row(table, plans, "cost " + c.fileName() + " USD", p -> usd(p.costByCategory().get(c)));
        }
        row(table, plans, "cost total USD", p -> usd(p.costTotalUsd()));
        return table;
    }

    private static void row(TextTable table, List<PlanResult> plans, String metric,
            Function<PlantSummary, String> value) {
        List<String> cells = new ArrayList<>();
        cells.add(metric);
        plans.forEach(p -> cells.add(value.apply(p.plant())));
        table.row(cells.toArray(String[]::new));
    }

    private static String usd(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
