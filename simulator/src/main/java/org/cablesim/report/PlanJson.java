package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.cablesim.plant.BomLine;
import org.cablesim.plant.PathwayFill;
import org.cablesim.polarity.CheckKind;
import org.cablesim.study.FabricSummary;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.PlantSummary;

/**
 * Writes one plan of summary.json ({@code plans[]}): name, description, fabric, the plant's {@code fibres},
 * {@code cabling}, {@code checks} and {@code cost}, then {@code loss} ({@link LossJson}), {@code lifecycle}
 * ({@link LifecycleJson}), the upgrade readiness and, for a growing cluster, {@code growth} ({@link GrowthJson}),
 * fields in the README's contract order.
 */
final class PlanJson extends StdSerializer<PlanFigures> {
    PlanJson() {
        super(PlanFigures.class);
    }

    @Override
    public void serialize(PlanFigures plan, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", plan.name());
        g.writeStringField("description", plan.description());
        writeFabric(g, plan.fabric());
        writePlant(g, plan.plant());
        if (plan.loss() != null) {
            provider.defaultSerializeField("loss", plan.loss(), g);
        }
        if (plan.lifecycle() != null) {
            provider.defaultSerializeField("lifecycle", plan.lifecycle(), g);
            SummaryNumbers.strings(g, "upgradeReadiness", plan.lifecycle().upgradeReadiness());
            g.writeObjectFieldStart("upgradeReadinessByTier");
            for (Map.Entry<String, List<String>> tier : plan.lifecycle().readinessByTier().entrySet()) {
                SummaryNumbers.strings(g, tier.getKey(), tier.getValue());
            }
            g.writeEndObject();
        }
        if (plan.growth() != null) {
            provider.defaultSerializeField("growth", plan.growth(), g);
        }
        g.writeEndObject();
    }

    private static void writeFabric(JsonGenerator g, FabricSummary fabric) throws IOException {
        g.writeObjectFieldStart("fabric");
        g.writeNumberField("gpus", fabric.gpus());
        g.writeNumberField("servers", fabric.servers());
        g.writeObjectFieldStart("switches");
        g.writeNumberField("leaf", fabric.leaves());
        g.writeNumberField("spine", fabric.spines());
        g.writeNumberField("core", fabric.cores());
        g.writeEndObject();
        SummaryNumbers.counts(g, "links", fabric.linksByTier());
        g.writeEndObject();
    }

    private static void writePlant(JsonGenerator g, PlantSummary p) throws IOException {
        g.writeObjectFieldStart("fibres");
        g.writeNumberField("installed", p.fibresInstalled());
        g.writeNumberField("lit", p.fibresLit());
        g.writeNumberField("dark", p.fibresDark());
        g.writeNumberField("darkFraction", SummaryNumbers.decimals(p.darkFraction(), 6));
        g.writeEndObject();
        g.writeObjectFieldStart("cabling");
        g.writeNumberField("linksCabled", p.linksCabled());
        g.writeNumberField("trunks", p.trunks());
        g.writeNumberField("cords", p.cords());
        g.writeNumberField("jumpers", p.jumpers());
        g.writeNumberField("assemblies", p.assemblies());
        g.writeNumberField("mpoConnectors", p.mpoConnectors());
        g.writeNumberField("adapters", p.adapters());
        g.writeNumberField("cassettes", p.cassettes());
        g.writeNumberField("panels", p.panels());
        g.writeNumberField("rackUnits", p.rackUnits());
        g.writeNumberField("pathwaysOverFillLimit", p.pathwaysOverFill());
        g.writeArrayFieldStart("fullestPathways");
        for (PathwayFill.Segment s : p.fullestPathways()) {
            g.writeStartObject();
            g.writeStringField("segment", "e" + s.edgeId());
            g.writeStringField("kind", s.kindName());
            g.writeStringField("ends", s.label());
            g.writeNumberField("cables", s.cables());
            g.writeNumberField("fillShare", SummaryNumbers.decimals(s.fillShare(), 6));
            g.writeNumberField("fillLimit", s.fillLimit());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("matedPairsPerLink");
        g.writeNumberField("min", p.matedPairsMin());
        g.writeNumberField("mean", SummaryNumbers.decimals(p.matedPairsMean(), 6));
        g.writeNumberField("max", p.matedPairsMax());
        g.writeEndObject();
        g.writeObjectFieldStart("matedPairsPerChannel");
        for (Map.Entry<Integer, Integer> e : p.matedPairsPerChannel().entrySet()) {
            g.writeNumberField(Integer.toString(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("trunksByBuild");
        for (var build : p.trunksByBuild().entrySet()) {
            g.writeObjectFieldStart(build.getKey());
            for (Map.Entry<Double, Integer> length : build.getValue().entrySet()) {
                g.writeNumberField(Csv.number(length.getKey()), length.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        SummaryNumbers.counts(g, "transceivers", p.transceivers());
        g.writeObjectFieldStart("transceiversByEnd");
        for (var end : p.transceiversByEnd().entrySet()) {
            SummaryNumbers.counts(g, end.getKey(), end.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("harnesses", p.harnesses());
        g.writeNumberField("fibreSplices", p.fibreSplices());
        g.writeNumberField("copperCables", p.copperCables());
        g.writeObjectFieldStart("polarityMethod");
        for (var tier : p.polarityByTier().entrySet()) {
            g.writeStringField(tier.getKey(), tier.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("checks");
        g.writeNumberField("violations", p.violations());
        g.writeObjectFieldStart("byKind");
        for (Map.Entry<CheckKind, Integer> e : p.violationsByKind().entrySet()) {
            g.writeNumberField(PlantSummary.kindName(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("cost");
        g.writeNumberField("total", SummaryNumbers.decimals(p.costTotalUsd(), 2));
        g.writeObjectFieldStart("byCategory");
        for (Map.Entry<BomLine.Category, Double> e : p.costByCategory().entrySet()) {
            g.writeNumberField(e.getKey().fileName(), SummaryNumbers.decimals(e.getValue(), 2));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byTier");
        for (Map.Entry<String, Double> e : p.costByTier().entrySet()) {
            g.writeNumberField(e.getKey(), SummaryNumbers.decimals(e.getValue(), 2));
        }
        g.writeEndObject();
        g.writeNumberField("spares", SummaryNumbers.decimals(p.spares().totalUsd(), 2));
        g.writeEndObject();
    }
}
