package org.cablesim.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read whole (RFC 4180: quoted fields with doubled quotes, line breaks allowed inside quotes, LF or CRLF
 * line ends): its header and rows, with cells looked up by column name.
 *
 * @param file   where it came from (for messages)
 * @param header column names, lower-cased and trimmed
 * @param rows   data rows (blank lines skipped), each as long as the header
 */
public record CsvTable(Path file, List<String> header, List<List<String>> rows) {
    /**
     * Reads a file; a row whose cell count differs from the header's is an error naming its line.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file and line, when it is not CSV with a header
     */
    public static CsvTable read(Path file) throws IOException {
        List<List<String>> all = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (all.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty (expected a header row)");
        }
        List<String> header = all.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            List<String> r = all.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() != header.size()) {
                throw new IllegalArgumentException(file + " row " + i + ": " + r.size() + " cells, the header has "
                        + header.size());
            }
            rows.add(r);
        }
        return new CsvTable(file, header, rows);
    }

    /** The cells of a row by column name. */
    public Map<String, String> row(int index) {
        Map<String, String> out = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            out.put(header.get(c), rows.get(index).get(c).trim());
        }
        return out;
    }

    /** Fails unless every named column is present, naming the missing ones and the columns found. */
    public void require(String... columns) {
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
            if (!header.contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": missing column(s) " + missing + " (found " + header + ")");
        }
    }

    /** Parses CSV text into rows of cells. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
