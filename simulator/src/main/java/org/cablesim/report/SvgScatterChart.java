package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A scatter chart: groups of points over numeric x and y axes, each group with its legend key and mark (a dot, a
 * ring or a diamond), drawn in group order so later groups lie on top; a point may carry a label drawn beside it.
 */
public final class SvgScatterChart {
    /** Default height in user-space units. */
    public static final double HEIGHT = 400;

    /** How a group's points are marked. */
    public enum Mark { DOT, RING, DIAMOND }

    /** One point; non-finite or unshowable coordinates are left out. */
    public record Point(double x, double y, String label) {
    }

    /** One group of points with its legend key, mark and radius. */
    public record Group(ChartKey key, Mark mark, double radius, List<Point> points) {
        public Group {
            points = List.copyOf(points);
        }
    }

    private SvgScatterChart() {
    }

    /** The chart as an {@code <svg>} element; a "no data" box when no point can be shown. */
    public static String render(ChartText text, ChartAxis xAxis, ChartAxis yAxis, List<Group> groups) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Group g : groups) {
            for (Point p : g.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    xs.add(p.x());
                    ys.add(p.y());
                }
            }
        }
        List<SvgFrame.LegendItem> legend = new ArrayList<>();
        groups.forEach(g -> legend.add(new SvgFrame.LegendItem(g.key().name(), g.key().colour(), 1,
                g.mark() == Mark.DIAMOND ? SvgFrame.Shape.DIAMOND : SvgFrame.Shape.BOX)));
        SvgFrame frame = new SvgFrame(text, HEIGHT, legend);
        double top = frame.plotTop();
        double bottom = frame.plotBottom();
        ChartScale y = ys.isEmpty() ? null : yAxis.scale(SvgLineChart.toArray(ys), bottom, top, 45);
        if (y == null || ys.stream().noneMatch(y::canShow)) {
            return SvgFrame.noData(text, HEIGHT, "No data to plot");
        }
        double left = SvgFrame.yAxisWidth(y, yAxis);
        double right = SvgFrame.WIDTH - 28;
        ChartScale x = xAxis.scale(SvgLineChart.toArray(xs), left, right, 90);
        SvgWriter svg = frame.begin(summary(groups));
        frame.yAxis(y, yAxis, left, right);
        frame.xAxis(x, xAxis, bottom, top, true);
        for (Group g : groups) {
            svg.open("g", "class", "group");
            svg.element("title", g.key().name());
            for (Point p : g.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y()) && x.canShow(p.x()) && y.canShow(p.y())) {
                    mark(svg, g, x.map(p.x()), y.map(p.y()));
                    if (p.label() != null) {
                        svg.element("text", p.label(), "x", SvgWriter.num(x.map(p.x()) + g.radius() + 3),
                                "y", SvgWriter.num(y.map(p.y()) - g.radius() - 2), "font-size", "10.5",
                                "fill", SvgFrame.INK);
                    }
                }
            }
            svg.close("g").newline();
        }
        return frame.end();
    }

    private static void mark(SvgWriter svg, Group g, double cx, double cy) {
        String r = SvgWriter.num(g.radius());
        switch (g.mark()) {
            case DOT -> svg.empty("circle", "cx", SvgWriter.num(cx), "cy", SvgWriter.num(cy), "r", r,
                    "fill", g.key().colour(), "fill-opacity", "0.55");
            case RING -> svg.empty("circle", "cx", SvgWriter.num(cx), "cy", SvgWriter.num(cy), "r", r,
                    "fill", "none", "stroke", g.key().colour(), "stroke-width", "2.2");
            case DIAMOND -> svg.empty("path", "d", "M" + SvgWriter.num(cx) + " " + SvgWriter.num(cy - g.radius())
                    + "L" + SvgWriter.num(cx + g.radius()) + " " + SvgWriter.num(cy)
                    + "L" + SvgWriter.num(cx) + " " + SvgWriter.num(cy + g.radius())
                    + "L" + SvgWriter.num(cx - g.radius()) + " " + SvgWriter.num(cy) + "Z",
                    "fill", g.key().colour());
            default -> throw new IllegalStateException();
        }
    }

    private static String summary(List<Group> groups) {
        StringBuilder text = new StringBuilder("Groups:");
        for (Group g : groups) {
            text.append(' ').append(g.key().name()).append(" (").append(g.points().size()).append(" points);");
        }
        return text.toString();
    }
}
