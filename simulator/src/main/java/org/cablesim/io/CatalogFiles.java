package org.cablesim.io;

import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.CatalogIssue;
import org.cablesim.catalog.InvalidCatalogException;

/**
 * Applies one catalog file's tree on top of a base catalog: its entries add or replace whole entries by id,
 * then its {@code overrides} change single fields. Problem paths are relative to the file
 * ({@code pmds.400GBASE-DR4.reaches}).
 */
final class CatalogFiles {
    private CatalogFiles() {
    }

    /** The merged catalog, or null after recording every problem found. */
    static Catalog apply(Catalog base, JsonNode root, Problems problems) {
        int before = problems.size();
        String[] known = new String[CatalogSection.ALL.size() + 3];
        known[0] = "schemaVersion";
        known[1] = "description";
        known[2] = "overrides";
        for (int i = 0; i < CatalogSection.ALL.size(); i++) {
            known[i + 3] = CatalogSection.ALL.get(i).key();
        }
        Fields top = Fields.of(root, "", problems, known);
        if (top.isBroken()) {
            return null;
        }
        SchemaVersion.check(top);
        top.optionalText("description", "", null);
        Catalog.Builder builder = base.toBuilder();
        for (CatalogSection<?> section : CatalogSection.ALL) {
            Map<String, JsonNode> entries = top.entries(section.key(), false);
            if (entries == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
                String path = TreePath.field(section.key(), e.getKey());
                if (!CatalogEntries.ID.matcher(e.getKey()).matches()) {
                    problems.add(path, "id must match " + CatalogEntries.ID.pattern());
                    continue;
                }
                section.readInto(builder, e.getKey(), e.getValue(), path, problems);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Catalog merged;
        try {
            merged = builder.build();
        } catch (InvalidCatalogException e) {
            for (CatalogIssue issue : e.issues()) {
                problems.add(issue.path(), issue.message());
            }
            return null;
        }
        JsonNode overrides = top.get("overrides");
        return overrides == null ? merged : CatalogOverrides.apply(merged, overrides, "overrides", problems);
    }
}
