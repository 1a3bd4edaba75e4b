package org.cablesim.report;

import java.io.IOException;

/**
 * Where a table's rows go: a CSV file or a workbook sheet. The first row is the header; a cell is a String, a Number
 * (written as a number), a Boolean or null (empty).
 */
public interface RowSink {
    /** Writes one row. */
    void row(Object... cells) throws IOException;
}
