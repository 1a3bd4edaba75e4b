package org.cablesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tornado (one-at-a-time sensitivity) chart: for each swept parameter, the change of a metric from its base
 * case when the parameter is at the lowest (light bar) and highest (solid bar) swept value, one bar pair per
 * series; rows sorted by their largest swing so the most influential parameter is on top.
 */
public final class SvgTornadoChart {
    private static final double BAR_HEIGHT = 11;
    private static final double LOW_OPACITY = 0.4;
    private static final double MAX_LABEL_WIDTH = 210;

    /** Change of the metric from its base case at the lowest and highest parameter value; NaN when missing. */
    public record Swing(double low, double high) {
        double largest() {
            double largest = 0;
            if (Double.isFinite(low)) {
                largest = Math.abs(low);
            }
            if (Double.isFinite(high)) {
                largest = Math.max(largest, Math.abs(high));
            }
            return largest;
        }
    }

    /** One parameter: its label (with the swept range) and one swing per series, in series order. */
    public record Row(String label, List<Swing> swings) {
        /** Copies the swings. */
        public Row {
            label = label == null ? "" : label;
            swings = List.copyOf(swings);
        }

        double largest() {
            return swings.stream().mapToDouble(Swing::largest).max().orElse(0);
        }
    }

    private SvgTornadoChart() {
    }

    /** The chart as an {@code <svg>} element; a "no data" box when no row has a finite swing. */
    public static String render(ChartText text, ChartAxis xAxis, List<ChartKey> series, List<Row> rows) {
        List<Double> values = new ArrayList<>();
        values.add(0.0);
        for (Row row : rows) {
            for (Swing swing : row.swings()) {
                if (Double.isFinite(swing.low())) {
                    values.add(swing.low());
                }
                if (Double.isFinite(swing.high())) {
                    values.add(swing.high());
                }
            }
        }
        List<SvgFrame.LegendItem> legend = new ArrayList<>();
        series.forEach(s -> legend.add(SvgFrame.LegendItem.box(s)));
        legend.add(new SvgFrame.LegendItem("lowest swept value", SvgFrame.MUTED, LOW_OPACITY, SvgFrame.Shape.BOX));
        legend.add(new SvgFrame.LegendItem("highest swept value", SvgFrame.MUTED, 1, SvgFrame.Shape.BOX));
        if (values.size() == 1 || series.isEmpty()) {
            return SvgFrame.noData(text, 200, "No sensitivity data");
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(Row::largest).reversed());
        double band = Math.max(30, series.size() * BAR_HEIGHT + 12);
        double probeHeight = 1000;
        double plotTop = new SvgFrame(text, probeHeight, legend).plotTop();
        double height = plotTop + sorted.size() * band + 54;
        SvgFrame frame = new SvgFrame(text, height, legend);
        double labelWidth = 0;
        for (Row row : sorted) {
            for (String line : SvgFrame.wrap(row.label(), MAX_LABEL_WIDTH, SvgFrame.TICK_SIZE, 2)) {
                labelWidth = Math.max(labelWidth, SvgWriter.textWidth(line, SvgFrame.TICK_SIZE));
            }
        }
        double left = SvgFrame.PAD + labelWidth + 12;
        double right = SvgFrame.WIDTH - 28;
        double bottom = frame.plotBottom();
        ChartAxis linear = xAxis.asLinear().withZero();
        ChartScale x = linear.scale(SvgLineChart.toArray(values), left, right, 90);

        SvgWriter svg = frame.begin(summary(series, sorted, linear));
        frame.xAxis(x, linear, bottom, plotTop, true);
        double zero = x.map(0);
        for (int r = 0; r < sorted.size(); r++) {
            Row row = sorted.get(r);
            double rowTop = plotTop + r * band;
            double barsTop = rowTop + (band - series.size() * BAR_HEIGHT) / 2;
            svg.open("g", "class", "tornado-row");
            List<String> lines = SvgFrame.wrap(row.label(), MAX_LABEL_WIDTH, SvgFrame.TICK_SIZE, 2);
            double labelY = rowTop + band / 2 - (lines.size() - 1) * SvgFrame.TICK_SIZE * 0.6 + SvgFrame.TICK_SIZE * 0.35;
            svg.open("text", "x", SvgWriter.num(left - 10), "y", SvgWriter.num(labelY), "text-anchor", "end",
                    "font-size", SvgWriter.num(SvgFrame.TICK_SIZE), "fill", SvgFrame.INK);
            svg.element("title", row.label());
            for (int i = 0; i < lines.size(); i++) {
                svg.element("tspan", lines.get(i), "x", SvgWriter.num(left - 10),
                        "dy", i == 0 ? "0" : SvgWriter.num(SvgFrame.TICK_SIZE * 1.2));
            }
            svg.close("text");
            for (int s = 0; s < series.size() && s < row.swings().size(); s++) {
                writeSwing(svg, row.swings().get(s), series.get(s), row.label(), barsTop + s * BAR_HEIGHT, x, zero, linear);
            }
            if (r > 0) {
                svg.empty("line", "x1", SvgWriter.num(SvgFrame.PAD), "x2", SvgWriter.num(right), "y1", SvgWriter.num(rowTop),
                        "y2", SvgWriter.num(rowTop), "stroke", SvgFrame.GRID, "stroke-width", "1");
            }
            svg.close("g").newline();
        }
        svg.empty("line", "x1", SvgWriter.num(zero), "x2", SvgWriter.num(zero), "y1", SvgWriter.num(plotTop),
                "y2", SvgWriter.num(bottom), "stroke", SvgFrame.INK, "stroke-width", "1.2");
        return frame.end();
    }

    private static void writeSwing(SvgWriter svg, Swing swing, ChartKey key, String parameter, double y,
            ChartScale x, double zero, ChartAxis axis) {
        String tooltip = key.name() + " — " + parameter + ": lowest value "
                + (Double.isFinite(swing.low()) ? axis.valueLabel(swing.low()) : ReportFormat.MISSING) + ", highest value "
                + (Double.isFinite(swing.high()) ? axis.valueLabel(swing.high()) : ReportFormat.MISSING);
        double[] ends = {swing.low(), swing.high()};
        double[] opacity = {LOW_OPACITY, 1};
        // Draw the longer bar first so a shorter one on the same side stays visible on top of it.
        int first = Math.abs(Double.isFinite(ends[0]) ? ends[0] : 0) >= Math.abs(Double.isFinite(ends[1]) ? ends[1] : 0) ? 0 : 1;
        for (int i : new int[] {first, 1 - first}) {
            if (!Double.isFinite(ends[i])) {
                continue;
            }
            double end = x.map(ends[i]);
            svg.open("rect", "x", SvgWriter.num(Math.min(zero, end)), "y", SvgWriter.num(y + 1),
                    "width", SvgWriter.num(Math.max(Math.abs(end - zero), 1)), "height", SvgWriter.num(BAR_HEIGHT - 2),
                    "fill", key.colour(), "fill-opacity", SvgWriter.num(opacity[i]), "class", "swing");
            svg.element("title", tooltip).close("rect");
        }
    }

    private static String summary(List<ChartKey> series, List<Row> rows, ChartAxis axis) {
        StringBuilder text = new StringBuilder("Parameters by influence:");
        for (Row row : rows) {
            text.append(' ').append(row.label()).append(" (largest change ").append(axis.valueLabel(row.largest())).append(");");
        }
        return text.toString();
    }
}
