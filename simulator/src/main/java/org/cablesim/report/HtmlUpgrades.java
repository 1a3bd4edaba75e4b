package org.cablesim.report;

import java.util.List;
import org.cablesim.study.LifecycleFigures;

/** The upgrade-waves table of the plan details, and the one-sentence description of a wave the charts use. */
final class HtmlUpgrades {
    private HtmlUpgrades() {
    }

    static String render(ReportPlans plans) {
        HtmlTable table = new HtmlTable("upgrades", "Means over replications; days from turn-up.")
                .head("Plan", "").head("Upgrade wave", "").head("Start (day)", "num").head("Tier", "")
                .head("PMD from → to", "").head("Links reused (count)", "num").head("Links re-cabled (count)", "num")
                .head("Fibre reused (%)", "num").head("Labour (hours)", "num").head("Links down (link-hours)", "num")
                .head("Cost (USD)", "num").head("Days to complete", "num");
        for (int i = 0; i < plans.size(); i++) {
            if (plans.plan(i).lifecycle() == null) {
                continue;
            }
            for (LifecycleFigures.Wave w : plans.plan(i).lifecycle().upgrades()) {
                table.rowHtml(HtmlComparison.planHeading(plans.name(i), plans), List.of(
                        HtmlTable.Cell.text(w.name()),
                        HtmlTable.Cell.number(ReportFormat.count(w.day())),
                        HtmlTable.Cell.text(w.tier()),
                        HtmlTable.Cell.text(w.fromPmd() + " → " + w.toPmd()),
                        HtmlTable.Cell.number(ReportFormat.count(w.linksReused())),
                        HtmlTable.Cell.number(ReportFormat.count(w.linksRecabled())),
                        HtmlTable.Cell.number(ReportFormat.percent(w.fibreReuseShare().mean(), 0)),
                        HtmlTable.Cell.number(ReportFormat.significant(w.labourHours().mean(), 3)),
                        HtmlTable.Cell.number(ReportFormat.significant(w.linkDownHours().mean(), 3)),
                        HtmlTable.Cell.number(ReportFormat.usd(w.costUsd().mean())),
                        HtmlTable.Cell.number(ReportFormat.significant(w.daysToComplete().mean(), 3))), "");
            }
        }
        return "<h3>Upgrade waves</h3>\n" + (table.isEmpty() ? "<p class=\"na\">The study has no upgrade waves.</p>\n"
                : table.render());
    }

    /** One sentence describing a wave, for tooltips and screen readers. */
    static String detail(LifecycleFigures.Wave w) {
        return w.name() + " (" + w.tier() + "): " + w.fromPmd() + " → " + w.toPmd() + " on day "
                + ReportFormat.count(w.day()) + "; " + ReportFormat.count(w.linksReused()) + " links reused, "
                + ReportFormat.count(w.linksRecabled()) + " re-cabled; cost " + ReportFormat.usd(w.costUsd().mean());
    }
}
