package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** The plan-details section: every summary field side by side per plan, then the upgrades of every plan. */
final class HtmlDetails {
    private HtmlDetails() {
    }

    static String render(ReportPlans plans) {
        HtmlTable table = HtmlGlance.planTable(plans, null, "details", null);
        DoubleFunction<String> count = ReportFormat::count;
        DoubleFunction<String> three = v -> ReportFormat.significant(v, 3);
        DoubleFunction<String> share = v -> ReportFormat.percent(v, 1);
        ReportMetric.Better none = ReportMetric.Better.NEITHER;
        // The details are reference, not a ranking: only the glance and comparison tables highlight.
        ReportMetric.Better lower = none;
        ReportMetric.Better higher = none;

        table.group("Fabric");
        row(table, plans, "GPUs", count, none, "fabric", "gpus");
        row(table, plans, "Servers", count, none, "fabric", "servers");
        for (String tier : plans.keysAt("fabric", "switches")) {
            row(table, plans, "Switches: " + tier, count, none, "fabric", "switches", tier);
        }
        for (String tier : plans.keysAt("fabric", "links")) {
            row(table, plans, "Links: " + tier, count, none, "fabric", "links", tier);
        }
        table.group("Fibres");
        row(table, plans, "Installed fibres", count, none, "fibres", "installed");
        row(table, plans, "Lit fibres", count, none, "fibres", "lit");
        row(table, plans, "Dark fibres", count, lower, "fibres", "dark");
        row(table, plans, "Dark share", share, lower, "fibres", "darkFraction");
        table.group("Cabling");
        row(table, plans, "Trunks", count, lower, "cabling", "trunks");
        row(table, plans, "Patch cords", count, lower, "cabling", "cords");
        row(table, plans, "MPO connectors", count, lower, "cabling", "mpoConnectors");
        row(table, plans, "Cassettes", count, lower, "cabling", "cassettes");
        row(table, plans, "Panels", count, lower, "cabling", "panels");
        row(table, plans, "Mated pairs per link: min", count, lower, "cabling", "matedPairsPerLink", "min");
        row(table, plans, "Mated pairs per link: mean", three, lower, "cabling", "matedPairsPerLink", "mean");
        row(table, plans, "Mated pairs per link: max", count, lower, "cabling", "matedPairsPerLink", "max");
        row(table, plans, "Breakout harnesses", count, none, "cabling", "harnesses");
        for (String tier : plans.keysAt("cabling", "polarityMethod")) {
            textRow(table, plans, "Polarity method built: " + tier, "cabling", "polarityMethod", tier);
        }
        table.group("Design checks");
        row(table, plans, "Violations", count, lower, "checks", "violations");
        for (String kind : plans.keysAt("checks", "byKind")) {
            row(table, plans, "Violations: " + kind, count, lower, "checks", "byKind", kind);
        }
        table.group("Cost (USD)");
        row(table, plans, "Total", ReportFormat::usd, lower, "cost", "total");
        for (String category : plans.keysAt("cost", "byCategory")) {
            row(table, plans, category, ReportFormat::usd, lower, "cost", "byCategory", category);
        }
        table.group("Optical loss at install");
        textRow(table, plans, "Method", "loss", "method");
        row(table, plans, "Trials", count, none, "loss", "trials");
        HtmlGlance.addRow(table, plans, ReportMetric.withInterval("P(link fails)", ReportFormat::probability, lower,
                "loss", "linkFailureProbability"));
        row(table, plans, "Expected failing links", three, lower, "loss", "expectedFailingLinks");
        row(table, plans, "P(any link fails)", ReportFormat::probability, lower, "loss", "probabilityAnyLinkFails");
        DoubleFunction<String> db = v -> ReportFormat.fixed(v, 2) + " dB";
        row(table, plans, "Margin, 1st percentile", db, higher, "loss", "marginDb", "p1");
        row(table, plans, "Margin, 5th percentile", db, higher, "loss", "marginDb", "p5");
        row(table, plans, "Margin, median", db, higher, "loss", "marginDb", "p50");
        for (String tier : plans.keysAt("loss", "byTier")) {
            HtmlGlance.addRow(table, plans, ReportMetric.withInterval("P(link fails): " + tier, ReportFormat::probability,
                    lower, "loss", "byTier", tier, "linkFailureProbability"));
            row(table, plans, "Expected failing links: " + tier, three, lower, "loss", "byTier", tier, "expectedFailingLinks");
        }
        table.group("Lifecycle");
        row(table, plans, "Replications", count, none, "lifecycle", "replications");
        row(table, plans, "Horizon (days)", count, none, "lifecycle", "horizonDays");
        row(table, plans, "Turn-up first-pass yield", v -> ReportFormat.percent(v, 2), higher, "lifecycle", "turnUp", "firstPassYield");
        row(table, plans, "Turn-up rework actions", count, lower, "lifecycle", "turnUp", "reworkActions");
        row(table, plans, "Days to full fabric", count, lower, "lifecycle", "turnUp", "daysToFullFabric");
        HtmlGlance.addRow(table, plans, ReportMetric.withInterval("Availability", ReportFormat::availability, higher,
                "lifecycle", "availability"));
        for (String tier : plans.keysAt("lifecycle", "availability", "byTier")) {
            row(table, plans, "Availability: " + tier, ReportFormat::availability, higher, "lifecycle", "availability", "byTier", tier);
        }
        row(table, plans, "Link-down hours per year", three, lower, "lifecycle", "linkDownHoursPerYear");
        for (String cause : plans.keysAt("lifecycle", "failuresPerYear")) {
            row(table, plans, "Failures per year: " + cause, three, lower, "lifecycle", "failuresPerYear", cause);
        }
        row(table, plans, "Job interruptions per year", three, lower, "lifecycle", "jobInterruptionsPerYear");
        row(table, plans, "Lost GPU-hours per year", three, lower, "lifecycle", "lostGpuHoursPerYear");
        row(table, plans, "Repair-crew utilisation", share, none, "lifecycle", "crewUtilisation");
        table.group("Upgrade readiness");
        List<HtmlTable.Cell> ready = new ArrayList<>();
        for (JsonNode plan : plans.all()) {
            List<String> pmds = new ArrayList<>();
            ReportJson.array(plan, "upgradeReadiness").forEach(p -> pmds.add(p.asText()));
            ready.add(pmds.isEmpty() ? HtmlTable.Cell.number(ReportFormat.MISSING)
                    : new HtmlTable.Cell(HtmlEscape.text(String.join(", ", pmds)), "num wrap"));
        }
        table.row("PMDs the plant can carry", ready);
        return table.render() + upgrades(plans);
    }

    private static void row(HtmlTable table, ReportPlans plans, String label, DoubleFunction<String> format,
            ReportMetric.Better better, String... path) {
        HtmlGlance.addRow(table, plans, ReportMetric.of(label, format, better, path));
    }

    private static void textRow(HtmlTable table, ReportPlans plans, String label, String... path) {
        List<HtmlTable.Cell> cells = new ArrayList<>();
        for (JsonNode plan : plans.all()) {
            String text = ReportJson.text(plan, path);
            cells.add(HtmlTable.Cell.number(text == null ? ReportFormat.MISSING : text));
        }
        table.row(label, cells);
    }

    private static String upgrades(ReportPlans plans) {
        HtmlTable table = new HtmlTable("upgrades", null).head("Plan", "").head("Upgrade", "").head("Day", "num")
                .head("Tier", "").head("From → to", "").head("Links reused", "num").head("Links recabled", "num")
                .head("Fibre reuse", "num").head("Labour (h)", "num").head("Link-down (h)", "num").head("Cost", "num");
        for (int i = 0; i < plans.size(); i++) {
            for (JsonNode upgrade : ReportJson.array(plans.plan(i), "lifecycle", "upgrades")) {
                table.rowHtml(HtmlComparison.planHeading(plans.name(i), plans), List.of(
                        HtmlTable.Cell.text(text(upgrade, "name")),
                        HtmlTable.Cell.number(ReportFormat.count(ReportJson.number(upgrade, "day"))),
                        HtmlTable.Cell.text(text(upgrade, "tier")),
                        HtmlTable.Cell.text(text(upgrade, "fromPmd") + " → " + text(upgrade, "toPmd")),
                        HtmlTable.Cell.number(ReportFormat.count(ReportJson.number(upgrade, "linksReused"))),
                        HtmlTable.Cell.number(ReportFormat.count(ReportJson.number(upgrade, "linksRecabled"))),
                        HtmlTable.Cell.number(ReportFormat.percent(ReportJson.number(upgrade, "fibreReuseShare"), 0)),
                        HtmlTable.Cell.number(ReportFormat.count(ReportJson.number(upgrade, "labourHours"))),
                        HtmlTable.Cell.number(ReportFormat.count(ReportJson.number(upgrade, "linkDownHours"))),
                        HtmlTable.Cell.number(ReportFormat.usd(ReportJson.number(upgrade, "costUsd")))), "");
            }
        }
        return "<h3>Upgrades</h3>\n" + (table.isEmpty() ? "<p class=\"na\">No upgrades in this summary.</p>\n" : table.render());
    }

    /** One sentence describing an upgrade, for tooltips and screen readers. */
    static String upgradeDetail(JsonNode upgrade) {
        return text(upgrade, "name") + " (" + text(upgrade, "tier") + "): " + text(upgrade, "fromPmd") + " → "
                + text(upgrade, "toPmd") + " on day " + ReportFormat.count(ReportJson.number(upgrade, "day")) + "; "
                + ReportFormat.count(ReportJson.number(upgrade, "linksReused")) + " links reused, "
                + ReportFormat.count(ReportJson.number(upgrade, "linksRecabled")) + " recabled; cost "
                + ReportFormat.usd(ReportJson.number(upgrade, "costUsd"));
    }

    private static String text(JsonNode node, String field) {
        String text = ReportJson.text(node, field);
        return text == null ? ReportFormat.MISSING : text;
    }
}
