package org.cablesim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.study.Figure;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchResult;

/**
 * Writes a search's result files into a directory: {@code search.json} (every candidate, the front, the
 * recommendation, the scenario's own plans), {@code search.csv} (one row per candidate) and {@code report.html}
 * ({@link SearchReport}), all from the typed {@link SearchResult}.
 */
public final class SearchFiles {
    /** Name of the machine-readable result. */
    public static final String JSON = "search.json";
    /** Name of the candidate table. */
    public static final String CSV = "search.csv";
    /** Directory of the front plans' scenario files. */
    public static final String FRONT = "front";

    private SearchFiles() {
    }

    /** Writes search.json, search.csv and report.html into the existing directory {@code dir}. */
    public static void write(SearchResult result, String scenarioText, Path dir) throws IOException {
        Files.writeString(dir.resolve(JSON), json(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CSV), csv(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ResultFiles.REPORT), SearchReport.render(result, scenarioText),
                StandardCharsets.UTF_8);
    }

    /** search.json's text, pretty-printed, ending in a newline. */
    public static String json(SearchResult r) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("scenario", r.scenario());
            g.writeNumberField("seed", r.seed());
            g.writeObjectFieldStart("provenance");
            g.writeStringField("version", r.provenance().version());
            g.writeStringField("scenarioSha256", r.provenance().scenarioSha256());
            g.writeStringField("rngAlgorithm", r.provenance().rngAlgorithm());
            g.writeEndObject();
            g.writeStringField("plan", r.plan());
            strings(g, "parameters", r.parameters());
            strings(g, "constraints", r.constraints());
            g.writeObjectFieldStart("evaluated");
            for (SearchCandidate.Stage stage : SearchCandidate.Stage.values()) {
                g.writeNumberField(stage.name().toLowerCase(java.util.Locale.ROOT), r.evaluatedAt(stage));
            }
            g.writeEndObject();
            g.writeStringField("recommended", r.recommended());
            strings(g, "front", r.front());
            g.writeArrayFieldStart("candidates");
            for (SearchCandidate c : r.candidates()) {
                candidate(g, c, r.parameters());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shipped");
            for (SearchCandidate c : r.shipped()) {
                candidate(g, c, List.of());
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void candidate(JsonGenerator g, SearchCandidate c, List<String> parameters) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeObjectFieldStart("choices");
        for (int i = 0; i < parameters.size(); i++) {
            g.writeStringField(parameters.get(i), c.choices().get(i));
        }
        g.writeEndObject();
        g.writeStringField("stage", c.stage().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("excluded", c.excluded());
        number(g, "costUsd", c.costUsd());
        g.writeNumberField("linksBrokenByDesign", c.linksBrokenByDesign());
        strings(g, "readiness", c.readiness());
        figure(g, "expectedFailingLinks", c.expectedFailingLinks());
        number(g, "probabilityAnyLinkFails", c.probabilityAnyLinkFails());
        figure(g, "availability", c.availability());
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, String name, Figure f) throws IOException {
        if (f == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        number(g, "value", f.value());
        number(g, "ci95Low", f.ci95().low());
        number(g, "ci95High", f.ci95().high());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** search.csv: one row per candidate, its choices in columns, then how far it got and its figures. */
    public static String csv(SearchResult r) {
        StringWriter text = new StringWriter();
        try {
            Csv csv = new Csv(text);
            List<Object> header = new ArrayList<>(List.of("candidate"));
            header.addAll(r.parameters());
            header.addAll(List.of("stage", "excluded", "front", "costUsd", "expectedFailingLinks",
                    "probabilityAnyLinkFails", "availability", "readiness"));
            csv.row(header.toArray());
            for (SearchCandidate c : r.candidates()) {
                List<Object> row = new ArrayList<>(List.of(c.name()));
                row.addAll(c.choices());
                row.addAll(java.util.Arrays.asList(c.stage().name().toLowerCase(java.util.Locale.ROOT), c.excluded(),
                        Boolean.toString(r.front().contains(c.name())), text(c.costUsd()),
                        c.expectedFailingLinks() == null ? null : text(c.expectedFailingLinks().value()),
                        text(c.probabilityAnyLinkFails()),
                        c.availability() == null ? null : text(c.availability().value()),
                        String.join(" ", c.readiness())));
                csv.row(row.toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String text(double v) {
        return Double.isFinite(v) ? Double.toString(v) : null;
    }
}
