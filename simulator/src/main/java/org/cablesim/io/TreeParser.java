package org.cablesim.io;

import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML or JSON text into a Jackson tree, turning syntax errors (including duplicate keys) into one
 * {@code (file)} problem with line and column. Validation of the tree is left to the section readers.
 */
final class TreeParser {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private TreeParser() {
    }

    /** The tree of {@code content}, or null after recording the problem. */
    static JsonNode parse(String content, FileFormat format, Problems problems) {
        ObjectMapper mapper = format == FileFormat.YAML ? YAML : JSON;
        JsonNode tree;
        try {
            if (format == FileFormat.YAML && hasAlias(content, problems)) {
                return null;
            }
            tree = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            problems.add(Problem.FILE, describe(e, format));
            return null;
        } catch (IOException e) {
            // Reading from a String never does I/O; anything else is a parser failure worth naming.
            problems.add(Problem.FILE, "cannot parse " + format + ": " + e.getMessage());
            return null;
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            problems.add(Problem.FILE, "the file is empty");
            return null;
        }
        return tree;
    }

    /**
     * Jackson's tree reader turns a YAML alias ({@code *name}) into the plain string "name", which would then
     * surface as a confusing type error; aliases are rejected with their position instead.
     */
    private static boolean hasAlias(String content, Problems problems) throws IOException {
        if (content.indexOf('*') < 0) {
            return false;
        }
        try (JsonParser parser = YAML.getFactory().createParser(content)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(Problem.FILE, "YAML alias at line " + at.getLineNr() + ", column "
                            + at.getColumnNr() + ": anchors and aliases are not supported, write the value out");
                    return true;
                }
            }
        }
        return false;
    }

    /** Mapper for writing trees back out as YAML. */
    static ObjectMapper yamlMapper() {
        return YAML;
    }

    private static String describe(JsonProcessingException e, FileFormat format) {
        int line;
        int column;
        String what;
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            // SnakeYAML knows where the problem is; Jackson's own location points at the last good token.
            Mark mark = marked.getProblemMark();
            line = mark.getLine() + 1;
            column = mark.getColumn() + 1;
            what = marked.getProblem();
        } else {
            JsonLocation location = e.getLocation();
            line = location == null ? -1 : location.getLineNr();
            column = location == null ? -1 : location.getColumnNr();
            what = e.getOriginalMessage();
        }
        String firstLine = what == null ? "syntax error" : what.lines().findFirst().orElse("syntax error");
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return "malformed " + format + where + ": " + firstLine;
    }
}
