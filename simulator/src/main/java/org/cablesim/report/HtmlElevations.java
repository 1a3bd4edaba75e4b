package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's rack elevations: per plan a collapsed {@code <details>} with one inline SVG per floor row
 * ({@link ElevationSvg}). So that a 100k-GPU study's page stays small, at most {@link #RACK_BUDGET} racks are drawn
 * over all plans: the recommended plan first (the baseline plan when none is recommended), then the others in study
 * order; within a plan the rows with a patching rack or a rack over height first, then the rest in row order. A row
 * that would go over the budget is left out, except that the first plan always shows its first row; each plan says
 * which rows it leaves out (every row is in its {@code plans/<plan>/elevations/<row>.svg}).
 */
final class HtmlElevations {
    /** Racks drawn in the report at most (a row of 32 racks is about 60 KB of SVG). */
    static final int RACK_BUDGET = 96;

    private HtmlElevations() {
    }

    /**
     * The elevations section, empty when there are no plans to draw.
     *
     * @param plans       the plans' elevations, in study order
     * @param recommended the recommended plan, or null when none is
     * @param baseline    the study's baseline plan
     */
    static String render(List<PlanElevations> plans, String recommended, String baseline) {
        if (plans.isEmpty()) {
            return "";
        }
        String first = recommended != null ? recommended : baseline;
        List<PlanElevations> ordered = new ArrayList<>();
        plans.stream().filter(p -> p.plan().equals(first)).forEach(ordered::add);
        plans.stream().filter(p -> !p.plan().equals(first)).forEach(ordered::add);
        StringBuilder html = new StringBuilder("<section id=\"elevations\">\n<h2>Rack elevations</h2>\n")
                .append("<p class=\"lead\">Front elevations per floor row (RU 1 at the bottom): devices grey, panels "
                        + "blue, cassette enclosures teal, cross-connect panels purple, mounts above a rack's top red. "
                        + "At most " + RACK_BUDGET + " racks are drawn here, rows with patching racks or racks over "
                        + "height first; every row is in <code>plans/&lt;plan&gt;/elevations/&lt;row&gt;.svg</code> "
                        + "when plan files are written.</p>\n");
        int drawn = 0;
        for (PlanElevations plan : ordered) {
            List<PlanElevations.Row> rows = new ArrayList<>(plan.rows());
            rows.sort((a, b) -> Boolean.compare(b.notable(), a.notable())); // stable: row order within each group
            StringBuilder body = new StringBuilder();
            List<String> left = new ArrayList<>();
            int racks = 0;
            for (PlanElevations.Row row : rows) {
                boolean always = drawn == 0 && racks == 0;
                if (always || drawn + row.racks().size() <= RACK_BUDGET) {
                    body.append("<figure class=\"elevation\">").append(ElevationSvg.row(row.label(), row.racks()))
                            .append("</figure>\n");
                    drawn += row.racks().size();
                    racks += row.racks().size();
                } else {
                    left.add(row.label());
                }
            }
            int total = plan.rows().stream().mapToInt(r -> r.racks().size()).sum();
            html.append("<details class=\"elevations\" id=\"elevations-").append(HtmlEscape.text(plan.plan()))
                    .append("\">\n<summary>").append(HtmlEscape.text(plan.plan())).append(": ").append(total)
                    .append(" racks in ").append(plan.rows().size()).append(" rows")
                    .append(plan.plan().equals(recommended) ? " (recommended)" : "").append("</summary>\n").append(body);
            if (!left.isEmpty()) {
                html.append("<p class=\"note\">Rows not drawn here (").append(left.size()).append("): ")
                        .append(HtmlEscape.text(String.join(", ", left))).append(".</p>\n");
            }
            html.append("</details>\n");
        }
        return html.append("</section>\n").toString();
    }
}
