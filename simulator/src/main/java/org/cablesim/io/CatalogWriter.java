package org.cablesim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.cablesim.catalog.Catalog;

/** Writes a whole catalog in the catalog-file format, e.g. to show users the effective catalog they can edit. */
public final class CatalogWriter {
    private CatalogWriter() {
    }

    /** The catalog as a tree in catalog-file form ({@code schemaVersion}, then one mapping per section). */
    public static ObjectNode toTree(Catalog catalog) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SchemaVersion.CURRENT);
        for (CatalogSection<?> section : CatalogSection.ALL) {
            write(root.putObject(section.key()), section, catalog);
        }
        return root;
    }

    /** The catalog as YAML text that {@link CatalogReader} reads back to an equal catalog. */
    public static String toYaml(Catalog catalog) {
        try {
            return TreeParser.yamlMapper().writeValueAsString(toTree(catalog));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a catalog tree", e);
        }
    }

    private static <T> void write(ObjectNode sectionNode, CatalogSection<T> section, Catalog catalog) {
        for (Map.Entry<String, T> entry : section.entries().apply(catalog).entrySet()) {
            sectionNode.set(entry.getKey(), section.writer().apply(entry.getValue()));
        }
    }
}
