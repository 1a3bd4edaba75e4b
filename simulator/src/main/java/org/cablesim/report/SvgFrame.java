package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The common frame of every chart: root element with accessible title and description, visible title,
 * wrapped legend, axes with gridlines and labels, and the "no data" box; all lengths in user-space units.
 */
final class SvgFrame {
    static final double WIDTH = 600;
    static final double PAD = 16;
    static final double TITLE_SIZE = 15;
    static final double LABEL_SIZE = 12.5;
    static final double TICK_SIZE = 11.5;
    static final double LEGEND_SIZE = 12;
    static final String INK = "#1F2933";
    static final String MUTED = "#52606D";
    static final String GRID = "#E4E7EB";
    static final String AXIS = "#9AA5B1";
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
            + "'Liberation Sans', 'DejaVu Sans', sans-serif";

    private static final double LEGEND_TOP = 34;
    private static final double LEGEND_ROW = 18;
    private static final double SWATCH = 12;

    /** Legend swatch shapes. */
    enum Shape { BOX, LINE, DASHED_LINE, DIAMOND }

    /** One legend entry with its swatch. */
    record LegendItem(String name, String colour, double opacity, Shape shape) {
        static LegendItem box(ChartKey key) {
            return new LegendItem(key.name(), key.colour(), 1, Shape.BOX);
        }

        static LegendItem line(ChartKey key) {
            return new LegendItem(key.name(), key.colour(), 1, Shape.LINE);
        }
    }

    private final ChartText text;
    private final double height;
    private final List<LegendItem> legend;
    private final List<double[]> legendPositions = new ArrayList<>();
    private final double legendBottom;
    private final SvgWriter svg = new SvgWriter();

    SvgFrame(ChartText text, double height, List<LegendItem> legend) {
        this.text = text;
        this.height = height;
        this.legend = List.copyOf(legend);
        double x = PAD;
        double y = LEGEND_TOP;
        for (LegendItem item : this.legend) {
            double itemWidth = SWATCH + 6 + SvgWriter.textWidth(item.name(), LEGEND_SIZE) + 18;
            if (x > PAD && x + itemWidth > WIDTH - PAD) {
                x = PAD;
                y += LEGEND_ROW;
            }
            legendPositions.add(new double[] {x, y});
            x += itemWidth;
        }
        this.legendBottom = this.legend.isEmpty() ? LEGEND_TOP - 6 : y + LEGEND_ROW - 4;
    }

    /** Top edge available to the plot, below title and legend. */
    double plotTop() {
        return legendBottom + 16;
    }

    /** Bottom edge of a plot with a tick-labelled x axis and an axis title underneath. */
    double plotBottom() {
        return height - 54;
    }

    double height() {
        return height;
    }

    /** Writes the root element, title, description (with {@code dataSummary} appended), heading and legend. */
    SvgWriter begin(String dataSummary) {
        String titleId = text.id() + "-title";
        String descId = text.id() + "-desc";
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", text.id(), "class", "chart",
                "viewBox", "0 0 " + SvgWriter.num(WIDTH) + " " + SvgWriter.num(height),
                "role", "img", "aria-labelledby", titleId + " " + descId, "font-family", FONT);
        svg.element("title", text.title(), "id", titleId);
        String description = (text.description() + " " + dataSummary).trim();
        svg.element("desc", description, "id", descId).newline();
        svg.empty("rect", "x", "0.5", "y", "0.5", "width", SvgWriter.num(WIDTH - 1),
                "height", SvgWriter.num(height - 1), "rx", "6", "fill", "#FFFFFF", "stroke", GRID);
        svg.element("text", text.title(), "x", SvgWriter.num(PAD), "y", "24", "font-size",
                SvgWriter.num(TITLE_SIZE), "font-weight", "600", "fill", INK, "class", "chart-title").newline();
        writeLegend();
        return svg;
    }

    /** Closes the root element and returns the chart's markup. */
    String end() {
        svg.close("svg").newline();
        return svg.toString();
    }

    /** A whole chart that has nothing to plot: frame, title and a centred note. */
    static String noData(ChartText text, double height, String note) {
        SvgFrame frame = new SvgFrame(text, height, List.of());
        SvgWriter svg = frame.begin("No data.");
        svg.element("text", note, "x", SvgWriter.num(WIDTH / 2), "y", SvgWriter.num(height / 2 + 6),
                "text-anchor", "middle", "font-size", "14", "fill", MUTED, "class", "no-data");
        return frame.end();
    }

    /** Horizontal gridlines, tick labels right-aligned left of {@code left}, axis line and rotated y title. */
    void yAxis(ChartScale scale, ChartAxis axis, double left, double right) {
        svg.open("g", "class", "y-axis");
        for (double minor : scale.minorTicks()) {
            double y = scale.map(minor);
            svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(y),
                    "y2", SvgWriter.num(y), "stroke", GRID, "stroke-width", "0.6", "stroke-dasharray", "2 3");
        }
        for (double tick : scale.ticks()) {
            double y = scale.map(tick);
            svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(y),
                    "y2", SvgWriter.num(y), "stroke", GRID, "stroke-width", "1");
            svg.element("text", axis.tickLabel(scale, tick), "x", SvgWriter.num(left - 6),
                    "y", SvgWriter.num(y + TICK_SIZE * 0.35), "text-anchor", "end",
                    "font-size", SvgWriter.num(TICK_SIZE), "fill", MUTED);
        }
        double top = Math.min(scale.map(scale.domainMin()), scale.map(scale.domainMax()));
        double bottom = Math.max(scale.map(scale.domainMin()), scale.map(scale.domainMax()));
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(left), "y1", SvgWriter.num(top),
                "y2", SvgWriter.num(bottom), "stroke", AXIS, "stroke-width", "1");
        double middle = (top + bottom) / 2;
        // A title longer than the plot is tall is cut with an ellipsis; the chart title carries it whole.
        String title = wrap(axis.label(), bottom - top + 24, LABEL_SIZE, 1).get(0);
        svg.element("text", title, "x", SvgWriter.num(PAD + LABEL_SIZE * 0.8), "y", SvgWriter.num(middle),
                "transform", "rotate(-90 " + SvgWriter.num(PAD + LABEL_SIZE * 0.8) + " " + SvgWriter.num(middle) + ")",
                "text-anchor", "middle", "font-size", SvgWriter.num(LABEL_SIZE), "fill", INK, "class", "axis-title");
        svg.close("g").newline();
    }

    /** Width needed left of the plot for the y title and the widest tick label of {@code scale}. */
    static double yAxisWidth(ChartScale scale, ChartAxis axis) {
        double widest = 0;
        for (double tick : scale.ticks()) {
            widest = Math.max(widest, SvgWriter.textWidth(axis.tickLabel(scale, tick), TICK_SIZE));
        }
        return PAD + LABEL_SIZE * 1.4 + widest + 10;
    }

    /** Vertical gridlines (optional), tick labels centred below {@code bottom}, axis line and x title. */
    void xAxis(ChartScale scale, ChartAxis axis, double bottom, double top, boolean grid) {
        svg.open("g", "class", "x-axis");
        for (double tick : scale.ticks()) {
            double x = scale.map(tick);
            if (grid) {
                svg.empty("line", "x1", SvgWriter.num(x), "x2", SvgWriter.num(x), "y1", SvgWriter.num(top),
                        "y2", SvgWriter.num(bottom), "stroke", GRID, "stroke-width", "1");
            }
            svg.element("text", axis.tickLabel(scale, tick), "x", SvgWriter.num(x),
                    "y", SvgWriter.num(bottom + 18), "text-anchor", "middle",
                    "font-size", SvgWriter.num(TICK_SIZE), "fill", MUTED);
        }
        double left = Math.min(scale.map(scale.domainMin()), scale.map(scale.domainMax()));
        double right = Math.max(scale.map(scale.domainMin()), scale.map(scale.domainMax()));
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(bottom),
                "y2", SvgWriter.num(bottom), "stroke", AXIS, "stroke-width", "1");
        xTitle(axis.label(), (left + right) / 2);
        svg.close("g").newline();
    }

    /** The x axis title centred at {@code centre} along the bottom edge. */
    void xTitle(String label, double centre) {
        svg.element("text", label, "x", SvgWriter.num(centre), "y", SvgWriter.num(height - 12),
                "text-anchor", "middle", "font-size", SvgWriter.num(LABEL_SIZE), "fill", INK, "class", "axis-title");
    }

    /**
     * {@code label} broken at spaces into at most {@code maxLines} lines of at most {@code maxWidth}, the
     * last one cut with an ellipsis when the text does not fit.
     */
    static List<String> wrap(String label, double maxWidth, double fontSize, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (SvgWriter.textWidth(candidate, fontSize) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
        boolean cut = lines.size() > maxLines;
        int last = kept.size() - 1;
        String tail = cut ? kept.get(last) + "…" : kept.get(last);
        while (SvgWriter.textWidth(tail, fontSize) > maxWidth && tail.length() > 2) {
            tail = tail.substring(0, tail.length() - (tail.endsWith("…") ? 2 : 1)) + "…";
        }
        kept.set(last, tail);
        for (int i = 0; i < last; i++) {
            String head = kept.get(i);
            while (SvgWriter.textWidth(head, fontSize) > maxWidth && head.length() > 2) {
                head = head.substring(0, head.length() - (head.endsWith("…") ? 2 : 1)) + "…";
            }
            kept.set(i, head);
        }
        return kept;
    }

    /** Writes {@code lines} as one text element, first baseline at {@code y}, centred at {@code x}. */
    void centredLines(List<String> lines, double x, double y, double fontSize, String fill, String fullText) {
        svg.open("text", "x", SvgWriter.num(x), "y", SvgWriter.num(y), "text-anchor", "middle",
                "font-size", SvgWriter.num(fontSize), "fill", fill);
        svg.element("title", fullText);
        for (int i = 0; i < lines.size(); i++) {
            svg.element("tspan", lines.get(i), "x", SvgWriter.num(x), "dy", i == 0 ? "0" : SvgWriter.num(fontSize * 1.2));
        }
        svg.close("text");
    }

    SvgWriter writer() {
        return svg;
    }

    private void writeLegend() {
        if (legend.isEmpty()) {
            return;
        }
        svg.open("g", "class", "legend");
        for (int i = 0; i < legend.size(); i++) {
            LegendItem item = legend.get(i);
            double x = legendPositions.get(i)[0];
            double y = legendPositions.get(i)[1];
            String opacity = SvgWriter.num(item.opacity());
            switch (item.shape()) {
                case BOX -> svg.empty("rect", "x", SvgWriter.num(x), "y", SvgWriter.num(y), "width", SvgWriter.num(SWATCH),
                        "height", SvgWriter.num(SWATCH), "rx", "2", "fill", item.colour(), "fill-opacity", opacity);
                case LINE, DASHED_LINE -> svg.empty("line", "x1", SvgWriter.num(x), "x2", SvgWriter.num(x + SWATCH),
                        "y1", SvgWriter.num(y + SWATCH / 2), "y2", SvgWriter.num(y + SWATCH / 2),
                        "stroke", item.colour(), "stroke-width", "2.5", "stroke-opacity", opacity,
                        "stroke-dasharray", item.shape() == Shape.DASHED_LINE ? "4 3" : "none");
                case DIAMOND -> svg.empty("path", "d", diamond(x + SWATCH / 2, y + SWATCH / 2, 5.5),
                        "fill", item.colour(), "fill-opacity", opacity);
                default -> throw new IllegalStateException("unknown legend shape " + item.shape());
            }
            svg.element("text", item.name(), "x", SvgWriter.num(x + SWATCH + 6),
                    "y", SvgWriter.num(y + SWATCH / 2 + LEGEND_SIZE * 0.35), "font-size", SvgWriter.num(LEGEND_SIZE),
                    "fill", INK);
        }
        svg.close("g").newline();
    }

    /** Path data of a diamond centred at ({@code x}, {@code y}) with half-diagonal {@code r}. */
    static String diamond(double x, double y, double r) {
        return "M" + SvgWriter.num(x) + " " + SvgWriter.num(y - r) + "L" + SvgWriter.num(x + r) + " " + SvgWriter.num(y)
                + "L" + SvgWriter.num(x) + " " + SvgWriter.num(y + r) + "L" + SvgWriter.num(x - r) + " "
                + SvgWriter.num(y) + "Z";
    }
}
