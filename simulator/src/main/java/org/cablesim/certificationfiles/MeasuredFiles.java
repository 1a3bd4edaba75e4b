package org.cablesim.certificationfiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablesim.certification.OltsResult;
import org.cablesim.certification.OtdrEvent;
import org.cablesim.io.CsvTable;

/**
 * Reads measured results. OLTS ({@code --measured}): columns {@code label}, {@code lane} (blank or missing: a
 * whole-channel result, the worst fibre), {@code wavelength_nm}, {@code loss_db}. OTDR ({@code --otdr}):
 * {@code label}, {@code lane}, {@code event}, {@code loss_db}, optional {@code reflectance_db}. A bad cell is an
 * error naming the file, row and column.
 */
public final class MeasuredFiles {
    private MeasuredFiles() {
    }

    public static List<OltsResult> olts(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        t.require("label", "wavelength_nm", "loss_db");
        List<OltsResult> out = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, String> r = t.row(i);
            int row = i + 1;
            String lane = r.getOrDefault("lane", "");
            out.add(new OltsResult(row, text(t, r, row, "label"), lane.isEmpty() ? 0 : positive(t, lane, row, "lane"),
                    number(t, r, row, "wavelength_nm", 600, 1700), number(t, r, row, "loss_db", -1, 100)));
        }
        return out;
    }

    public static List<OtdrEvent> otdr(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        t.require("label", "lane", "event", "loss_db");
        List<OtdrEvent> out = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, String> r = t.row(i);
            int row = i + 1;
            String refl = r.getOrDefault("reflectance_db", "");
            out.add(new OtdrEvent(row, text(t, r, row, "label"), positive(t, r.get("lane"), row, "lane"),
                    text(t, r, row, "event"), number(t, r, row, "loss_db", -1, 100),
                    refl.isEmpty() ? Double.NaN : number(t, r, row, "reflectance_db", -100, 0)));
        }
        return out;
    }

    private static String text(CsvTable t, Map<String, String> r, int row, String column) {
        String v = r.get(column);
        if (v == null || v.isEmpty()) {
            throw bad(t, row, column, "is empty");
        }
        return v;
    }

    private static int positive(CsvTable t, String v, int row, String column) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(t, row, column, "must be a whole number >= 1, was '" + v + "'");
    }

    private static double number(CsvTable t, Map<String, String> r, int row, String column, double min, double max) {
        String v = text(t, r, row, column);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(t, row, column, "must be a number, was '" + v + "'");
        }
        if (!(d >= min && d <= max)) {
            throw bad(t, row, column, "must be in [" + min + ", " + max + "], was " + v);
        }
        return d;
    }

    private static IllegalArgumentException bad(CsvTable t, int row, String column, String problem) {
        return new IllegalArgumentException(t.file() + " row " + row + " " + column + ": " + problem);
    }
}
