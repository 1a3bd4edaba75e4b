package org.cablesim.report;

/**
 * The words of a chart: a document-unique id, the visible title, and a description for screen readers
 * (the chart appends a short data summary to it).
 *
 * @param id          unique within the page; letters, digits, '-' and '_' only
 * @param title       visible title, also the SVG {@code <title>}
 * @param description what the chart shows and how to read it, for the SVG {@code <desc>}
 */
public record ChartText(String id, String title, String description) {
    /** Validates the id, which ends up unescaped in id and aria attributes. */
    public ChartText {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("chart id must be a letter then letters, digits, '-' or '_': " + id);
        }
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }
}
