package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row and right-aligned cells, for terminal output. A cell may hold several
 * lines (separated by '\n'); its row is as tall as its tallest cell. Widths count characters (code points).
 */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** A table whose first row is {@code header}. */
    public TextTable(String... header) {
        this.columns = header.length;
        rows.add(header.clone());
    }

    /** Appends a row; it must have as many cells as the header. */
    public TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + columns);
        }
        rows.add(cells.clone());
        return this;
    }

    /** Appends a row from a list of cells. */
    public TextTable row(List<String> cells) {
        return row(cells.toArray(String[]::new));
    }

    /** Rows added after the header. */
    public int size() {
        return rows.size() - 1;
    }

    /** The table as lines separated by '\n', the first column left-aligned, the others right-aligned. */
    public String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                for (String line : row[c].split("\n", -1)) {
                    widths[c] = Math.max(widths[c], width(line));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[][] cells = new String[columns][];
            int height = 1;
            for (int c = 0; c < columns; c++) {
                cells[c] = rows.get(r)[c].split("\n", -1);
                height = Math.max(height, cells[c].length);
            }
            for (int l = 0; l < height; l++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        line.append("  ");
                    }
                    String cell = l < cells[c].length ? cells[c][l] : "";
                    String pad = " ".repeat(widths[c] - width(cell));
                    line.append(c == 0 ? cell + pad : pad + cell);
                }
                text.append(line.toString().stripTrailing()).append('\n');
            }
            if (r == 0) {
                int total = 0;
                for (int width : widths) {
                    total += width;
                }
                text.append("-".repeat(total + 2 * (columns - 1))).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * {@code items} joined by ", " and folded into lines of at most {@code width} characters (an item longer than
     * that gets a line of its own).
     */
    public static String fold(List<String> items, int width) {
        StringBuilder text = new StringBuilder();
        int lineLength = 0;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? "," : "");
            if (lineLength > 0 && lineLength + 1 + width(item) > width) {
                text.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                text.append(' ');
                lineLength++;
            }
            text.append(item);
            lineLength += width(item);
        }
        return text.toString();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
