package org.cablesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Merging two readings of one place accepts what either accepts, and refuses readings that contradict. */
class SchemaMergeTest {
    @Test
    void emptyIsTheIdentity() {
        ObjectNode a = json("{\"type\":\"integer\",\"minimum\":1}");
        assertEquals(a, SchemaMerge.merge(json("{}"), a, "x"));
        assertEquals(a, SchemaMerge.merge(a, json("{}"), "x"));
    }

    @Test
    void fieldsAreUnitedAndRequiredIntersected() {
        ObjectNode a = json("{\"type\":\"object\",\"properties\":{\"p\":{},\"q\":{\"type\":\"string\"}},"
                + "\"required\":[\"p\",\"q\"],\"additionalProperties\":false}");
        ObjectNode b = json("{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"integer\"},\"q\":{}},"
                + "\"required\":[\"q\"],\"additionalProperties\":false}");
        assertEquals(json("{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"integer\"},"
                + "\"q\":{\"type\":\"string\"}},\"required\":[\"q\"],\"additionalProperties\":false}"),
                SchemaMerge.merge(a, b, ""));
    }

    @Test
    void noCommonRequiredFieldDropsTheKeyword() {
        ObjectNode a = json("{\"type\":\"object\",\"required\":[\"p\"]}");
        ObjectNode b = json("{\"type\":\"object\",\"required\":[\"q\"]}");
        assertEquals(json("{\"type\":\"object\"}"), SchemaMerge.merge(a, b, ""));
    }

    @Test
    void disagreeingDefaultsAndOneSidedConstraintsAreDropped() {
        ObjectNode a = json("{\"type\":\"string\",\"pattern\":\"^a$\",\"default\":\"server-leaf\"}");
        ObjectNode b = json("{\"type\":\"string\",\"default\":\"leaf-spine\"}");
        assertEquals(json("{\"type\":\"string\"}"), SchemaMerge.merge(a, b, ""));
    }

    @Test
    void contradictingReadingsFailWithThePath() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SchemaMerge.merge(
                json("{\"properties\":{\"n\":{\"type\":\"integer\"}}}"),
                json("{\"properties\":{\"n\":{\"type\":\"string\"}}}"), "fabric"));
        assertTrue(e.getMessage().contains("fabric.n"), e.getMessage());
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
