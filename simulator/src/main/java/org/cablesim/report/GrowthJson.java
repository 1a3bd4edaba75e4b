package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.cablesim.lifecycle.ExpansionResult;
import org.cablesim.stats.Estimate;
import org.cablesim.study.PlanGrowth;

/**
 * Writes a growing plan's {@code growth} section of summary.json: the horizon totals, then one entry per phase
 * (plant work, cost, idle plant and, for an expansion, its simulated outcome) and the capacity over time. Money to
 * the cent; simulated figures to 10 significant digits with their 95 % intervals.
 */
final class GrowthJson extends StdSerializer<PlanGrowth> {
    GrowthJson() {
        super(PlanGrowth.class);
    }

    @Override
    public void serialize(PlanGrowth growth, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        usd(g, "capexUsd", growth.capexUsd());
        usd(g, "strandedUsdMonths", growth.strandedUsdMonths());
        usd(g, "strandedCostUsd", growth.strandedCostUsd());
        estimate(g, "disruptionGpuHours", growth.disruptionGpuHours());
        estimate(g, "disruptionUsd", growth.disruptionUsd());
        estimate(g, "totalUsd", growth.totalUsd());
        g.writeArrayFieldStart("phases");
        for (PlanGrowth.Phase p : growth.phases()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            put(g, "day", p.day());
            put(g, "months", p.months());
            g.writeNumberField("gpus", p.gpus());
            SummaryNumbers.counts(g, "links", p.linksByTier());
            g.writeNumberField("linksNew", p.linksNew());
            g.writeNumberField("linksMoved", p.linksMoved());
            g.writeNumberField("linksRePatched", p.linksRePatched());
            g.writeNumberField("linksReCabled", p.linksReCabled());
            g.writeNumberField("panelsTouched", p.panelsTouched());
            SummaryNumbers.counts(g, "trunksAdded", p.trunksAdded());
            g.writeNumberField("panelsAdded", p.panelsAdded());
            put(g, "trunkMetres", p.trunkMetres());
            usd(g, "materialUsd", p.materialUsd());
            put(g, "labourHours", p.labourHours());
            usd(g, "labourUsd", p.labourUsd());
            usd(g, "cumulativeUsd", p.cumulativeUsd());
            g.writeNumberField("fibresInstalled", p.fibresInstalled());
            g.writeNumberField("fibresLit", p.fibresLit());
            g.writeNumberField("fibresIdle", p.fibresIdle());
            usd(g, "idleValueUsd", p.idleValueUsd());
            usd(g, "strandedUsdMonths", p.strandedUsdMonths());
            put(g, "plannedLinkHoursDown", p.plannedLinkHoursDown());
            if (p.lifecycle() != null) {
                expansion(g, p.lifecycle());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("capacity");
        for (PlanGrowth.CapacityPoint c : growth.capacity()) {
            g.writeStartObject();
            g.writeNumberField("day", c.day());
            put(g, "linksInService", c.linksInService());
            put(g, "linksUp", c.linksUp());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void expansion(JsonGenerator g, ExpansionResult e) throws IOException {
        g.writeObjectFieldStart("expansion");
        g.writeNumberField("linksInstalled", e.linksInstalled());
        g.writeNumberField("linksMoved", e.linksMoved());
        estimate(g, "labourHours", e.labourHours());
        estimate(g, "linkDownHours", e.linkDownHours());
        estimate(g, "daysToComplete", e.daysToComplete());
        estimate(g, "jobInterruptions", e.jobInterruptions());
        estimate(g, "lostGpuHours", e.lostGpuHours());
        estimate(g, "disturbedRematings", e.disturbedRematings());
        estimate(g, "disruptionGpuHours", e.disruptionGpuHours());
        g.writeEndObject();
    }

    private static void estimate(JsonGenerator g, String field, Estimate e) throws IOException {
        g.writeObjectFieldStart(field);
        put(g, "mean", e.mean());
        put(g, "ci95Low", e.ci95().low());
        put(g, "ci95High", e.ci95().high());
        g.writeEndObject();
    }

    private static void usd(JsonGenerator g, String field, double value) throws IOException {
        g.writeNumberField(field, SummaryNumbers.decimals(value, 2));
    }

    private static void put(JsonGenerator g, String field, double value) throws IOException {
        SummaryNumbers.write(g, field, SummaryNumbers.lifecycle(value));
    }
}
