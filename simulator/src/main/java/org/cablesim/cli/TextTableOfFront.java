package org.cablesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.report.ReportFormat;
import org.cablesim.report.TextTable;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchResult;

/** The search's front as a text table: each front plan's choices and figures, the recommended one marked. */
final class TextTableOfFront {
    private TextTableOfFront() {
    }

    static void print(SearchResult r, PrintWriter out) {
        if (r.front().isEmpty()) {
            out.println("The front is empty: no candidate meets every constraint.");
            return;
        }
        List<String> header = new ArrayList<>(List.of("front plan"));
        header.addAll(r.parameters());
        header.addAll(List.of("cost", "expected failing links", "availability", "ready for"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (SearchCandidate c : r.frontCandidates()) {
            List<String> cells = new ArrayList<>(List.of(c.name() + (c.name().equals(r.recommended()) ? " *" : "")));
            cells.addAll(c.choices());
            cells.add(ReportFormat.usd(c.costUsd()));
            cells.add(ReportFormat.significant(c.expectedFailingLinks().value(), 3));
            cells.add(ReportFormat.availability(c.availability().value()));
            cells.add(c.readiness().isEmpty() ? "-" : String.join(" ", c.readiness()));
            table.row(cells);
        }
        out.println();
        out.print(table.render());
        out.println("* recommended: the cheapest front plan");
    }
}
