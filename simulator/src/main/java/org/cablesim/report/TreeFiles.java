package org.cablesim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes JSON and YAML trees as result files: pretty JSON, and YAML without a document marker whose strings are
 * quoted only where a reader would otherwise take them for numbers or booleans ({@code '1'} stays a string).
 */
public final class TreeFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private TreeFiles() {
    }

    /** A mapper for building JSON trees (and reading them back). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** The tree as pretty-printed JSON text with a final line end. */
    public static String jsonText(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** The tree as YAML text. */
    public static String yamlText(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a YAML tree", e);
        }
    }

    /** Writes the tree as pretty JSON (UTF-8). */
    public static void writeJson(Path file, JsonNode tree) throws IOException {
        Files.writeString(file, jsonText(tree), StandardCharsets.UTF_8);
    }

    /** Writes the tree as YAML (UTF-8), after an optional comment header (each line prefixed with {@code # }). */
    public static void writeYaml(Path file, String header, JsonNode tree) throws IOException {
        StringBuilder text = new StringBuilder();
        if (header != null && !header.isEmpty()) {
            for (String line : header.split("\n", -1)) {
                text.append(line.isEmpty() ? "#" : "# " + line).append('\n');
            }
        }
        text.append(yamlText(tree));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
