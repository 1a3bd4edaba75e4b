package org.cablesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An event timeline: one horizontal lane per series (e.g. a plan) and a diamond marker with a label at each
 * event's x (e.g. the day of an upgrade); labels that would collide move to further levels above or below.
 */
public final class SvgTimelineChart {
    private static final double LABEL_SIZE = 11;
    private static final double LEVEL_STEP = 14;
    private static final int MAX_LEVELS = 4;
    private static final double MAX_LANE_LABEL = 150;

    /** One event: its lane (0-based series index), position, short label and full description (tooltip). */
    public record Event(int lane, double x, String label, String detail) {
        /** Normalises missing texts. */
        public Event {
            label = label == null ? "" : label;
            detail = detail == null ? label : detail;
        }
    }

    private SvgTimelineChart() {
    }

    /**
     * The chart as an {@code <svg>} element, x axis covering the events and {@code [xMin, xMax]} (NaN to
     * ignore); a "no data" box when no event has a finite x in an existing lane.
     */
    public static String render(ChartText text, ChartAxis xAxis, List<ChartKey> lanes, List<Event> events,
            double xMin, double xMax) {
        List<Event> usable = new ArrayList<>();
        for (Event event : events) {
            if (Double.isFinite(event.x()) && event.lane() >= 0 && event.lane() < lanes.size()) {
                usable.add(event);
            }
        }
        List<SvgFrame.LegendItem> legend = new ArrayList<>();
        lanes.forEach(l -> legend.add(new SvgFrame.LegendItem(l.name(), l.colour(), 1, SvgFrame.Shape.DIAMOND)));
        if (usable.isEmpty()) {
            return SvgFrame.noData(text, 200, "No events to show");
        }
        usable.sort(Comparator.comparingInt(Event::lane).thenComparingDouble(Event::x));
        double laneLabelWidth = 0;
        for (ChartKey lane : lanes) {
            laneLabelWidth = Math.max(laneLabelWidth,
                    SvgWriter.textWidth(SvgFrame.wrap(lane.name(), MAX_LANE_LABEL, SvgFrame.TICK_SIZE, 1).get(0),
                            SvgFrame.TICK_SIZE));
        }
        double left = SvgFrame.PAD + laneLabelWidth + 16;
        double right = SvgFrame.WIDTH - 36;
        List<Double> xs = new ArrayList<>();
        usable.forEach(e -> xs.add(e.x()));
        if (Double.isFinite(xMin)) {
            xs.add(xMin);
        }
        if (Double.isFinite(xMax)) {
            xs.add(xMax);
        }
        ChartAxis linear = xAxis.asLinear();
        ChartScale x = linear.scale(SvgLineChart.toArray(xs), left, right, 90);

        // Greedy level assignment per lane: level 0 above the marker, 1 below, 2 higher above, 3 lower below.
        int[] levels = new int[usable.size()];
        double[] labelCentres = new double[usable.size()];
        int[] laneLevels = new int[lanes.size()];
        List<List<double[]>> occupied = new ArrayList<>();
        for (int i = 0; i < MAX_LEVELS * lanes.size(); i++) {
            occupied.add(new ArrayList<>());
        }
        for (int i = 0; i < usable.size(); i++) {
            Event event = usable.get(i);
            double half = SvgWriter.textWidth(event.label(), LABEL_SIZE) / 2 + 4;
            // Keep labels of events near either end inside the chart box.
            double centre = Math.max(SvgFrame.PAD + half, Math.min(SvgFrame.WIDTH - SvgFrame.PAD - half, x.map(event.x())));
            labelCentres[i] = centre;
            int level = 0;
            while (level < MAX_LEVELS - 1 && collides(occupied.get(event.lane() * MAX_LEVELS + level), centre - half, centre + half)) {
                level++;
            }
            occupied.get(event.lane() * MAX_LEVELS + level).add(new double[] {centre - half, centre + half});
            levels[i] = level;
            laneLevels[event.lane()] = Math.max(laneLevels[event.lane()], level);
        }
        double plotTop = new SvgFrame(text, 1000, legend).plotTop();
        double[] laneCentre = new double[lanes.size()];
        double cursor = plotTop;
        for (int l = 0; l < lanes.size(); l++) {
            double above = 18 + LEVEL_STEP * (laneLevels[l] / 2);
            double below = laneLevels[l] >= 1 ? 22 + LEVEL_STEP * ((laneLevels[l] - 1) / 2) : 12;
            laneCentre[l] = cursor + above;
            cursor += above + below + 6;
        }
        double height = cursor + 54;
        SvgFrame frame = new SvgFrame(text, height, legend);
        double bottom = frame.plotBottom();
        SvgWriter svg = frame.begin(summary(lanes, usable, linear));
        frame.xAxis(x, linear, bottom, plotTop, true);
        for (int l = 0; l < lanes.size(); l++) {
            double y = laneCentre[l];
            svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(y),
                    "y2", SvgWriter.num(y), "stroke", SvgFrame.AXIS, "stroke-width", "1");
            svg.element("text", SvgFrame.wrap(lanes.get(l).name(), MAX_LANE_LABEL, SvgFrame.TICK_SIZE, 1).get(0),
                    "x", SvgWriter.num(left - 10), "y", SvgWriter.num(y + SvgFrame.TICK_SIZE * 0.35), "text-anchor", "end",
                    "font-size", SvgWriter.num(SvgFrame.TICK_SIZE), "fill", SvgFrame.INK);
        }
        for (int i = 0; i < usable.size(); i++) {
            Event event = usable.get(i);
            ChartKey lane = lanes.get(event.lane());
            double cx = x.map(event.x());
            double cy = laneCentre[event.lane()];
            int level = levels[i];
            double labelY = level % 2 == 0 ? cy - 10 - LEVEL_STEP * (level / 2) : cy + 19 + LEVEL_STEP * ((level - 1) / 2);
            svg.open("g", "class", "event");
            svg.element("title", event.detail());
            svg.empty("path", "d", SvgFrame.diamond(cx, cy, 6), "fill", lane.colour(), "stroke", "#FFFFFF",
                    "stroke-width", "1");
            svg.element("text", event.label(), "x", SvgWriter.num(labelCentres[i]), "y", SvgWriter.num(labelY), "text-anchor", "middle",
                    "font-size", SvgWriter.num(LABEL_SIZE), "fill", SvgFrame.INK);
            svg.close("g").newline();
        }
        return frame.end();
    }

    private static boolean collides(List<double[]> spans, double from, double to) {
        for (double[] span : spans) {
            if (from < span[1] && span[0] < to) {
                return true;
            }
        }
        return false;
    }

    private static String summary(List<ChartKey> lanes, List<Event> events, ChartAxis axis) {
        StringBuilder text = new StringBuilder("Events:");
        for (Event event : events) {
            text.append(' ').append(lanes.get(event.lane()).name()).append(" at ").append(axis.valueLabel(event.x()))
                    .append(": ").append(event.label()).append(';');
        }
        return text.toString();
    }
}
