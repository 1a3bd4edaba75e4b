package org.cablesim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.cablesim.study.Figure;
import org.cablesim.study.LossFigures;

/**
 * Writes a plan's {@code loss} section of summary.json (fields in the README's output contract): probabilities
 * and counts to 6 significant digits, margins to 4 decimals; the margin distribution through its mix-in.
 */
final class LossJson extends StdSerializer<LossFigures> {
    LossJson() {
        super(LossFigures.class);
    }

    @Override
    public void serialize(LossFigures loss, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("method", loss.method());
        g.writeStringField("requestedMethod", loss.requestedMethod());
        g.writeNumberField("trials", loss.trials());
        g.writeNumberField("plainTrials", loss.plainTrials());
        g.writeNumberField("links", loss.links());
        g.writeNumberField("classes", loss.classes());
        SummaryNumbers.counts(g, "classesByMethod", loss.classesByMethod());
        probability(g, "linkFailureProbability", loss.linkFailureProbability());
        SummaryNumbers.write(g, "expectedFailingLinks", SummaryNumbers.loss(loss.expectedFailingLinks().value()));
        g.writeNumberField("linksFailingByDesign", loss.linksFailingByDesign());
        SummaryNumbers.write(g, "probabilityAnyLinkFails", SummaryNumbers.loss(loss.probabilityAnyLinkFails()));
        g.writeObjectFieldStart("marginDb");
        SummaryNumbers.write(g, "p1", SummaryNumbers.margin(loss.marginDb().p1Db()));
        SummaryNumbers.write(g, "p5", SummaryNumbers.margin(loss.marginDb().p5Db()));
        SummaryNumbers.write(g, "p50", SummaryNumbers.margin(loss.marginDb().p50Db()));
        g.writeEndObject();
        g.writeObjectFieldStart("byTier");
        for (Map.Entry<String, LossFigures.Tier> e : loss.byTier().entrySet()) {
            LossFigures.Tier t = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("links", t.links());
            probability(g, "linkFailureProbability", t.linkFailureProbability());
            SummaryNumbers.write(g, "expectedFailingLinks", SummaryNumbers.loss(t.expectedFailingLinks().value()));
            SummaryNumbers.write(g, "probabilityAnyLinkFails", SummaryNumbers.loss(t.probabilityAnyLinkFails()));
            g.writeEndObject();
        }
        g.writeEndObject();
        provider.defaultSerializeField("marginCdf", loss.marginCdf(), g);
        g.writeArrayFieldStart("worstLinks");
        for (LossFigures.LinkGroupLoss w : loss.worstLinks()) {
            g.writeStartObject();
            g.writeStringField("classes", w.classes());
            g.writeStringField("tier", w.tier());
            g.writeNumberField("links", w.links());
            g.writeStringField("exampleLink", w.exampleLink());
            SummaryNumbers.write(g, "pFail", SummaryNumbers.loss(w.failProbability().value()));
            SummaryNumbers.write(g, "ci95Low", SummaryNumbers.loss(w.failProbability().ci95().low()));
            SummaryNumbers.write(g, "ci95High", SummaryNumbers.loss(w.failProbability().ci95().high()));
            SummaryNumbers.write(g, "expectedFailingLinks", SummaryNumbers.loss(w.expectedFailingLinks()));
            g.writeStringField("method", w.method());
            SummaryNumbers.write(g, "marginP1Db", SummaryNumbers.margin(w.marginP1Db()));
            g.writeEndObject();
        }
        g.writeEndArray();
        SummaryNumbers.counts(g, "notEstimated", loss.notEstimated());
        g.writeEndObject();
    }

    private static void probability(JsonGenerator g, String field, Figure p) throws IOException {
        g.writeObjectFieldStart(field);
        SummaryNumbers.write(g, "mean", SummaryNumbers.loss(p.value()));
        SummaryNumbers.write(g, "ci95Low", SummaryNumbers.loss(p.ci95().low()));
        SummaryNumbers.write(g, "ci95High", SummaryNumbers.loss(p.ci95().high()));
        g.writeEndObject();
    }
}
