package org.cablesim.report;

import java.util.ArrayList;
import java.util.List;

/** Builds an HTML table; plain-text cells are escaped here, cells marked as HTML must already be safe. */
final class HtmlTable {
    /** One cell: escaped-or-safe content, CSS classes, and an optional small second line (e.g. an interval). */
    record Cell(String html, String classes) {
        static Cell text(String text) {
            return new Cell(HtmlEscape.text(text), ReportFormat.MISSING.equals(text) ? "na" : "");
        }

        static Cell number(String text) {
            return new Cell(HtmlEscape.text(text), ReportFormat.MISSING.equals(text) ? "num na" : "num");
        }

        static Cell number(String text, String interval, boolean best) {
            String html = HtmlEscape.text(text) + (best ? "<span class=\"tag\">best</span>" : "")
                    + (interval == null ? "" : "<span class=\"ci\">95 % CI " + HtmlEscape.text(interval) + "</span>");
            String classes = ReportFormat.MISSING.equals(text) ? "num na" : best ? "num best" : "num";
            return new Cell(html, classes);
        }
    }

    private final String classes;
    private final String caption;
    private final List<String> header = new ArrayList<>();
    private final List<String> headerClasses = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private int columns;
    private int minWidthPx;

    /** A table with CSS {@code classes} and a plain-text {@code caption} (null for none). */
    HtmlTable(String classes, String caption) {
        this.classes = classes;
        this.caption = caption;
    }

    /** Adds a header cell holding safe {@code html}. */
    HtmlTable headHtml(String html, String cellClasses) {
        header.add(html);
        headerClasses.add(cellClasses);
        columns = header.size();
        return this;
    }

    /** Adds a plain-text header cell. */
    HtmlTable head(String text, String cellClasses) {
        return headHtml(HtmlEscape.text(text), cellClasses);
    }

    /** Adds a row whose first cell is a plain-text row heading. */
    HtmlTable row(String heading, List<Cell> cells) {
        return rowHtml(HtmlEscape.text(heading), cells, "");
    }

    /** Adds a row whose first cell holds safe {@code headingHtml}. */
    HtmlTable rowHtml(String headingHtml, List<Cell> cells, String rowClasses) {
        body.append("<tr").append(rowClasses.isEmpty() ? "" : " class=\"" + rowClasses + "\"").append("><th scope=\"row\">")
                .append(headingHtml).append("</th>");
        for (Cell cell : cells) {
            body.append("<td").append(cell.classes().isEmpty() ? "" : " class=\"" + cell.classes() + "\"").append('>')
                    .append(cell.html()).append("</td>");
        }
        body.append("</tr>\n");
        return this;
    }

    /** Adds a sub-heading row spanning the table. */
    HtmlTable group(String title) {
        body.append("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").append(Math.max(1, columns)).append("\">")
                .append(HtmlEscape.text(title)).append("</th></tr>\n");
        return this;
    }

    /** Lays the columns out at equal widths, the table never narrower than {@code px} (it scrolls instead). */
    HtmlTable fixedLayout(int px) {
        this.minWidthPx = px;
        return this;
    }

    boolean isEmpty() {
        return body.length() == 0;
    }

    String render() {
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"").append(classes)
                .append(minWidthPx > 0 ? " fixed\" style=\"min-width:" + minWidthPx + "px\">" : "\">");
        if (caption != null) {
            html.append("<caption>").append(HtmlEscape.text(caption)).append("</caption>");
        }
        html.append("\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            String cls = headerClasses.get(i);
            html.append("<th scope=\"col\"").append(cls == null || cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>')
                    .append(header.get(i)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n").append(body).append("</tbody></table></div>\n");
        return html.toString();
    }
}
