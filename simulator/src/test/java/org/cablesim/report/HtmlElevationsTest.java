package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.plant.RackElevations;
import org.junit.jupiter.api.Test;

/** Which rows the report draws: the recommended plan first, notable rows first, at most the rack budget. */
class HtmlElevationsTest {
    /** A row of {@code n} racks with one server each; {@code patch} makes its last rack a patching rack. */
    private static PlanElevations.Row row(String label, int n, boolean patch) {
        List<RackElevations.Rack> racks = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) { // out of order: rows sort by position
            racks.add(new RackElevations.Rack(label + "-" + (i + 1), 0, i, patch && i == n - 1, 42, 1.0,
                    List.of(new RackElevations.Mount(1, 2, "s" + i, RackElevations.Role.SERVER, ""))));
        }
        return new PlanElevations.Row(label, racks);
    }

    @Test
    void recommendedPlanFirstNotableRowsFirstWithinTheBudget() {
        int big = HtmlElevations.RACK_BUDGET / 2; // two big rows fill the budget
        PlanElevations a = new PlanElevations("a", List.of(row("A1", 4, false), row("A2", 4, false)));
        PlanElevations b = new PlanElevations("b", List.of(row("B1", big, false), row("B2", big, false),
                row("B3", 3, true)));
        String html = HtmlElevations.render(List.of(a, b), "b", "a");
        // b is drawn first: its patching row B3 (3 racks), then B1 (3 + 48 = 51); B2 would make 99 > 96
        assertTrue(html.indexOf("id=\"elevations-b\"") < html.indexOf("id=\"elevations-a\""));
        assertTrue(html.indexOf("Rack elevations, row B3") < html.indexOf("Rack elevations, row B1"));
        assertTrue(html.contains("Rows not drawn here (1): B2."));
        assertEquals(2, count(html, "Rack elevations, row B"));
        // a: A1 fits (51 + 4 = 55) and A2 (59)
        assertEquals(2, count(html, "Rack elevations, row A"));
        assertTrue(html.contains("b: " + (2 * big + 3) + " racks in 3 rows (recommended)</summary>"));
        assertEquals(2, count(html, "<details class=\"elevations\""));
        assertEquals(4, count(html, "<figure class=\"elevation\"><svg"));
        // racks in position order within a row
        assertTrue(html.indexOf("A1-1: ") < html.indexOf("A1-4: "));
    }

    @Test
    void theFirstPlanShowsOneRowEvenOverTheBudgetAndTheRestSayWhatIsLeftOut() {
        PlanElevations huge = new PlanElevations("huge", List.of(row("H1", HtmlElevations.RACK_BUDGET + 1, false)));
        PlanElevations next = new PlanElevations("next", List.of(row("N1", 1, false)));
        String html = HtmlElevations.render(List.of(next, huge), null, "huge");
        assertEquals(1, count(html, "Rack elevations, row H1"));
        assertEquals(0, count(html, "Rack elevations, row N1"));
        assertTrue(html.contains("Rows not drawn here (1): N1."));
        assertTrue(!html.contains("(recommended)"), "no plan is recommended");
        assertEquals("", HtmlElevations.render(List.of(), null, "x"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
