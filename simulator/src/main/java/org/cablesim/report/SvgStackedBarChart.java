package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/** A stacked bar chart: one bar per stack (e.g. a plan), split into category segments, total on top. */
public final class SvgStackedBarChart {
    /** Default height in user-space units (width is 720). */
    public static final double HEIGHT = 380;
    private static final double MAX_BAR_WIDTH = 72;

    /** One bar: its label and one segment per category in category order; NaN or negative segments count as 0. */
    public record Stack(String label, List<Double> segments) {
        /** Copies the segments. */
        public Stack {
            label = label == null ? "" : label;
            segments = List.copyOf(segments);
        }

        double total() {
            double sum = 0;
            for (double segment : segments) {
                sum += usable(segment);
            }
            return sum;
        }
    }

    private SvgStackedBarChart() {
    }

    /** The chart as an {@code <svg>} element; a "no data" box when no stack has a positive total. */
    public static String render(ChartText text, String xTitle, ChartAxis yAxis, List<ChartKey> categories,
            List<Stack> stacks) {
        List<Double> totals = new ArrayList<>();
        stacks.forEach(s -> totals.add(s.total()));
        List<SvgFrame.LegendItem> legend = new ArrayList<>();
        categories.forEach(c -> legend.add(SvgFrame.LegendItem.box(c)));
        if (categories.isEmpty() || totals.stream().noneMatch(t -> t > 0)) {
            return SvgFrame.noData(text, HEIGHT, "No data to plot");
        }
        SvgFrame frame = new SvgFrame(text, HEIGHT, legend);
        double slot0 = (SvgFrame.WIDTH - 28 - SvgFrame.PAD - 60) / stacks.size();
        int labelLines = 1;
        for (Stack stack : stacks) {
            labelLines = Math.max(labelLines, SvgFrame.wrap(stack.label(), slot0 - 8, SvgFrame.TICK_SIZE, 2).size());
        }
        double bottom = frame.plotBottom() - 15 * (labelLines - 1);
        double top = frame.plotTop() + 14;
        ChartAxis linear = yAxis.asLinear().withZero();
        ChartScale y = linear.scale(SvgLineChart.toArray(totals), bottom, top, 45);
        double left = SvgFrame.yAxisWidth(y, linear);
        double right = SvgFrame.WIDTH - 28;
        double slot = (right - left) / stacks.size();
        double barWidth = Math.min(MAX_BAR_WIDTH, slot * 0.55);

        SvgWriter svg = frame.begin(summary(categories, stacks, linear));
        frame.yAxis(y, linear, left, right);
        for (int s = 0; s < stacks.size(); s++) {
            Stack stack = stacks.get(s);
            double centre = left + slot * (s + 0.5);
            double x = centre - barWidth / 2;
            double cumulative = 0;
            svg.open("g", "class", "stack");
            for (int c = 0; c < categories.size() && c < stack.segments().size(); c++) {
                double value = usable(stack.segments().get(c));
                if (value <= 0) {
                    continue;
                }
                double y0 = y.map(cumulative);
                double y1 = y.map(cumulative + value);
                cumulative += value;
                svg.open("rect", "x", SvgWriter.num(x), "y", SvgWriter.num(y1), "width", SvgWriter.num(barWidth),
                        "height", SvgWriter.num(Math.max(0, y0 - y1)), "fill", categories.get(c).colour(),
                        "stroke", "#FFFFFF", "stroke-width", "0.8", "class", "segment");
                svg.element("title", stack.label() + " — " + categories.get(c).name() + ": "
                        + linear.valueLabel(value) + " (" + ReportFormat.percent(value / stack.total(), 1) + ")");
                svg.close("rect");
            }
            if (stack.total() > 0) {
                svg.element("text", linear.valueLabel(stack.total()), "x", SvgWriter.num(centre),
                        "y", SvgWriter.num(y.map(stack.total()) - 5), "text-anchor", "middle",
                        "font-size", SvgWriter.num(SvgFrame.TICK_SIZE), "font-weight", "600", "fill", SvgFrame.INK);
            }
            svg.close("g").newline();
            frame.centredLines(SvgFrame.wrap(stack.label(), slot - 8, SvgFrame.TICK_SIZE, 2), centre, bottom + 18,
                    SvgFrame.TICK_SIZE, SvgFrame.INK, stack.label());
        }
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(y.map(0)),
                "y2", SvgWriter.num(y.map(0)), "stroke", SvgFrame.AXIS, "stroke-width", "1");
        frame.xTitle(xTitle, (left + right) / 2);
        return frame.end();
    }

    private static double usable(double segment) {
        return Double.isFinite(segment) && segment > 0 ? segment : 0;
    }

    private static String summary(List<ChartKey> categories, List<Stack> stacks, ChartAxis axis) {
        StringBuilder text = new StringBuilder();
        for (Stack stack : stacks) {
            text.append(stack.label()).append(": total ").append(axis.valueLabel(stack.total()));
            for (int c = 0; c < categories.size() && c < stack.segments().size(); c++) {
                text.append(", ").append(categories.get(c).name()).append(' ')
                        .append(axis.valueLabel(usable(stack.segments().get(c))));
            }
            text.append("; ");
        }
        return text.toString().trim();
    }
}
