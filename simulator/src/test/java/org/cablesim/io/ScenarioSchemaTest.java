package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema generated from the readers: it is the shipped one, every field the readers declare is in it with the
 * bounds, names and defaults the readers use, and rules that depend on other fields are not made unconditional.
 */
class ScenarioSchemaTest {
    private static final Path SHIPPED = Path.of("..", "scenarios", ScenarioSchema.FILE_NAME);
    private static final ObjectNode SCHEMA = ScenarioSchema.generate();

    @Test
    void shippedSchemaIsTheGeneratedOne() throws IOException {
        assertEquals(ScenarioSchema.json(), Files.readString(SHIPPED, StandardCharsets.UTF_8),
                "regenerate with ./cablesim schema --out scenarios/scenario.schema.json --force");
    }

    @Test
    void shippedScenariosPointEditorsAtTheSchema() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED.getParent())) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .toList();
            assertFalse(yaml.isEmpty());
            for (Path file : yaml) {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
                assertEquals("# yaml-language-server: $schema=./" + ScenarioSchema.FILE_NAME, first, file.toString());
            }
        }
    }

    @Test
    void headerNamesDraftAndId() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").asText());
        assertEquals(ScenarioSchema.ID, SCHEMA.get("$id").asText());
        assertTrue(SCHEMA.get("description").asText().contains("cablesim validate"));
    }

    @Test
    void everyDeclaredFieldIsAPropertyInDeclaredOrderAndNoOther() {
        assertFields(SCHEMA, ScenarioParser.FIELDS);
        assertFields(at("cluster"), ClusterReader.FIELDS);
        assertFields(at("fabric"), FabricReader.FIELDS);
        assertFields(at("fabric", "tiers", "[]"), FabricReader.TIER_FIELDS);
        assertFields(at("floor"), FloorReader.FIELDS);
        assertFields(at("catalog"), ScenarioCatalogReader.FIELDS);
        assertFields(at("plans", "[]"), PlansReader.FIELDS);
        assertFields(at("plans", "[]", "tiers", "*"), TierCablingReader.FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "trunk"), TierCablingReader.TRUNK_FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "cords"), TierCablingReader.CORDS_FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "cords", "upper"), TierCablingReader.CORD_FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "jumpers"), TierCablingReader.JUMPER_FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "cassette"), TierCablingReader.CASSETTE_FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "panels"), TierCablingReader.PANEL_FIELDS);
        assertFields(at("plans", "[]", "tiers", "*", "lossClasses"), TierCablingReader.LOSS_FIELDS);
        assertFields(at("montecarlo"), MonteCarloSection.FIELDS);
        assertFields(at("lifecycle"), LifecycleSection.FIELDS);
        assertFields(at("study"), StudySection.FIELDS);
    }

    @Test
    void requiredFieldsAreThoseTheReadersRequire() {
        assertEquals(List.of("schemaVersion", "name", "cluster", "fabric"), names(SCHEMA.get("required")));
        assertEquals(List.of("servers"), names(at("cluster").get("required")));
        assertEquals(List.of("pmd"), names(at("fabric", "tiers", "[]").get("required")));
        assertEquals(List.of("name"), names(at("plans", "[]").get("required")));
        assertEquals(List.of("id"), names(at("plans", "[]", "tiers", "*", "cassette").get("required")));
        assertFalse(at("floor").has("required"));
    }

    @Test
    void fieldsReadOnlyForSomeEnumValueAreDescribedButNotRequired() {
        // serversPerUnit is required for rail-optimized only, serversPerLeaf read for leaf-spine only: both
        // branches were read, and neither field became required for every topology.
        assertEquals(List.of("topology", "switchRadix", "switchPortSpeedGbps", "tiers"),
                names(at("fabric").get("required")));
        assertSchema("{\"type\":\"integer\",\"minimum\":1,\"maximum\":100000}", at("fabric", "serversPerUnit"));
        assertSchema("{\"type\":\"integer\",\"minimum\":0,\"maximum\":100000,\"default\":0}",
                at("fabric", "serversPerLeaf"));
    }

    @Test
    void typesBoundsNamesAndDefaultsAreTheReaders() {
        assertSchema("{\"type\":\"integer\",\"const\":1}", at("schemaVersion"));
        assertSchema("{\"type\":\"integer\",\"minimum\":1,\"maximum\":1000000}", at("cluster", "servers"));
        assertSchema("{\"type\":\"number\",\"exclusiveMinimum\":0,\"maximum\":5,\"default\":0.6}",
                at("floor", "rackPitchM"));
        assertSchema("{\"type\":\"number\",\"minimum\":1,\"maximum\":64,\"default\":1}",
                at("fabric", "oversubscription"));
        assertSchema("{\"type\":\"integer\",\"default\":1}", at("seed"));
        assertSchema("{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9._-]+$\"}", at("name"));
        assertEquals(Spellings.LEAF_PLACEMENT.names(), names(at("floor", "leafPlacement", "enum")));
        assertEquals("end-of-row", at("floor", "leafPlacement", "default").asText());
        assertEquals(Spellings.ARCHITECTURE.names(), names(at("plans", "[]", "tiers", "*", "architecture", "enum")));
        assertSchema("{\"type\":\"boolean\",\"default\":false}",
                at("plans", "[]", "tiers", "*", "trunk", "legsReversed"));
        assertSchema("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", at("catalog", "files"));
        assertTrue(at("catalog", "overrides", "propertyNames", "pattern").asText().contains("lossClasses"));
    }

    @Test
    void defaultsComputedFromOtherFieldsAreLeftOut() {
        // A tier's name defaults by its index, the study baseline to the first plan, legs to the cassette's.
        assertFalse(at("fabric", "tiers", "[]", "name").has("default"));
        assertFalse(at("study", "baseline").has("default"));
        assertFalse(at("plans", "[]", "tiers", "*", "trunk", "legs").has("default"));
        assertEquals("", at("plans", "[]", "description", "default").asText());
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(ScenarioSchema.json(), ScenarioSchema.json());
    }

    @Test
    void describingLeavesNormalReadingAlone() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read("schemaVersion: 1\nname: x\n", "yaml", null));
        assertEquals(List.of("cluster: required field missing", "fabric: required field missing"),
                e.problems().stream().map(Problem::toString).toList());
    }

    /** The sub-schema at a path of field names, {@code []} for list items and {@code *} for keyed values. */
    private static JsonNode at(String... path) {
        JsonNode node = SCHEMA;
        for (String step : path) {
            node = switch (step) {
                case "[]" -> node.get("items");
                case "*" -> node.get("additionalProperties");
                default -> node.has("properties") && node.get("properties").has(step) ? node.get("properties").get(step)
                        : node.get(step);
            };
            if (node == null) {
                throw new AssertionError("no " + String.join("/", path) + " in the schema");
            }
        }
        return node;
    }

    private static void assertFields(JsonNode schema, String[] declared) {
        assertEquals("object", schema.get("type").asText());
        assertEquals(List.of(declared), names(schema.get("properties")));
        assertEquals(false, schema.get("additionalProperties").asBoolean(true));
    }

    /** Field names of an object, or the texts of an array. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        } else {
            node.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    /** Compares as JSON text: the generator writes whole numbers as longs, the parser as ints. */
    private static void assertSchema(String expected, JsonNode actual) {
        assertEquals(json(expected).toString(), actual.toString());
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
