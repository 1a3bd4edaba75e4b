package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenario files checked by an independent JSON Schema validator (networknt, draft 2020-12) against the generated
 * schema agree with the reader: the schema accepts every file the reader accepts, rejects field-level mistakes,
 * and for every field of the shipped scenarios rejects a wrong type, an unknown field and an out-of-range number
 * exactly when the reader does.
 */
class ScenarioSchemaValidationTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA_TREE = parseSchema();
    private static final JsonSchema SCHEMA = FACTORY.getSchema(SCHEMA_TREE);
    private static final Path SHIPPED = Path.of("..", "scenarios");

    @Test
    void schemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(SCHEMA_TREE));
    }

    static Stream<Path> shippedAndValidScenarios() throws IOException {
        return Stream.concat(scenarioFiles(SHIPPED), scenarioFiles(TestFiles.scenario("valid")));
    }

    @ParameterizedTest
    @MethodSource("shippedAndValidScenarios")
    void validScenariosAreAcceptedByReaderAndSchema(Path file) throws Exception {
        ScenarioReader.read(file);
        assertEquals(Set.of(), SCHEMA.validate(tree(file)), file.toString());
    }

    static Stream<Path> everyTestScenario() throws IOException {
        return Stream.of("valid", "infeasible", "invalid").flatMap(dir -> {
            try {
                return scenarioFiles(TestFiles.scenario(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The schema is never stricter than the reader: it checks field by field what the reader checks. */
    @ParameterizedTest
    @MethodSource("everyTestScenario")
    void schemaAcceptsWhateverTheReaderAccepts(Path file) throws IOException {
        JsonNode tree = tree(file);
        if (tree == null) {
            return; // malformed or empty: there is no tree to check
        }
        if (readerAccepts(file)) {
            assertEquals(Set.of(), SCHEMA.validate(tree), file.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-top-field.yaml", "unknown-tier-field.yaml", "plan-unknown-trunk-field.yaml",
        "missing-schema-version.yaml", "wrong-schema-version.yaml", "missing-cluster.yaml",
        "bad-name.yaml", "servers-as-string.yaml", "bool-as-string.yaml",
        "seed-not-integer.yaml", "tiers-not-a-list.json", "servers-zero.yaml", "nics-zero.json",
        "rack-pitch-zero.yaml", "oversubscription-below-one.yaml", "lifecycle-zero-replications.yaml",
        "bad-topology.yaml", "bad-leaf-placement.yaml", "plan-bad-architecture.yaml",
        "plan-bad-capacity-policy.yaml", "plan-bad-polarity-method.yaml", "montecarlo-bad-method.yaml"})
    void fieldLevelMistakesAreRejectedByReaderAndSchema(String name) throws IOException {
        Path file = TestFiles.scenario("invalid/" + name);
        assertFalse(readerAccepts(file), name);
        assertFalse(SCHEMA.validate(tree(file)).isEmpty(), name + " passes the schema");
    }

    /**
     * Mutates every field of the shipped scenarios (except free-form catalog override values) three ways and
     * checks schema and reader agree: another type and an unknown field are always wrong; a number pushed to
     * ±10^13 is wrong exactly where the field is bounded.
     */
    @Test
    void schemaAndReaderAgreeOnMutatedShippedScenarios() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Path file : scenarioFiles(SHIPPED).toList()) {
            JsonNode original = tree(file);
            List<String> paths = new ArrayList<>();
            collect(original, "", paths);
            for (String path : paths) {
                JsonNode target = find(original, path);
                checked += check(file, original, path, "another type", disagreements,
                        parent -> replace(parent, path, otherType(target)), Expect.BOTH_REJECT);
                if (target.isObject()) {
                    checked += check(file, original, path, "an unknown field", disagreements,
                            parent -> ((ObjectNode) find(parent, path)).put("zzUnknown", 1), Expect.BOTH_REJECT);
                }
                if (target.isNumber()) {
                    for (long huge : new long[] {10_000_000_000_000L, -10_000_000_000_000L}) {
                        checked += check(file, original, path, Long.toString(huge), disagreements,
                                parent -> replace(parent, path, JsonNodeFactory.instance.numberNode(huge)),
                                Expect.AGREE);
                    }
                }
            }
        }
        assertTrue(checked > 300, "only " + checked + " mutations");
        assertEquals(List.of(), disagreements);
    }

    private enum Expect { BOTH_REJECT, AGREE }

    private static int check(Path file, JsonNode original, String path, String what, List<String> disagreements,
            Consumer<JsonNode> mutation, Expect expect) throws IOException {
        JsonNode mutated = original.deepCopy();
        mutation.accept(mutated);
        boolean reader = readerAccepts(MAPPER.writeValueAsString(mutated), file.getParent());
        boolean schema = SCHEMA.validate(mutated).isEmpty();
        boolean ok = expect == Expect.BOTH_REJECT ? !reader && !schema : reader == schema;
        if (!ok) {
            disagreements.add(file.getFileName() + " " + path + " set to " + what + ": reader "
                    + (reader ? "accepts" : "rejects") + ", schema " + (schema ? "accepts" : "rejects"));
        }
        return 1;
    }

    /** Paths ({@code /}-separated, list indices as numbers) of every node below the root. */
    private static void collect(JsonNode node, String path, List<String> paths) {
        if (path.equals("/catalog/overrides") || path.matches("/study/sweeps/\\d+/values")
                || path.matches("/study/designs/\\d+/factors/\\d+/values")
                || path.matches("/search/choices/\\d+/values")) {
            paths.add(path); // its values are free-form: checked by the reader (against the catalog, or by
            return;          // reading the scenario with each sweep, design or search value applied)
        }
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), path + "/" + name, paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static JsonNode find(JsonNode root, String path) {
        JsonNode node = root.at(path);
        assertFalse(node.isMissingNode(), path);
        return node;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = find(root, path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ArrayNode list) {
            list.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode otherType(JsonNode node) {
        return node.isTextual() ? JsonNodeFactory.instance.numberNode(7) : JsonNodeFactory.instance.textNode("x");
    }

    private static boolean readerAccepts(Path file) throws IOException {
        try {
            ScenarioReader.read(file);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static boolean readerAccepts(String json, Path baseDir) {
        try {
            ScenarioReader.read(json, "json", baseDir);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** The file's tree as the reader sees it; null when it does not parse. */
    private static JsonNode tree(Path file) throws IOException {
        FileFormat format = FileFormat.ofFile(file).orElseThrow();
        return TreeParser.parse(Files.readString(file, StandardCharsets.UTF_8), format, new Problems());
    }

    private static Stream<Path> scenarioFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
                    .filter(p -> !p.toString().endsWith(".schema.json"))
                    .sorted().toList();
            assertFalse(list.isEmpty(), dir.toString());
            return list.stream();
        }
    }

    private static JsonNode parseSchema() {
        try {
            JsonNode tree = MAPPER.readTree(ScenarioSchema.json());
            assertNotNull(tree);
            return tree;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
