package org.cablesim.report;

/** The first screen's verdict box: recommended plan, why, supporting facts, and the rule in small print. */
final class HtmlVerdict {
    private HtmlVerdict() {
    }

    static String render(ReportVerdict verdict) {
        return render(verdict, null);
    }

    /** The verdict box with the robustness line of the summary, when it has one. */
    static String render(ReportVerdict verdict, String robustness) {
        StringBuilder html = new StringBuilder("<section class=\"verdict\" id=\"verdict\"");
        if (verdict.chosen() >= 0) {
            html.append(" style=\"--verdict:").append(ChartPalette.plan(verdict.chosen())).append('"');
        }
        html.append(">\n<div class=\"label\">Which plan, and why</div>\n<p class=\"headline\">");
        if (verdict.chosen() >= 0) {
            html.append("<span class=\"chip ").append(ReportPlans.colourClass(verdict.chosen())).append("\"></span>");
        }
        html.append(HtmlEscape.text(verdict.headline())).append("</p>\n<p class=\"because\">")
                .append(HtmlEscape.text(verdict.because())).append("</p>\n");
        if (!verdict.reasons().isEmpty()) {
            html.append("<ul>\n");
            for (String reason : verdict.reasons()) {
                html.append("<li>").append(HtmlEscape.text(reason)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (robustness != null) {
            html.append("<p class=\"because\">").append(HtmlEscape.text(robustness)).append("</p>\n");
        }
        html.append("<p class=\"rule\">").append(HtmlEscape.text(verdict.rule())).append("</p>\n</section>\n");
        return html.toString();
    }
}
