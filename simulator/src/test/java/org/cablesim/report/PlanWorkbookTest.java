package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cablesim.lifecycle.LifecycleDefaults;
import org.cablesim.plant.Bom;
import org.cablesim.plant.CablingPlan;
import org.cablesim.study.StudySummary;
import org.cablesim.plant.PanelLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan.xlsx and the installer's CSV files on {@link PlantFilesTest}'s plan (32 trunks of 12 legs, 768 cords, 384
 * links, 10 racks), read back with Apache POI's XSSF reader (the DOM one, independent of the streaming writer).
 */
class PlanWorkbookTest {
    /** The study the plan is shown in: the report's rich sample (its comparison rows fill the Comparison sheet). */
    private static final StudySummary STUDY = ReportSamples.rich();
    static CablingPlan plan;
    static Bom spares;

    @BeforeAll
    static void route() throws Exception {
        PlantFilesTest.route();
        plan = PlantFilesTest.plan;
        spares = plan.bom().spares(LifecycleDefaults.spares());
    }

    @Test
    void oneTrunkLegsRowPerLegWithBothEnds() throws Exception {
        StringWriter w = new StringWriter();
        InstallFiles.trunkLegs(plan, new Csv(w));
        List<String> rows = w.toString().lines().toList();
        assertEquals(1 + 32 * 12, rows.size());
        assertEquals("trunk,leg_label,tier,leg,far_leg,near_panel,near_rear_port,far_panel,far_rear_port,label",
                rows.get(0));
        // T000001 lands on R01-01's panel (rear ports 1-12) and on the leaf rack's first panel (rear ports 1-12)
        assertEquals("T000001,T000001.01,server-leaf,1,1,R01-01.U42,1,R01-09.U42,1,R01-01.U42.R01 / R01-09.U42.R01",
                rows.get(1));
        assertEquals("T000002,T000002.12,server-leaf,12,12,R01-01.U42,24,R01-09.U42,24,"
                + "R01-01.U42.R24 / R01-09.U42.R24", rows.get(24));
        long legs = 0;
        for (int t = 0; t < plan.trunkCount(); t++) {
            legs += PanelLayout.trunkLegs(plan, t).size();
        }
        assertEquals(legs, rows.size() - 1);
    }

    @Test
    void workbookReadsBackWithItsSheetsHeadersAndRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.xlsx");
        PlanWorkbook.write(plan, null, spares, STUDY, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Summary", "Comparison", "BOM", "Cable schedule", "Trunk legs", "Links",
                    "Elevations"), names(wb));
            // Comparison: comparison.csv's header and one row per plan, metric values as numbers
            List<String> csv = TableFiles.comparison(STUDY).lines().toList();
            Sheet comparison = wb.getSheet("Comparison");
            assertEquals(1 + STUDY.plans().size(), comparison.getPhysicalNumberOfRows());
            assertEquals(csv.size(), comparison.getPhysicalNumberOfRows());
            List<String> header = new ArrayList<>();
            comparison.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(csv.get(0), String.join(",", header));
            assertTrue(header.contains("costUsd"), header.toString());
            for (int i = 0; i < STUDY.plans().size(); i++) {
                assertEquals(STUDY.plans().get(i).name(), comparison.getRow(1 + i).getCell(0).getStringCellValue());
                var cost = comparison.getRow(1 + i).getCell(header.indexOf("costUsd"));
                assertEquals(CellType.NUMERIC, cost.getCellType());
                assertEquals(Double.parseDouble(csv.get(1 + i).split(",")[header.indexOf("costUsd")]),
                        cost.getNumericCellValue());
            }
            Sheet summary = wb.getSheet("Summary");
            assertEquals(Math.round(spares.totalUsd() * 100) / 100.0, summary.getRow(
                    findRow(summary, "spares, not in the BOM total (USD)")).getCell(1).getNumericCellValue());
            Sheet schedule = wb.getSheet("Cable schedule");
            assertEquals(1 + 32 + 768, schedule.getPhysicalNumberOfRows());
            assertEquals("length_m", schedule.getRow(0).getCell(13).getStringCellValue());
            // numbers are numbers: the first trunk's 10 m
            assertEquals(CellType.NUMERIC, schedule.getRow(1).getCell(13).getCellType());
            assertEquals(10.0, schedule.getRow(1).getCell(13).getNumericCellValue());
            PaneInformation pane = schedule.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1);
            assertEquals(1 + 32 * 12, wb.getSheet("Trunk legs").getPhysicalNumberOfRows());
            assertEquals(1 + 384, wb.getSheet("Links").getPhysicalNumberOfRows());
            // elevations: 8 server racks × 4 mounts + leaf rack 8 panels + 8 leaves + spine rack 4 panels + 3 spines
            Sheet elevations = wb.getSheet("Elevations");
            assertEquals(1 + 8 * 4 + 16 + 7, elevations.getPhysicalNumberOfRows());
            assertEquals("rack", elevations.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1 + plan.bom().lines().size() + spares.lines().size(),
                    wb.getSheet("BOM").getPhysicalNumberOfRows());
            assertTrue(spares.lines().size() > 0);
            assertEquals("spare " + spares.lines().get(0).item().substring(6), wb.getSheet("BOM")
                    .getRow(1 + plan.bom().lines().size()).getCell(2).getStringCellValue());
            assertEquals("part_number", wb.getSheet("BOM").getRow(0).getCell(9).getStringCellValue());
        }
    }

    @Test
    void aTableLongerThanASheetGoesOnInTheNext(@TempDir Path dir) throws Exception {
        // 801 schedule rows at 300 rows a sheet (header included): 299 + 299 + 202 data rows
        Path file = dir.resolve("plan.xlsx");
        PlanWorkbook.write(plan, null, spares, STUDY, file, 300);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(names(wb).containsAll(List.of("Cable schedule", "Cable schedule 2", "Cable schedule 3")));
            assertEquals(300, wb.getSheet("Cable schedule").getPhysicalNumberOfRows());
            assertEquals(300, wb.getSheet("Cable schedule 2").getPhysicalNumberOfRows());
            assertEquals(1 + 202, wb.getSheet("Cable schedule 3").getPhysicalNumberOfRows());
            assertEquals("id", wb.getSheet("Cable schedule 3").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void sameInputSameBytes(@TempDir Path dir) throws Exception {
        PlanWorkbook.write(plan, null, spares, STUDY, dir.resolve("a.xlsx"));
        PlanWorkbook.write(plan, null, spares, STUDY, dir.resolve("b.xlsx"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.xlsx")), Files.readAllBytes(dir.resolve("b.xlsx")));
    }

    private static int findRow(Sheet sheet, String figure) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && figure.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + figure);
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            out.add(s.getSheetName());
        }
        return out;
    }
}
