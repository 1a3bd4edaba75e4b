package org.cablesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.RackElevations;

/**
 * Draws the racks of one floor row side by side as a front elevation (RU 1 at the bottom), one SVG per row: devices
 * grey, panels blue, cassette enclosures teal, cross-connect panels purple, mounts above the rack's top red.
 */
public final class ElevationSvg {
    private static final double RU_PX = 6;
    private static final double RACK_PX = 90;
    private static final double GAP_PX = 14;
    private static final double TOP_PX = 28;

    private ElevationSvg() {
    }

    /** Writes {@code <row>.svg} for every row into the existing directory {@code dir}. */
    static void writeRows(CablingPlan plan, RackElevations elevations, Path dir) throws IOException {
        for (PlanElevations.Row row : PlanElevations.of(plan.planName(), plan, elevations).rows()) {
            Files.writeString(dir.resolve(row.label() + ".svg"), row(row.label(), row.racks()),
                    StandardCharsets.UTF_8);
        }
    }

    /** The elevation drawing of one row's racks, in position order. */
    public static String row(String rowName, List<RackElevations.Rack> racks) {
        List<RackElevations.Rack> sorted = new ArrayList<>(racks);
        sorted.sort((a, b) -> Integer.compare(a.position(), b.position()));
        int maxRu = 1;
        for (RackElevations.Rack r : sorted) {
            maxRu = Math.max(maxRu, r.heightRu());
            for (RackElevations.Mount m : r.mounts()) {
                maxRu = Math.max(maxRu, m.topRu());
            }
        }
        double width = GAP_PX + sorted.size() * (RACK_PX + GAP_PX);
        double height = TOP_PX + maxRu * RU_PX + 24;
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", SvgWriter.num(width), "height",
                SvgWriter.num(height), "viewBox", "0 0 " + SvgWriter.num(width) + " " + SvgWriter.num(height),
                "font-family", "sans-serif", "font-size", "9").newline();
        svg.element("title", "Rack elevations, row " + rowName);
        svg.element("text", "Row " + rowName + " (front, RU 1 at the bottom)", "x", "4", "y", "12").newline();
        double base = TOP_PX + maxRu * RU_PX;
        for (int i = 0; i < sorted.size(); i++) {
            RackElevations.Rack r = sorted.get(i);
            double x = GAP_PX + i * (RACK_PX + GAP_PX);
            svg.open("g").element("title", r.label() + ": " + r.usedRu() + " of " + r.heightRu() + " RU");
            svg.empty("rect", "x", SvgWriter.num(x), "y", SvgWriter.num(base - r.heightRu() * RU_PX), "width",
                    SvgWriter.num(RACK_PX), "height", SvgWriter.num(r.heightRu() * RU_PX), "fill", "#ffffff",
                    "stroke", r.overHeight() ? "#c0392b" : "#333333");
            for (RackElevations.Mount m : r.mounts()) {
                svg.open("rect", "x", SvgWriter.num(x + 2), "y", SvgWriter.num(base - m.topRu() * RU_PX + 0.5),
                        "width", SvgWriter.num(RACK_PX - 4), "height", SvgWriter.num(m.heightRu() * RU_PX - 1),
                        "fill", m.topRu() > r.heightRu() ? "#e74c3c" : colour(m.role()));
                svg.element("title", "U" + m.ru() + " " + m.device()).close("rect");
            }
            svg.element("text", r.label(), "x", SvgWriter.num(x), "y", SvgWriter.num(base + 12)).close("g")
                    .newline();
        }
        return svg.close("svg").newline().toString();
    }

    private static String colour(RackElevations.Role role) {
        return switch (role) {
            case PATCH_PANEL -> "#2e86de";
            case CASSETTE_ENCLOSURE -> "#16a085";
            case CROSS_CONNECT_PANEL -> "#8e44ad";
            default -> "#95a5a6";
        };
    }
}
