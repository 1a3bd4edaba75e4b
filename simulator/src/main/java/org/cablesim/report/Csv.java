package org.cablesim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes RFC 4180 CSV: comma-separated, CRLF-free (LF line ends), fields quoted only when they need it. */
public final class Csv implements RowSink {
    private final Writer out;

    /** @param out where the rows go; the caller closes it */
    public Csv(Writer out) {
        this.out = out;
    }

    /** Writes one row; null cells are empty, doubles without float noise ({@link #number}). */
    @Override
    public void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(text(cells[i])));
        }
        out.write('\n');
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return number(d);
        }
        return cell.toString();
    }

    /** A number without float noise: integers without a decimal point, others to 6 significant decimals. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
