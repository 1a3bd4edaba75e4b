package org.cablesim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cablesim.plant.Bom;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PathwayFill;
import org.cablesim.plant.PlantViolation;
import org.cablesim.plant.RackElevations;
import org.cablesim.study.PlanLoss;
import org.cablesim.study.StudySummary;

/**
 * One plan's Excel workbook {@code plan.xlsx}: sheets Summary, Comparison (the study's plans side by side, as
 * comparison.csv), BOM, Cable schedule, Trunk legs, Links, Elevations — the same rows as the CSV files. Written with Apache POI's streaming SXSSF (a window of rows in memory, the rest on
 * disk), so a 640k-row cable schedule fits; a table longer than Excel's 1,048,576 rows goes on over sheets named
 * {@code <name> 2}, {@code <name> 3}, … each with the header. Header rows are frozen and bold; numbers are numbers.
 */
public final class PlanWorkbook {
    public static final String FILE = "plan.xlsx";
    /** Rows of an Excel sheet (ECMA-376 / Excel specification limit), header included. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    private PlanWorkbook() {
    }

    /**
     * Writes the workbook of {@code plan} to {@code file}.
     *
     * @param spares the spare lines bought with the plan, after the installed lines of the BOM sheet
     * @param study  the study the plan is part of: its comparison rows fill the Comparison sheet
     */
    public static void write(CablingPlan plan, PlanLoss loss, Bom spares, StudySummary study, Path file)
            throws IOException {
        write(plan, loss, spares, study, file, EXCEL_MAX_ROWS);
    }

    /**
     * Writes the workbook, splitting tables at {@code maxRowsPerSheet} rows (header included; tests use a small
     * limit to exercise the split).
     */
    static void write(CablingPlan plan, PlanLoss loss, Bom spares, StudySummary study, Path file,
            int maxRowsPerSheet) throws IOException {
        RackElevations elevations = RackElevations.of(plan);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            // No wall clock in results: the document's creation date is fixed.
            wb.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(java.util.Optional.of(new java.util.Date(315_532_800_000L)));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            summary(plan, spares, elevations, new SheetSink(wb, "Summary", header, maxRowsPerSheet));
            TableFiles.comparison(study, new SheetSink(wb, "Comparison", header, maxRowsPerSheet), n -> n);
            PlantFiles.bom(plan, spares, new SheetSink(wb, "BOM", header, maxRowsPerSheet));
            PlantFiles.cableSchedule(plan, new SheetSink(wb, "Cable schedule", header, maxRowsPerSheet));
            InstallFiles.trunkLegs(plan, new SheetSink(wb, "Trunk legs", header, maxRowsPerSheet));
            PlantFiles.links(plan, loss, new SheetSink(wb, "Links", header, maxRowsPerSheet));
            InstallFiles.elevations(plan, elevations, new SheetSink(wb, "Elevations", header, maxRowsPerSheet));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            } finally {
                wb.dispose();
            }
            DeterministicZip.rewrite(tmp, file);
            Files.delete(tmp);
        }
    }

    /** The plan at a glance: one figure per row, units in the names. */
    static void summary(CablingPlan plan, Bom spares, RackElevations elevations, RowSink out) throws IOException {
        out.row("figure", "value");
        out.row("plan", plan.planName());
        out.row("links (count)", plan.linkCount());
        out.row("routed channels (count)", plan.subChannelCount());
        out.row("trunks (count)", plan.trunkCount());
        long racks = elevations.racks().size();
        long patchRacks = elevations.racks().stream().filter(RackElevations.Rack::patchRack).count();
        out.row("racks (count)", racks);
        out.row("patching racks (count)", patchRacks);
        out.row("racks over height (count)", elevations.racks().stream().filter(RackElevations.Rack::overHeight)
                .count());
        out.row("fullest rack (RU used)", elevations.racks().stream().mapToInt(RackElevations.Rack::usedRu).max()
                .orElse(0));
        Map<String, Integer> byKind = new TreeMap<>();
        for (PlantViolation v : plan.violations()) {
            byKind.merge(v.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), 1, Integer::sum);
        }
        out.row("violations (count)", plan.violations().size());
        for (Map.Entry<String, Integer> e : byKind.entrySet()) {
            out.row("violations: " + e.getKey() + " (count)", e.getValue());
        }
        out.row("BOM total (USD)", Math.round(plan.bom().totalUsd() * 100) / 100.0);
        out.row("spares, not in the BOM total (USD)", Math.round(spares.totalUsd() * 100) / 100.0);
        out.row("pathway segments over fill limit (count)", plan.pathwayFill().overfull());
        for (PathwayFill.Segment f : plan.pathwayFill().fullest(PathwayFill.FULLEST)) {
            out.row("fullest pathway e" + f.edgeId() + " " + f.kindName() + " (fill share)",
                    Math.round(f.fillShare() * 1e6) / 1e6);
        }
    }

    /** Rows into a sheet, going on to a new sheet with the same header when one is full. */
    private static final class SheetSink implements RowSink {
        private final SXSSFWorkbook wb;
        private final String name;
        private final CellStyle headerStyle;
        private final int maxRows;
        private Object[] header;
        private SXSSFSheet sheet;
        private int part;
        private int next;

        SheetSink(SXSSFWorkbook wb, String name, CellStyle headerStyle, int maxRows) {
            this.wb = wb;
            this.name = name;
            this.headerStyle = headerStyle;
            this.maxRows = maxRows;
        }

        @Override
        public void row(Object... cells) {
            if (header == null) {
                header = cells.clone();
                newSheet();
                return;
            }
            if (next >= maxRows) {
                newSheet();
            }
            write(sheet.createRow(next++), cells, null);
        }

        private void newSheet() {
            part++;
            sheet = wb.createSheet(part == 1 ? name : name + " " + part);
            sheet.createFreezePane(0, 1);
            write(sheet.createRow(0), header, headerStyle);
            next = 1;
        }

        private static void write(org.apache.poi.ss.usermodel.Row row, Object[] cells, CellStyle style) {
            for (int i = 0; i < cells.length; i++) {
                Object v = cells[i];
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(v.toString());
                }
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }
        }
    }
}
