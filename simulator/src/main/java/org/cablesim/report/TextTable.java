package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row and right-aligned cells, for terminal output. */
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

    /** The table as lines separated by '\n', the first column left-aligned, the others right-aligned. */
    public String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    text.append("  ");
                }
                String cell = row[c];
                String pad = " ".repeat(widths[c] - cell.length());
                text.append(c == 0 ? cell + pad : pad + cell);
            }
            text.append('\n');
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
}
