package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.cablesim.lifecycle.FailureCause;
import org.cablesim.lifecycle.TurnUpResult;
import org.cablesim.stats.Estimate;
import org.cablesim.study.LifecycleFigures;

/**
 * Writes a plan's {@code lifecycle} section of summary.json: the means, then their 95 % intervals under
 * {@code ci95}, the timeline (through its mix-in) and the upgrade waves. Numbers carry 10 significant digits; a
 * figure that is undefined (an interval from one replication, crew utilisation with unlimited crews) is null.
 */
final class LifecycleJson extends StdSerializer<LifecycleFigures> {
    LifecycleJson() {
        super(LifecycleFigures.class);
    }

    @Override
    public void serialize(LifecycleFigures r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("replications", r.replications());
        put(g, "horizonDays", r.horizonDays());
        g.writeNumberField("linksSimulated", r.linksSimulated());
        g.writeNumberField("linksWithDesignFaults", r.linksWithDesignFaults());
        TurnUpResult turnUp = r.turnUp();
        g.writeObjectFieldStart("turnUp");
        put(g, "firstPassYield", turnUp.firstPassYield().mean());
        put(g, "reworkActions", turnUp.reworkActions().mean());
        put(g, "daysToFullFabric", turnUp.daysToFullFabric().mean());
        put(g, "designReworks", turnUp.designReworks().mean());
        g.writeEndObject();
        g.writeObjectFieldStart("availability");
        put(g, "mean", r.availability().mean());
        put(g, "ci95Low", r.availability().ci95().low());
        put(g, "ci95High", r.availability().ci95().high());
        g.writeObjectFieldStart("byTier");
        for (Map.Entry<String, Estimate> e : r.availability().byTier().entrySet()) {
            put(g, e.getKey(), e.getValue().mean());
        }
        g.writeEndObject();
        g.writeEndObject();
        put(g, "linkDownHoursPerYear", r.linkDownHoursPerYear().mean());
        g.writeObjectFieldStart("failuresPerYear");
        for (Map.Entry<FailureCause, Estimate> e : r.failuresPerYear().entrySet()) {
            put(g, LifecycleFigures.causeName(e.getKey()), e.getValue().mean());
        }
        g.writeEndObject();
        put(g, "jobInterruptionsPerYear", r.jobInterruptionsPerYear().mean());
        put(g, "lostGpuHoursPerYear", r.lostGpuHoursPerYear().mean());
        put(g, "crewUtilisation", r.crewUtilisation().mean());
        // 95 % intervals over replications of the figures written above as means (availability has its own).
        g.writeObjectFieldStart("ci95");
        interval(g, "turnUp.firstPassYield", turnUp.firstPassYield());
        interval(g, "turnUp.reworkActions", turnUp.reworkActions());
        interval(g, "turnUp.daysToFullFabric", turnUp.daysToFullFabric());
        interval(g, "turnUp.designReworks", turnUp.designReworks());
        interval(g, "linkDownHoursPerYear", r.linkDownHoursPerYear());
        for (Map.Entry<FailureCause, Estimate> e : r.failuresPerYear().entrySet()) {
            interval(g, "failuresPerYear." + LifecycleFigures.causeName(e.getKey()), e.getValue());
        }
        interval(g, "jobInterruptionsPerYear", r.jobInterruptionsPerYear());
        interval(g, "lostGpuHoursPerYear", r.lostGpuHoursPerYear());
        interval(g, "crewUtilisation", r.crewUtilisation());
        g.writeEndObject();
        provider.defaultSerializeField("timeline", r.timeline(), g);
        g.writeArrayFieldStart("upgrades");
        for (LifecycleFigures.Wave w : r.upgrades()) {
            g.writeStartObject();
            g.writeStringField("name", w.name());
            put(g, "day", w.day());
            g.writeStringField("tier", w.tier());
            g.writeStringField("fromPmd", w.fromPmd());
            g.writeStringField("toPmd", w.toPmd());
            g.writeNumberField("linksReused", w.linksReused());
            g.writeNumberField("linksRecabled", w.linksRecabled());
            put(g, "fibreReuseShare", w.fibreReuseShare().mean());
            put(g, "labourHours", w.labourHours().mean());
            put(g, "linkDownHours", w.linkDownHours().mean());
            put(g, "costUsd", w.costUsd().mean());
            put(g, "daysToComplete", w.daysToComplete().mean());
            g.writeEndObject();
        }
        g.writeEndArray();
        put(g, "upgradeCostUsd", r.upgradeCostUsd());
        g.writeNumberField("linksRecabled", r.linksRecabled());
        g.writeEndObject();
    }

    private static void interval(JsonGenerator g, String name, Estimate estimate) throws IOException {
        g.writeObjectFieldStart(name);
        put(g, "low", estimate.ci95().low());
        put(g, "high", estimate.ci95().high());
        g.writeEndObject();
    }

    private static void put(JsonGenerator g, String field, double value) throws IOException {
        SummaryNumbers.write(g, field, SummaryNumbers.lifecycle(value));
    }
}
