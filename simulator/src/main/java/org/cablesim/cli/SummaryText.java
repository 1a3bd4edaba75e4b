package org.cablesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cablesim.report.TextTable;
import org.cablesim.study.Recommendation;
import org.cablesim.study.StudySummary;

/**
 * What {@code run} prints on success, read from the same typed summary summary.json and report.html are written
 * from: the fabric, the plants side by side, the estimates with their intervals, the paired differences, the
 * upgrade waves, the growth phases and horizon costs, the sweeps, the study's decision with its reasons, and the results directory; the last line is the
 * recommendation.
 */
final class SummaryText {
    /** Widest line of the decision's text. */
    static final int WIDTH = 110;

    private SummaryText() {
    }

    static void print(StudySummary s, Path target, PrintWriter out) {
        out.printf("scenario %s, seed %d%n%n", s.scenario(), s.seed());
        out.print(PlanTables.fabric(s).render());
        out.println();
        out.print(PlanTables.plant(s).render());
        for (TextTable table : new TextTable[] {PlanTables.reliability(s), PlanTables.differences(s),
            PlanTables.upgrades(s), GrowthTables.phases(s), GrowthTables.horizon(s)}) {
            if (table != null) {
                out.println();
                out.print(table.render());
            }
        }
        SweepTables.print(s.sweeps(), out);
        Recommendation r = s.recommendation();
        out.printf("%nDecision%n");
        for (String reason : r.reasons()) {
            out.print(wrap("- " + reason));
        }
        for (Recommendation.Exclusion e : r.excluded()) {
            out.print(wrap("- Ruled out (" + e.cause().id() + "): " + e.reason()));
        }
        out.print(wrap("Rule: " + r.rule()));
        s.comparison().robustness().ifPresent(rb -> out.print(wrap(rb.line())));
        out.printf("%nresults: %s%n", target);
        out.printf("recommended: %s%n", r.plan() == null ? "none (every plan has design-check violations)" : r.plan());
    }

    /** {@code text} folded at spaces into lines of at most {@value #WIDTH} characters, indented by two. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder("  ");
        // A unit sign stays with its number ("95 %").
        for (String word : text.replace(" %", "\u0000%").split(" ")) {
            word = word.replace('\u0000', ' ');
            if (line.length() > 2 && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder("    ");
            } else if (line.length() > 2 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
