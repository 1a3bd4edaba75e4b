package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The report must render any summary: every number of the rich sample is replaced by values from an edge-case
 * pool (zero, negative zero, negatives, extremes of the double range, non-finite values Jackson can hold),
 * some by strings, booleans or nulls, and some fields are removed; rendering must not throw and must stay
 * deterministic.
 */
class HtmlReportProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SAMPLE;

    static {
        try {
            SAMPLE = MAPPER.readTree(HtmlReportBrowserTest.sample());
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Property(tries = 30, seed = "6")
    void anyMutationOfTheSampleRenders(@ForAll("mutations") List<Integer> choices) {
        JsonNode summary = mutate(SAMPLE.deepCopy(), choices.iterator());
        String html = HtmlReport.render(summary);
        assertTrue(html.endsWith("</html>\n"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertEquals(html, HtmlReport.render(summary.deepCopy()));
    }

    @Provide
    Arbitrary<List<Integer>> mutations() {
        return Arbitraries.integers().between(0, 99).list().ofSize(400);
    }

    private static final JsonNode[] REPLACEMENTS = {
        JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(-0.0),
        JsonNodeFactory.instance.numberNode(-1.5), JsonNodeFactory.instance.numberNode(1e-300),
        JsonNodeFactory.instance.numberNode(Double.MIN_VALUE), JsonNodeFactory.instance.numberNode(1e300),
        JsonNodeFactory.instance.numberNode(Double.MAX_VALUE), JsonNodeFactory.instance.numberNode(-Double.MAX_VALUE),
        JsonNodeFactory.instance.numberNode(Double.NaN), JsonNodeFactory.instance.numberNode(Double.POSITIVE_INFINITY),
        JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.numberNode(2),
        JsonNodeFactory.instance.textNode("12"), JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.arrayNode(),
    };

    /** Walks the tree; at each number, consumes a choice: below 40 keeps it, else replaces or (at 99) removes it. */
    private static JsonNode mutate(JsonNode node, Iterator<Integer> choices) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> names = new java.util.ArrayList<>();
            fields.forEachRemaining(e -> names.add(e.getKey()));
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isValueNode()) {
                    int choice = next(choices);
                    if (choice == 99) {
                        object.remove(name);
                    } else if (choice >= 40) {
                        object.set(name, REPLACEMENTS[choice % REPLACEMENTS.length]);
                    }
                } else {
                    mutate(child, choices);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isValueNode()) {
                    int choice = next(choices);
                    if (choice >= 40) {
                        array.set(i, REPLACEMENTS[choice % REPLACEMENTS.length]);
                    }
                } else {
                    mutate(child, choices);
                }
            }
        }
        return node;
    }

    private static int next(Iterator<Integer> choices) {
        return choices.hasNext() ? choices.next() : 0;
    }
}
