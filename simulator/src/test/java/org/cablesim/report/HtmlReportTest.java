package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.study.StudySummary;
import org.cablesim.study.TestFigures;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final String HOSTILE = ReportSamples.HOSTILE;

    @Test
    void sampleReportHasEverySectionAndTheVerdictFirst() {
        String html = HtmlReport.render(ReportSamples.rich(), "scenario text");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        int verdict = html.indexOf("Recommended: mpo16-structured");
        assertTrue(verdict > 0);
        String[] order = {"id=\"glance\"", "id=\"comparison\"", "id=\"chart-margin-cdf\"", "id=\"chart-pfail-tier\"",
                "id=\"chart-fibres\"", "id=\"chart-cost\"", "id=\"chart-capacity\"", "id=\"chart-links-down\"",
                "id=\"chart-upgrades\"", "id=\"sweeps\"", "id=\"fig-sweep-1-costUsd\"", "id=\"details\"",
                "<pre class=\"scenario\">", "id=\"provenance\""};
        int previous = verdict;
        for (String marker : order) {
            int at = html.indexOf(marker);
            assertTrue(at > previous, marker + " must follow the previous section");
            previous = at;
        }
        assertEquals(count(html, "<svg "), count(html, "<desc "), "each chart with a description");
    }

    /* The page prints the study's decision, reasons and exclusions as written; it decides nothing itself. */
    @Test
    void verdictPrintsTheStudysDecisionVerbatim() {
        StudySummary s = ReportSamples.rich();
        String verdict = section(HtmlReport.render(s, ""), "<section class=\"verdict\"", "</section>");
        for (String reason : s.recommendation().reasons()) {
            assertTrue(verdict.contains(HtmlEscape.text(reason)), reason);
        }
        assertTrue(verdict.contains("Ruled out"));
        assertTrue(verdict.contains("base8-direct is excluded: 12 design-check violations (polarity 12); 6 links are "
                + "broken by design"), verdict);
        assertTrue(verdict.contains(HtmlEscape.text("Rule: " + s.recommendation().rule())));
        String one = section(HtmlReport.render(TestFigures.summary(List.of(TestFigures.plan("only").build()),
                List.of(), List.of()), ""), "<section class=\"verdict\"", "</section>");
        assertTrue(one.contains("only is the only plan in the study, and it passes the design checks."), one);
        assertFalse(one.contains("Ruled out"));
    }

    @Test
    void glanceTableHighlightsTheBestValuePerRowAndStatesEachStanding() {
        String glance = section(HtmlReport.render(ReportSamples.rich(), ""), "<table class=\"glance", "</table>");
        assertEquals("$1,534,000", bestIn(row(glance, "Total cost (USD)")));
        assertEquals("99.968 %", bestIn(row(glance, "Link availability (%)")));
        assertEquals("4.40", bestIn(row(glance, "Job interruptions (per year)")));
        assertEquals(2, count(row(glance, "Design-check violations (count)"), "class=\"num best\""), "a tie highlights both");
        String standing = row(glance, "Standing under the decision");
        assertTrue(standing.indexOf(">dominated<") < standing.indexOf(">recommended<")
                && standing.indexOf(">recommended<") < standing.indexOf(">excluded<"), standing);
    }

    /* Bill-of-materials counts print exactly, grouped, never rounded to three digits. */
    @Test
    void countsAreExactIntegers() {
        String html = HtmlReport.render(ReportSamples.rich(), "");
        for (String table : new String[] {"<table class=\"comparison", "<table class=\"details"}) {
            String t = section(html, table, "</table>");
            assertTrue(row(t, "Cassettes (count)").contains(">4,608<"), table);
            assertTrue(row(t, "Installed fibres (count)").contains(">3,914,496<"), table);
            assertFalse(t.contains("4,610") || t.contains("3,910,000"), table);
        }
    }

    /* No table repeats a heading, in its header or in its row headings. */
    @Test
    void headingsAreUniqueWithinEveryTable() {
        String html = HtmlReport.render(ReportSamples.rich(), "");
        Matcher tables = Pattern.compile("(?s)<table.*?</table>").matcher(html);
        int checked = 0;
        while (tables.find()) {
            String table = tables.group();
            for (String scope : new String[] {"col", "row"}) {
                List<String> headings = new ArrayList<>();
                Matcher th = Pattern.compile("(?s)<th scope=\"" + scope + "\"[^>]*>(.*?)</th>").matcher(table);
                while (th.find()) {
                    headings.add(th.group(1).replaceAll("<[^>]+>", ""));
                }
                // Long tables (differences, upgrade waves) repeat a plan per row by design; plan tables never do.
                boolean planTable = table.matches("(?s)<table class=\"(glance|comparison|details|provenance).*");
                if (scope.equals("col") || planTable) {
                    assertEquals(headings.size(), new HashSet<>(headings).size(),
                            "repeated " + scope + " heading in " + headings);
                }
            }
            checked++;
        }
        assertTrue(checked >= 6, "checked " + checked + " tables");
    }

    @Test
    void longListsWrapInsideTheirCell() {
        String html = HtmlReport.render(ReportSamples.rich(), "");
        String row = row(section(html, "<table class=\"comparison", "</table>"), "Upgrade readiness (PMDs)");
        assertTrue(row.contains("<td class=\"wrap\">1.6T-DR8, 400GBASE-DR4, 400GBASE-SR4.2, 800G-PSM8"), row);
        assertTrue(HtmlStyle.css().contains("td.wrap{white-space:normal"));
    }

    /* A numeric sweep is a line chart with interval bands; a categorical one grouped bars; never % of a base. */
    @Test
    void sweepsDrawTheMetricAgainstTheParameter() {
        String sweeps = section(HtmlReport.render(ReportSamples.rich(), ""), "<section id=\"sweeps\"", "</section>");
        assertFalse(sweeps.contains("fig-sweep-1-jobInterruptionsPerYear"), "unchanged figures are not drawn");
        assertTrue(sweeps.contains("Unchanged across the swept values: Dark fibre (% of installed); "), sweeps);
        String failing = section(sweeps, "<figure id=\"fig-sweep-1-expectedFailingLinks", "</figure>");
        assertTrue(failing.contains("class=\"band\""), "intervals are shaded");
        assertTrue(failing.contains(">floor.rackPitchM<"), "the x axis is the parameter");
        assertFalse(section(sweeps, "<figure id=\"fig-sweep-1-costUsd", "</figure>").contains("class=\"band\""),
                "exact figures have no band");
        String bars = section(sweeps, "<figure id=\"fig-sweep-2-costUsd", "</figure>");
        assertTrue(bars.contains("class=\"bar\""));
        assertTrue(sweeps.contains("Recommended plan at each value — 0.6: mpo16-structured; 1.2: mpo16-structured; "
                + "2.4: mpo12-structured."), sweeps);
        assertFalse(sweeps.contains("base case"));
        String none = HtmlReport.render(TestFigures.summary(List.of(TestFigures.plan("p").build()), List.of(),
                List.of()), "");
        assertTrue(none.contains("The study has no parameter sweeps."));
    }

    @Test
    void pageIsSelfContainedAndScriptFree() {
        String html = HtmlReport.render(ReportSamples.rich(), HOSTILE);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script, and the sample's hostile one is escaped");
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "only in-page links");
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*https?://.*"),
                "no URL other than the SVG namespace");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    }

    @Test
    void sameSummaryGivesIdenticalBytesWhateverTheDefaultLocale() {
        StudySummary summary = ReportSamples.rich();
        String first = HtmlReport.render(summary, "x");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            assertEquals(first, HtmlReport.render(summary, "x"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(first, HtmlReport.render(ReportSamples.rich(), "x"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void freeTextIsEscapedEverywhere() {
        StudySummary s = TestFigures.summary(List.of(TestFigures.plan(HOSTILE).description(HOSTILE).build(),
                TestFigures.plan("other").build()), List.of(), ReportSamples.rich().sweeps());
        String html = HtmlReport.render(s, HOSTILE);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"));
        assertFalse(lower.contains("<img"));
        assertFalse(html.contains("\"><img") || html.contains("alert(2)>"),
                "no raw piece of the hostile text survives, so no attribute or element was broken out of");
        assertTrue(html.contains(HtmlEscape.text(HOSTILE)));
    }

    static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start);
        return html.substring(from, html.indexOf(end, from));
    }

    private static String row(String table, String heading) {
        int at = table.indexOf("<th scope=\"row\">" + HtmlEscape.text(heading) + "</th>");
        assertTrue(at >= 0, "row " + heading);
        return table.substring(at, table.indexOf("</tr>", at));
    }

    private static String bestIn(String row) {
        Matcher m = Pattern.compile("class=\"num best\">([^<]*)<").matcher(row);
        assertTrue(m.find(), row);
        String best = m.group(1);
        assertFalse(m.find(), "one best cell in " + row);
        return best;
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
