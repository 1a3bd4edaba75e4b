package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    @Test
    void sampleReportHasEverySectionAndTheVerdictFirst() throws Exception {
        String html = HtmlReport.render(sample());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        int verdict = html.indexOf("Recommended: mpo12-structured");
        assertTrue(verdict > 0);
        String[] order = {"id=\"glance\"", "id=\"comparison\"", "id=\"chart-margin-cdf\"", "id=\"chart-pfail-tier\"",
                "id=\"chart-fibres\"", "id=\"chart-cost\"", "id=\"chart-capacity\"", "id=\"chart-links-down\"",
                "id=\"chart-upgrades\"", "id=\"fig-sensitivity-1-chart\"", "id=\"details\"", "<pre class=\"scenario\">",
                "id=\"provenance\""};
        int previous = verdict;
        for (String marker : order) {
            int at = html.indexOf(marker);
            assertTrue(at > previous, marker + " must follow the previous section");
            previous = at;
        }
        assertEquals(10, count(html, "<svg "), "ten charts");
        assertEquals(10, count(html, "<desc "), "each with a description");
    }

    @Test
    void glanceTableHighlightsTheBestValuePerRow() throws Exception {
        String glance = section(HtmlReport.render(sample()), "<table class=\"glance", "</table>");
        // cost: base8-direct ($1,534,000) is lowest; availability: mpo16-structured (99.968 %) is highest.
        assertEquals("$1,534,000", bestIn(row(glance, "Total cost (USD)")));
        assertEquals("99.968 %", bestIn(row(glance, "Availability (time-average)")));
        assertEquals("4.40", bestIn(row(glance, "Job interruptions per year")));
        assertEquals(2, count(row(glance, "Design-check violations"), "class=\"num best\""), "a tie highlights both");
    }

    @Test
    void pageIsSelfContainedAndScriptFree() throws Exception {
        String html = HtmlReport.render(sample());
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script, and the sample's hostile one is escaped");
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "only in-page links");
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*https?://.*"),
                "no URL other than the SVG namespace");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    }

    @Test
    void sameSummaryGivesIdenticalBytesWhateverTheDefaultLocale() throws Exception {
        JsonNode summary = sample();
        String first = HtmlReport.render(summary);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            assertEquals(first, HtmlReport.render(summary));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(first, HtmlReport.render(sample()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void textFromTheSummaryIsEscapedEverywhere() {
        ObjectNode summary = MAPPER.createObjectNode().put("scenario", HOSTILE).put("scenarioText", HOSTILE);
        ObjectNode plan = summary.putArray("plans").addObject().put("name", HOSTILE).put("description", HOSTILE);
        plan.putObject("cost").put("total", 10).putObject("byCategory").put(HOSTILE, 10);
        plan.putObject("checks").put("violations", 0).putObject("byKind").put(HOSTILE, 0);
        plan.putObject("loss").putObject("byTier").putObject(HOSTILE).putObject("linkFailureProbability").put("mean", 1e-4);
        plan.putObject("lifecycle").putArray("upgrades").addObject().put("name", HOSTILE).put("day", 3).put("toPmd", HOSTILE);
        plan.putArray("upgradeReadiness").add(HOSTILE);
        ObjectNode comparison = summary.putObject("comparison").put("baseline", HOSTILE);
        comparison.putArray("rows").addObject().put("plan", HOSTILE).putObject("metrics").put(HOSTILE, 1);
        comparison.putArray("differences").addObject().put("plan", HOSTILE).put("metric", HOSTILE);
        ObjectNode sweep = summary.putArray("sweeps").addObject().put("parameter", HOSTILE);
        sweep.putArray("values").add(HOSTILE).add(HOSTILE);
        summary.putObject("provenance").put("version", HOSTILE).putObject("inputSha256").put(HOSTILE, HOSTILE);

        String html = HtmlReport.render(summary);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"));
        assertFalse(lower.contains("<img"));
        assertFalse(html.contains("\"><img") || html.contains("alert(2)>") || html.contains("alert(1)<"),
                "no raw piece of the hostile text survives, so no attribute or element was broken out of");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    }

    @Test
    void emptyAndMalformedSummariesRenderWithNa() {
        String empty = HtmlReport.render(MAPPER.createObjectNode());
        assertTrue(empty.contains("No plans in this summary"));
        assertTrue(empty.contains("n/a"));
        assertEquals(count(empty, "<svg "), count(empty, "class=\"no-data\""), "every chart says it has no data");

        ObjectNode odd = MAPPER.createObjectNode().put("plans", "not a list").put("seed", 7);
        odd.putObject("comparison").put("rows", 5);
        assertTrue(HtmlReport.render(odd).contains("No plans in this summary"));

        ObjectNode wrongTypes = MAPPER.createObjectNode();
        ObjectNode plan = wrongTypes.putArray("plans").addObject().put("name", "p").put("cost", "expensive");
        plan.putObject("fibres").put("installed", "many").putNull("lit");
        plan.putObject("lifecycle").put("timeline", "soon").putObject("availability").put("mean", "high");
        plan.put("unknownExtraField", 42);
        String html = HtmlReport.render(wrongTypes);
        assertTrue(html.contains("Recommended: p"));
        assertTrue(row(section(html, "<table class=\"glance", "</table>"), "Total cost (USD)").contains("n/a"));
    }

    @Test
    void olderSummaryWithOnlyFabricRenders() {
        // The shape SummaryJson writes today: name and fabric only.
        ObjectNode summary = MAPPER.createObjectNode().put("schemaVersion", 1).put("scenario", "quickstart").put("seed", 1);
        ObjectNode fabric = summary.putArray("plans").addObject().put("name", "baseline").putObject("fabric");
        fabric.put("gpus", 256).put("servers", 32).putObject("links").put("server-leaf", 256);
        String html = HtmlReport.render(summary);
        assertTrue(html.contains("Recommended: baseline"));
        assertTrue(row(section(html, "<table class=\"details", "</table>"), "Links: server-leaf").contains(">256<"));
    }

    static JsonNode sample() throws Exception {
        return MAPPER.readTree(HtmlReportBrowserTest.sample());
    }

    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start);
        return html.substring(from, html.indexOf(end, from));
    }

    private static String row(String table, String heading) {
        int at = table.indexOf("<th scope=\"row\">" + heading + "</th>");
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

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
