package org.cablesim.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.study.LifecycleFigures;
import org.cablesim.study.PlanFigures;
import org.cablesim.study.Recommendation;
import org.cablesim.study.StudySummary;

/**
 * Writes {@code summary.json} (the README's output contract) from a study's typed results with Jackson: the
 * serializers and mix-ins below give the contract's field names, order and rounding, so the study's records carry
 * no file-format annotations.
 */
public final class SummaryJson {
    /** Version of the summary.json layout; bumped only on incompatible changes (fields are only ever added). */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("cablesim-summary")
                    .addSerializer(new Document())
                    .addSerializer(new PlanJson())
                    .addSerializer(new LossJson())
                    .addSerializer(new LifecycleJson())
                    .addSerializer(new SweepJson())
                    .addSerializer(new GrowthJson())
                    .setMixInAnnotation(Recommendation.class, RecommendationMixIn.class)
                    .setMixInAnnotation(Recommendation.Exclusion.class, ExclusionMixIn.class)
                    .setMixInAnnotation(Recommendation.Cause.class, CauseMixIn.class)
                    .setMixInAnnotation(MarginMixture.Point.class, MarginPointMixIn.class)
                    .setMixInAnnotation(LifecycleFigures.TimelinePoint.class, TimelinePointMixIn.class));

    private SummaryJson() {
    }

    /** The whole file: a study's summary and the scenario text it echoes. */
    record Summary(StudySummary summary, String scenarioText) {
    }

    /** summary.json's text: pretty-printed, ending in a newline. */
    public static String toText(StudySummary summary, String scenarioText) {
        try {
            return MAPPER.writeValueAsString(new Summary(summary, scenarioText)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary.json could not be serialised", e);
        }
    }

    /** summary.json as a tree, for tests and tools that inspect the file's layout. */
    public static JsonNode toTree(StudySummary summary, String scenarioText) {
        try {
            return MAPPER.readTree(toText(summary, scenarioText));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One plan's summary.json entry as text (the same serializer as in the file). */
    static String planText(PlanFigures plan) throws JsonProcessingException {
        return MAPPER.writeValueAsString(plan);
    }

    /** The root object, fields in contract order. */
    private static final class Document extends StdSerializer<Summary> {
        Document() {
            super(Summary.class);
        }

        @Override
        public void serialize(Summary file, JsonGenerator g, SerializerProvider provider) throws IOException {
            StudySummary s = file.summary();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("scenario", s.scenario());
            g.writeNumberField("seed", s.seed());
            g.writeObjectFieldStart("provenance");
            g.writeStringField("version", s.provenance().version());
            g.writeStringField("scenarioSha256", s.provenance().scenarioSha256());
            g.writeObjectFieldStart("inputSha256");
            for (Map.Entry<String, String> input : new TreeMap<>(s.provenance().inputSha256()).entrySet()) {
                g.writeStringField(input.getKey(), input.getValue());
            }
            g.writeEndObject();
            g.writeStringField("rngAlgorithm", s.provenance().rngAlgorithm());
            g.writeEndObject();
            provider.defaultSerializeField("plans", s.plans(), g);
            ComparisonJson.write(g, s, provider);
            g.writeStringField("scenarioText", file.scenarioText());
            if (!s.sweeps().isEmpty()) {
                provider.defaultSerializeField("sweeps", s.sweeps(), g);
            }
            g.writeEndObject();
        }
    }

    @JsonPropertyOrder({"plan", "rule", "reasons", "excluded"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private abstract static class RecommendationMixIn {
    }

    @JsonPropertyOrder({"plan", "cause", "reason"})
    private abstract static class ExclusionMixIn {
    }

    private abstract static class CauseMixIn {
        @JsonValue
        abstract String id();
    }

    @JsonPropertyOrder({"marginDb", "fraction"})
    private abstract static class MarginPointMixIn {
        @JsonSerialize(using = SummaryNumbers.Margin.class)
        abstract double marginDb();

        @JsonSerialize(using = SummaryNumbers.Loss.class)
        abstract double fraction();
    }

    @JsonPropertyOrder({"day", "linksDown", "repairsQueued", "capacityFraction"})
    private abstract static class TimelinePointMixIn {
        @JsonSerialize(using = SummaryNumbers.Lifecycle.class)
        abstract double linksDown();

        @JsonSerialize(using = SummaryNumbers.Lifecycle.class)
        abstract double repairsQueued();

        @JsonSerialize(using = SummaryNumbers.Lifecycle.class)
        abstract double capacityFraction();
    }
}
