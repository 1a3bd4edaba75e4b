package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)> & \"q\"";
    private static final ChartKey A = new ChartKey("plan A", "#0072B2");
    private static final ChartKey B = new ChartKey("plan B", "#D55E00");
    private static final ChartKey C = new ChartKey(HOSTILE, "#009E73");

    @Test
    void lineChartDrawsOnePathPerSeriesAndGoesLogarithmicForWideData() throws Exception {
        List<SvgLineChart.Point> tail = List.of(new SvgLineChart.Point(-1, 1e-6), new SvgLineChart.Point(0, 1e-4),
                new SvgLineChart.Point(1, 0.01), new SvgLineChart.Point(2, 1));
        List<SvgLineChart.Point> other = List.of(new SvgLineChart.Point(-0.5, 0), new SvgLineChart.Point(0.5, 1e-3),
                new SvgLineChart.Point(2.5, 1));
        String svg = SvgLineChart.render(new ChartText("cdf", "Margin CDF", "Fraction of links."),
                ChartAxis.linear("Margin (dB)"), ChartAxis.auto("Fraction of links"),
                List.of(new SvgLineChart.Series(A, tail), new SvgLineChart.Series(B, other)),
                List.of(new SvgLineChart.Marker(0, "budget limit")));
        Document doc = parse(svg);
        assertEquals(2, count(doc, "//*[local-name()='g'][@class='series']/*[local-name()='path']"));
        assertEquals(1, count(doc, "//*[local-name()='line'][@class='marker']"));
        assertTrue(texts(doc).contains("10⁻⁶"), "log y axis labelled in powers of ten: " + texts(doc));
        // plan B's y = 0 cannot sit on a log axis: its path starts at the second point.
        String pathB = xpath(doc, "(//*[local-name()='g'][@class='series'])[2]/*[local-name()='path']/@d");
        assertEquals(1, pathB.chars().filter(c -> c == 'M').count());
        assertEquals(1, pathB.chars().filter(c -> c == 'L').count());
        assertAccessible(doc, "cdf", "Margin CDF");
        assertTrue(texts(doc).containsAll(List.of("Margin (dB)", "Fraction of links", "plan A", "plan B", "budget limit")));
    }

    @Test
    void groupedBarsDrawFiniteValuesWithWhiskersAndMarkZerosOnLogAxes() throws Exception {
        List<SvgGroupedBarChart.Group> groups = List.of(
                new SvgGroupedBarChart.Group("server-leaf", List.of(new SvgGroupedBarChart.Bar(1e-5, 5e-6, 2e-5),
                        new SvgGroupedBarChart.Bar(2e-3, 1e-3, 3e-3), SvgGroupedBarChart.Bar.of(Double.NaN))),
                new SvgGroupedBarChart.Group("leaf-spine", List.of(SvgGroupedBarChart.Bar.of(0),
                        new SvgGroupedBarChart.Bar(4e-4, 0, 8e-4), SvgGroupedBarChart.Bar.of(1e-4))));
        String svg = SvgGroupedBarChart.render(new ChartText("pfail", "P(fail)", ""), "Tier",
                ChartAxis.auto("P(link fails)").withFormat(ReportFormat::probability), List.of(A, B, C), groups);
        Document doc = parse(svg);
        assertEquals(4, count(doc, "//*[local-name()='rect'][@class='bar']"), "NaN skipped, 0 has no log position");
        assertEquals(3, count(doc, "//*[local-name()='path'][@class='whisker']"));
        assertTrue(texts(doc).contains("0"), "the zero bar is labelled");
        assertTrue(texts(doc).contains("10⁻²"));
        assertTrue(texts(doc).contains(HOSTILE), "legend text round-trips through escaping");
        assertFalse(svg.contains("<img"), "no raw markup from data");
        assertTrue(xpath(doc, "string((//*[local-name()='rect'][@class='bar'])[1]/*[local-name()='title'])")
                .contains("95 % CI"));
    }

    @Test
    void groupedBarsOnALinearAxisStartAtZero() throws Exception {
        String svg = SvgGroupedBarChart.render(new ChartText("links", "Links", ""), "Tier", ChartAxis.auto("Links"),
                List.of(A), List.of(new SvgGroupedBarChart.Group("t", List.of(SvgGroupedBarChart.Bar.of(3)))));
        Document doc = parse(svg);
        assertTrue(texts(doc).contains("0.0"), texts(doc).toString());
        double y = Double.parseDouble(xpath(doc, "//*[local-name()='rect'][@class='bar']/@y"));
        double height = Double.parseDouble(xpath(doc, "//*[local-name()='rect'][@class='bar']/@height"));
        assertTrue(height > 100, "3 of a 0..3 axis fills the plot height, was " + height + " at " + y);
    }

    @Test
    void stackedBarsDrawEachPositiveSegmentAndTheTotal() throws Exception {
        String svg = SvgStackedBarChart.render(new ChartText("cost", "Cost", ""), "Plan",
                ChartAxis.linear("Cost (USD)").withFormat(ReportFormat::usdCompact), List.of(A, B),
                List.of(new SvgStackedBarChart.Stack("one", List.of(600_000.0, 400_000.0)),
                        new SvgStackedBarChart.Stack("two", List.of(Double.NaN, 250_000.0))));
        Document doc = parse(svg);
        assertEquals(3, count(doc, "//*[local-name()='rect'][@class='segment']"));
        assertTrue(texts(doc).containsAll(List.of("$1M", "$250k")), texts(doc).toString());
        double first = Double.parseDouble(xpath(doc, "(//*[local-name()='rect'][@class='segment'])[1]/@height"));
        double second = Double.parseDouble(xpath(doc, "(//*[local-name()='rect'][@class='segment'])[2]/@height"));
        assertEquals(1.5, first / second, 0.02, "segment heights are proportional to values (600k : 400k)");
    }

    @Test
    void lineChartShadesEachSeriesBandBetweenItsIntervalEnds() throws Exception {
        List<SvgLineChart.Point> banded = List.of(new SvgLineChart.Point(0.6, 10, 8, 12),
                new SvgLineChart.Point(1.2, 20, 15, 25), new SvgLineChart.Point(2.4, 30, 29, 31));
        List<SvgLineChart.Point> exact = List.of(new SvgLineChart.Point(0.6, 5), new SvgLineChart.Point(2.4, 6));
        String svg = SvgLineChart.render(new ChartText("sweep", "Cost", ""), ChartAxis.linear("pitch"),
                ChartAxis.linear("Cost"), List.of(new SvgLineChart.Series(A, banded), new SvgLineChart.Series(B, exact)),
                List.of());
        Document doc = parse(svg);
        assertEquals(1, count(doc, "//*[local-name()='path'][@class='band']"), "only the series with intervals");
        String band = xpath(doc, "//*[local-name()='path'][@class='band']/@d");
        assertEquals(1, band.chars().filter(c -> c == 'M').count());
        assertEquals(5, band.chars().filter(c -> c == 'L').count(), "3 upper ends, then 3 lower ends back");
        assertTrue(band.endsWith("Z"));
        assertTrue(texts(doc).contains("30"), "the axis reaches the band's top (31): " + texts(doc));
    }

    @Test
    void timelineMovesCollidingLabelsToAnotherLevel() throws Exception {
        List<SvgTimelineChart.Event> events = List.of(new SvgTimelineChart.Event(0, 100, "800G-DR8", "first"),
                new SvgTimelineChart.Event(0, 101, "1.6T-DR8", "second"),
                new SvgTimelineChart.Event(1, 100, "800G-DR8", "other lane"),
                new SvgTimelineChart.Event(5, 100, "ignored", "no such lane"));
        String svg = SvgTimelineChart.render(new ChartText("upgrades", "Upgrades", ""), ChartAxis.linear("Day"),
                List.of(A, B), events, 0, 1095);
        Document doc = parse(svg);
        assertEquals(3, count(doc, "//*[local-name()='g'][@class='event']"));
        String y1 = xpath(doc, "(//*[local-name()='g'][@class='event'])[1]/*[local-name()='text']/@y");
        String y2 = xpath(doc, "(//*[local-name()='g'][@class='event'])[2]/*[local-name()='text']/@y");
        assertNotEquals(y1, y2, "two labels at nearly the same day must not share a line");
        assertTrue(texts(doc).contains("1,000"), "axis covers the 1,095-day horizon: " + texts(doc));
    }

    @Test
    void everyChartWithoutDataIsABoxWithANote() throws Exception {
        ChartText text = new ChartText("empty", HOSTILE, "nothing");
        List<String> charts = List.of(
                SvgLineChart.render(text, ChartAxis.linear("x"), ChartAxis.linear("y"), List.of(), List.of()),
                SvgLineChart.render(text, ChartAxis.linear("x"), ChartAxis.linear("y"),
                        List.of(new SvgLineChart.Series(A, List.of(new SvgLineChart.Point(Double.NaN, 1)))), List.of()),
                SvgGroupedBarChart.render(text, "x", ChartAxis.auto("y"), List.of(A), List.of()),
                SvgStackedBarChart.render(text, "x", ChartAxis.linear("y"), List.of(A),
                        List.of(new SvgStackedBarChart.Stack("s", List.of(0.0)))),
                SvgTimelineChart.render(text, ChartAxis.linear("x"), List.of(A), List.of(), 0, 10));
        for (String svg : charts) {
            Document doc = parse(svg);
            assertEquals(1, count(doc, "//*[local-name()='text'][@class='no-data']"), svg);
            assertEquals(0, count(doc, "//*[local-name()='path' or local-name()='circle']"), svg);
            assertAccessible(doc, "empty", HOSTILE);
        }
    }

    @Test
    void renderingIsDeterministic() {
        List<SvgStackedBarChart.Stack> stacks = List.of(new SvgStackedBarChart.Stack("one", List.of(1.0 / 3, 2.0 / 3)));
        ChartText text = new ChartText("s", "S", "");
        assertEquals(SvgStackedBarChart.render(text, "x", ChartAxis.linear("y"), List.of(A, B), stacks),
                SvgStackedBarChart.render(text, "x", ChartAxis.linear("y"), List.of(A, B), stacks));
    }

    @Test
    void numbersPrintWithOneDecimalAndNoNegativeZero() {
        assertEquals("0", SvgWriter.num(-0.04));
        assertEquals("12", SvgWriter.num(12.0));
        assertEquals("-3.5", SvgWriter.num(-3.46));
        assertEquals("1234567.9", SvgWriter.num(1234567.89));
    }

    private static void assertAccessible(Document doc, String id, String title) throws Exception {
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName() == null ? root.getTagName() : root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
        assertEquals(title, xpath(doc, "/*/*[local-name()='title']"));
        assertFalse(xpath(doc, "/*/*[local-name()='desc']").isBlank());
        assertEquals(title, xpath(doc, "//*[local-name()='text'][@class='chart-title']"));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document doc, String expression) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.NODESET))
                .getLength();
    }

    private static String xpath(Document doc, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, doc);
    }

    private static List<String> texts(Document doc) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='text' or local-name()='tspan'][not(*[local-name()='tspan'])]", doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
