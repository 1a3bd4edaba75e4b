package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart: for each group (e.g. a fabric tier) one bar per series (e.g. a plan), each with an
 * optional confidence-interval whisker; the y axis may be logarithmic.
 */
public final class SvgGroupedBarChart {
    /** Default height in user-space units (width is 720). */
    public static final double HEIGHT = 380;
    private static final double MAX_BAR_WIDTH = 46;

    /** One bar: its value and the ends of its interval; NaN marks a missing value or interval. */
    public record Bar(double value, double ciLow, double ciHigh) {
        /** A bar without an interval. */
        public static Bar of(double value) {
            return new Bar(value, Double.NaN, Double.NaN);
        }
    }

    /** One group: its label on the x axis and one bar per series, in series order. */
    public record Group(String label, List<Bar> bars) {
        /** Copies the bars. */
        public Group {
            label = label == null ? "" : label;
            bars = List.copyOf(bars);
        }
    }

    private SvgGroupedBarChart() {
    }

    /** The chart as an {@code <svg>} element; a "no data" box when there is no finite value. */
    public static String render(ChartText text, String xTitle, ChartAxis yAxis, List<ChartKey> series,
            List<Group> groups) {
        List<Double> values = new ArrayList<>();
        for (Group group : groups) {
            for (Bar bar : group.bars()) {
                for (double v : new double[] {bar.value(), bar.ciLow(), bar.ciHigh()}) {
                    if (Double.isFinite(v)) {
                        values.add(v);
                    }
                }
            }
        }
        List<SvgFrame.LegendItem> legend = new ArrayList<>();
        series.forEach(s -> legend.add(SvgFrame.LegendItem.box(s)));
        if (values.isEmpty() || series.isEmpty()) {
            return SvgFrame.noData(text, HEIGHT, "No data to plot");
        }
        SvgFrame probe = new SvgFrame(text, HEIGHT, legend);
        double left0 = SvgFrame.PAD + 60;
        double groupWidth0 = (SvgFrame.WIDTH - 28 - left0) / groups.size();
        int labelLines = 1;
        for (Group group : groups) {
            labelLines = Math.max(labelLines, SvgFrame.wrap(group.label(), groupWidth0 - 8, SvgFrame.TICK_SIZE, 2).size());
        }
        double bottom = probe.plotBottom() - 15 * (labelLines - 1);
        double top = probe.plotTop();
        ChartScale y = yAxis.withZero().scale(SvgLineChart.toArray(values), bottom, top, 45);
        double left = SvgFrame.yAxisWidth(y, yAxis);
        double right = SvgFrame.WIDTH - 28;
        double groupWidth = (right - left) / groups.size();
        double barWidth = Math.min(MAX_BAR_WIDTH, groupWidth * 0.75 / series.size());
        double baseline = y.logarithmic() ? bottom : y.map(0);

        SvgWriter svg = probe.begin(summary(series, groups, yAxis));
        probe.yAxis(y, yAxis, left, right);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double centre = left + groupWidth * (g + 0.5);
            double start = centre - barWidth * series.size() / 2;
            svg.open("g", "class", "bar-group");
            for (int s = 0; s < series.size() && s < group.bars().size(); s++) {
                writeBar(svg, group.bars().get(s), series.get(s), group.label(), start + s * barWidth, barWidth,
                        baseline, y, yAxis);
            }
            svg.close("g").newline();
            probe.centredLines(SvgFrame.wrap(group.label(), groupWidth - 8, SvgFrame.TICK_SIZE, 2), centre,
                    bottom + 18, SvgFrame.TICK_SIZE, SvgFrame.INK, group.label());
        }
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(baseline),
                "y2", SvgWriter.num(baseline), "stroke", SvgFrame.AXIS, "stroke-width", "1");
        probe.xTitle(xTitle, (left + right) / 2);
        return probe.end();
    }

    private static void writeBar(SvgWriter svg, Bar bar, ChartKey key, String group, double x, double width,
            double baseline, ChartScale y, ChartAxis axis) {
        if (!Double.isFinite(bar.value())) {
            return;
        }
        String tooltip = key.name() + " — " + group + ": " + axis.valueLabel(bar.value())
                + (Double.isFinite(bar.ciLow()) && Double.isFinite(bar.ciHigh())
                        ? " (95 % CI " + axis.valueLabel(bar.ciLow()) + " – " + axis.valueLabel(bar.ciHigh()) + ")" : "");
        double inset = width > 8 ? 1.5 : 0.5;
        if (y.canShow(bar.value())) {
            double top = y.map(bar.value());
            svg.open("rect", "x", SvgWriter.num(x + inset), "y", SvgWriter.num(Math.min(top, baseline)),
                    "width", SvgWriter.num(width - 2 * inset), "height", SvgWriter.num(Math.abs(baseline - top)),
                    "fill", key.colour(), "class", "bar");
            svg.element("title", tooltip).close("rect");
        } else {
            // Zero on a log axis has no position: say so instead of drawing nothing.
            svg.element("text", axis.valueLabel(bar.value()), "x", SvgWriter.num(x + width / 2),
                    "y", SvgWriter.num(baseline - 4), "text-anchor", "middle", "font-size", "10", "fill", SvgFrame.MUTED);
        }
        if (Double.isFinite(bar.ciLow()) && Double.isFinite(bar.ciHigh())) {
            double cx = x + width / 2;
            double low = y.canShow(bar.ciLow()) ? y.map(bar.ciLow()) : baseline;
            double high = y.map(bar.ciHigh());
            double cap = Math.min(6, width / 3);
            String d = "M" + SvgWriter.num(cx) + " " + SvgWriter.num(low) + "V" + SvgWriter.num(high)
                    + "M" + SvgWriter.num(cx - cap) + " " + SvgWriter.num(low) + "H" + SvgWriter.num(cx + cap)
                    + "M" + SvgWriter.num(cx - cap) + " " + SvgWriter.num(high) + "H" + SvgWriter.num(cx + cap);
            svg.empty("path", "d", d, "stroke", SvgFrame.INK, "stroke-width", "1.2", "fill", "none", "class", "whisker");
        }
    }

    private static String summary(List<ChartKey> series, List<Group> groups, ChartAxis axis) {
        StringBuilder text = new StringBuilder();
        for (Group group : groups) {
            text.append(group.label()).append(':');
            for (int s = 0; s < series.size() && s < group.bars().size(); s++) {
                Bar bar = group.bars().get(s);
                text.append(' ').append(series.get(s).name()).append(' ')
                        .append(Double.isFinite(bar.value()) ? axis.valueLabel(bar.value()) : ReportFormat.MISSING)
                        .append(s + 1 < series.size() ? ',' : ';');
            }
            text.append(' ');
        }
        return text.toString().trim();
    }
}
