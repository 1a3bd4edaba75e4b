package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart: one polyline per series over numeric x and y axes, each with an optional shaded band (a 95 %
 * interval around the line), and optional vertical reference lines.
 */
public final class SvgLineChart {
    /** Default height in user-space units (width is 720). */
    public static final double HEIGHT = 380;
    private static final int MAX_POINTS_WITH_MARKERS = 16;

    /**
     * One data point; non-finite coordinates are skipped and break the line.
     *
     * @param low  lower end of the band at x, NaN for none
     * @param high upper end of the band at x, NaN for none
     */
    public record Point(double x, double y, double low, double high) {
        /** A point without a band. */
        public Point(double x, double y) {
            this(x, y, Double.NaN, Double.NaN);
        }

        boolean hasBand() {
            return Double.isFinite(x) && Double.isFinite(low) && Double.isFinite(high);
        }
    }

    /** One line: its legend key and its points in drawing order. */
    public record Series(ChartKey key, List<Point> points) {
        /** Copies the points. */
        public Series {
            points = List.copyOf(points);
        }
    }

    /** A dashed vertical line at {@code x}, named in the legend by {@code label}. */
    public record Marker(double x, String label) {
    }

    private SvgLineChart() {
    }

    /**
     * The chart as an {@code <svg>} element; a "no data" box when no series has a point that can be shown
     * (on a log y axis, points with y ≤ 0 cannot).
     */
    public static String render(ChartText text, ChartAxis xAxis, ChartAxis yAxis, List<Series> series,
            List<Marker> markers) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Series line : series) {
            for (Point p : line.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    xs.add(p.x());
                    ys.add(p.y());
                }
                if (p.hasBand()) {
                    ys.add(p.low());
                    ys.add(p.high());
                }
            }
        }
        List<SvgFrame.LegendItem> legend = new ArrayList<>();
        series.forEach(s -> legend.add(SvgFrame.LegendItem.line(s.key())));
        markers.forEach(m -> legend.add(new SvgFrame.LegendItem(m.label(), SvgFrame.MUTED, 1, SvgFrame.Shape.DASHED_LINE)));
        SvgFrame frame = new SvgFrame(text, HEIGHT, legend);
        double top = frame.plotTop();
        double bottom = frame.plotBottom();
        ChartScale y = ys.isEmpty() ? null : yAxis.scale(toArray(ys), bottom, top, 45);
        if (y == null || ys.stream().noneMatch(y::canShow)) {
            return SvgFrame.noData(text, HEIGHT, "No data to plot");
        }
        double left = SvgFrame.yAxisWidth(y, yAxis);
        double right = SvgFrame.WIDTH - 28;
        List<Double> xDomain = new ArrayList<>(xs);
        markers.forEach(m -> xDomain.add(m.x()));
        ChartScale x = xAxis.scale(toArray(xDomain), left, right, 90);

        SvgWriter svg = frame.begin(summary(series));
        frame.yAxis(y, yAxis, left, right);
        frame.xAxis(x, xAxis, bottom, top, true);
        for (Marker marker : markers) {
            double mx = x.map(marker.x());
            svg.empty("line", "x1", SvgWriter.num(mx), "x2", SvgWriter.num(mx), "y1", SvgWriter.num(top),
                    "y2", SvgWriter.num(bottom), "stroke", SvgFrame.MUTED, "stroke-width", "1.2",
                    "stroke-dasharray", "5 4", "class", "marker");
        }
        for (Series line : series) {
            writeBand(svg, line, x, y);
        }
        for (Series line : series) {
            writeLine(svg, line, x, y);
        }
        return frame.end();
    }

    /** The band as one closed path per run of points that have one: along the upper ends, back along the lower. */
    private static void writeBand(SvgWriter svg, Series line, ChartScale x, ChartScale y) {
        StringBuilder path = new StringBuilder();
        List<Point> run = new ArrayList<>();
        for (Point p : line.points()) {
            if (p.hasBand() && x.canShow(p.x()) && y.canShow(p.low()) && y.canShow(p.high())) {
                run.add(p);
            } else {
                closeBand(path, run, x, y);
            }
        }
        closeBand(path, run, x, y);
        if (path.length() > 0) {
            svg.empty("path", "d", path.toString(), "fill", line.key().colour(), "fill-opacity", "0.18",
                    "stroke", "none", "class", "band");
        }
    }

    private static void closeBand(StringBuilder path, List<Point> run, ChartScale x, ChartScale y) {
        if (run.size() >= 2) {
            for (int i = 0; i < run.size(); i++) {
                path.append(i == 0 ? 'M' : 'L').append(SvgWriter.num(x.map(run.get(i).x()))).append(' ')
                        .append(SvgWriter.num(y.map(run.get(i).high())));
            }
            for (int i = run.size() - 1; i >= 0; i--) {
                path.append('L').append(SvgWriter.num(x.map(run.get(i).x()))).append(' ')
                        .append(SvgWriter.num(y.map(run.get(i).low())));
            }
            path.append('Z');
        }
        run.clear();
    }

    private static void writeLine(SvgWriter svg, Series line, ChartScale x, ChartScale y) {
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        int shown = 0;
        for (Point p : line.points()) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y()) || !y.canShow(p.y()) || !x.canShow(p.x())) {
                penDown = false;
                continue;
            }
            path.append(penDown ? 'L' : 'M').append(SvgWriter.num(x.map(p.x()))).append(' ')
                    .append(SvgWriter.num(y.map(p.y())));
            penDown = true;
            shown++;
        }
        if (shown == 0) {
            return;
        }
        svg.open("g", "class", "series");
        svg.element("title", line.key().name());
        svg.empty("path", "d", path.toString(), "fill", "none", "stroke", line.key().colour(), "stroke-width", "2",
                "stroke-linejoin", "round", "stroke-linecap", "round");
        if (shown <= MAX_POINTS_WITH_MARKERS) {
            for (Point p : line.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y()) && y.canShow(p.y()) && x.canShow(p.x())) {
                    svg.empty("circle", "cx", SvgWriter.num(x.map(p.x())), "cy", SvgWriter.num(y.map(p.y())),
                            "r", "2.6", "fill", line.key().colour());
                }
            }
        }
        svg.close("g").newline();
    }

    private static String summary(List<Series> series) {
        StringBuilder text = new StringBuilder("Series:");
        for (Series line : series) {
            text.append(' ').append(line.key().name()).append(" (").append(line.points().size()).append(" points);");
        }
        return text.toString();
    }

    static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
