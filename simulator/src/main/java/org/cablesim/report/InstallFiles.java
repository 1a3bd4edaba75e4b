package org.cablesim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PanelLayout;
import org.cablesim.plant.PathwayFill;
import org.cablesim.plant.RackElevations;

/**
 * The installer's tables of one plan: rack elevations, trunk legs, pathway fill and the pull list (formats in the README's output contract).
 * Each table goes to any {@link RowSink}, so the CSV files and the workbook carry the same rows.
 */
public final class InstallFiles {
    public static final String ELEVATIONS = "elevations.csv";
    public static final String TRUNK_LEGS = "trunk-legs.csv";
    public static final String PATHWAY_FILL = "pathway-fill.csv";
    /** Folder of the per-row elevation drawings ({@code <row>.svg}). */
    public static final String ELEVATION_DRAWINGS = "elevations";

    private InstallFiles() {
    }

    /** Writes elevations.csv, trunk-legs.csv, pathway-fill.csv, pull-list.csv and one elevation drawing per row into the existing {@code dir}. */
    public static void write(CablingPlan plan, Path dir) throws IOException {
        RackElevations elevations = RackElevations.of(plan);
        try (Writer w = PlantFiles.writer(dir.resolve(ELEVATIONS))) {
            elevations(plan, elevations, new Csv(w));
        }
        try (Writer w = PlantFiles.writer(dir.resolve(TRUNK_LEGS))) {
            trunkLegs(plan, new Csv(w));
        }
        try (Writer w = PlantFiles.writer(dir.resolve(PATHWAY_FILL))) {
            pathwayFill(plan, new Csv(w));
        }
        try (Writer w = PlantFiles.writer(dir.resolve(PullList.FILE))) {
            PullList.write(plan, new Csv(w));
        }
        Path drawings = Files.createDirectories(dir.resolve(ELEVATION_DRAWINGS));
        ElevationSvg.writeRows(plan, elevations, drawings);
    }

    /** One row per device or panel in a rack, racks in pathway order, top mount first. */
    public static void elevations(CablingPlan plan, RackElevations elevations, RowSink out) throws IOException {
        out.row("rack", "row", "rack_height_ru", "ru", "height_ru", "device", "role", "tier", "rack_power_kw",
                "patch_rack", "over_height");
        for (RackElevations.Rack r : elevations.racks()) {
            for (RackElevations.Mount m : r.mounts()) {
                out.row(r.label(), plan.pathways().rowLabel(r.row()), r.heightRu(), m.ru(), m.heightRu(), m.device(),
                        m.role().fileName(), m.tierName(), Math.round(r.powerKw() * 1000) / 1000.0, r.patchRack(),
                        m.topRu() > r.heightRu());
            }
        }
    }

    /** One row per trunk leg: the rear port its plug is mated in at each end. */
    public static void trunkLegs(CablingPlan plan, RowSink out) throws IOException {
        out.row("trunk", "leg_label", "tier", "leg", "far_leg", "near_panel", "near_rear_port", "far_panel",
                "far_rear_port", "label");
        for (int t = 0; t < plan.trunkCount(); t++) {
            String id = plan.trunkCable(t).id();
            String tier = plan.tiers().get(plan.trunkTier(t)).tier().name();
            for (PanelLayout.TrunkLeg leg : PanelLayout.trunkLegs(plan, t)) {
                out.row(id, id + "." + two(leg.leg()), tier, leg.leg(), leg.farLeg(), leg.near().panel(),
                        leg.near().rearPort(), leg.far().panel(), leg.far().rearPort(),
                        leg.near().panel() + ".R" + two(leg.near().rearPort()) + " / " + leg.far().panel() + ".R"
                                + two(leg.far().rearPort()));
            }
        }
    }

    /** One row per pathway segment, in segment (edge id) order, with its fill against its limit. */
    public static void pathwayFill(CablingPlan plan, RowSink out) throws IOException {
        out.row("segment", "kind", "ends", "length_m", "cables", "cable_area_mm2", "tray_area_mm2", "fill_share",
                "fill_limit", "overfull");
        for (PathwayFill.Segment s : plan.pathwayFill().segments()) {
            out.row("e" + s.edgeId(), s.kindName(), s.label(),
                    Math.round(plan.pathways().edges().get(s.edgeId()).lengthM() * 1000) / 1000.0, s.cables(),
                    Math.round(s.cableAreaMm2() * 100) / 100.0, Math.round(s.trayAreaMm2() * 100) / 100.0,
                    Math.round(s.fillShare() * 1e6) / 1e6, s.fillLimit(), s.overfull());
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
