package org.cablesim.report;

import org.cablesim.study.Recommendation;

/**
 * The first screen's verdict box: the study's recommendation as it decided it (plan, why, the plans ruled out and
 * why) and its rule in small print. The page decides nothing.
 */
final class HtmlVerdict {
    private HtmlVerdict() {
    }

    static String render(Recommendation recommendation, ReportPlans plans, String robustness) {
        int chosen = recommendation.plan() == null ? -1 : plans.indexOf(recommendation.plan());
        StringBuilder html = new StringBuilder("<section class=\"verdict\" id=\"verdict\"");
        if (chosen >= 0) {
            html.append(" style=\"--verdict:").append(ChartPalette.plan(chosen)).append('"');
        }
        html.append(">\n<div class=\"label\">Which plan, and why</div>\n<p class=\"headline\">");
        if (chosen >= 0) {
            html.append("<span class=\"chip ").append(ReportPlans.colourClass(chosen)).append("\"></span>")
                    .append(HtmlEscape.text("Recommended: " + recommendation.plan()));
        } else {
            html.append("No plan can be recommended");
        }
        html.append("</p>\n");
        var reasons = recommendation.reasons();
        if (!reasons.isEmpty()) {
            html.append("<p class=\"because\">").append(HtmlEscape.text(reasons.get(0))).append("</p>\n");
        }
        if (reasons.size() > 1) {
            html.append("<ul>\n");
            for (String reason : reasons.subList(1, reasons.size())) {
                html.append("<li>").append(HtmlEscape.text(reason)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!recommendation.excluded().isEmpty()) {
            html.append("<p class=\"ruled-out\">Ruled out</p>\n<ul class=\"ruled-out\">\n");
            for (Recommendation.Exclusion e : recommendation.excluded()) {
                html.append("<li>").append(HtmlEscape.text(e.reason())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (robustness != null) {
            html.append("<p class=\"robustness\">").append(HtmlEscape.text(robustness)).append("</p>\n");
        }
        html.append("<p class=\"rule\">Rule: ").append(HtmlEscape.text(recommendation.rule())).append("</p>\n</section>\n");
        return html.toString();
    }

    /** The standing of a plan under the decision, as a short phrase. */
    static String standing(Recommendation recommendation, String plan) {
        return switch (recommendation.standing(plan)) {
            case RECOMMENDED -> "recommended";
            case NOT_DOMINATED -> "not dominated";
            case DOMINATED -> "dominated";
            case EXCLUDED -> "excluded";
        };
    }
}
