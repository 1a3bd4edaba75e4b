package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.CatalogIssue;
import org.cablesim.catalog.InvalidCatalogException;
import org.cablesim.catalog.UnknownCatalogIdException;

/**
 * Applies partial overrides {@code <section>.<id>.<field>: value} (e.g. {@code lossClasses.grade-C.meanDb: 0.3},
 * or nested: {@code pmds.400GBASE-SR8.reaches.OM4.reachM: 120}) to existing entries. Each touched entry is
 * written back to its tree, edited, and read again with the same checks as a file entry, so a bad value is
 * reported at the override's own path. A null value removes the field (an optional field falls back to its
 * default). Ids may contain dots: the longest existing id that prefixes the key wins.
 */
final class CatalogOverrides {
    /** What an override key looks like before its id is looked up: {@code <section>.<id>.<field>[.<field>…]}. */
    static final Pattern KEY = Pattern.compile("(?:" + String.join("|", CatalogSection.ALL.stream()
            .map(CatalogSection::key).toList()) + ")\\..+\\..+");

    private CatalogOverrides() {
    }

    /** The catalog with the overrides applied, or null after recording every problem under {@code path}. */
    static Catalog apply(Catalog catalog, JsonNode overrides, String path, Problems problems) {
        if (Values.describeFreeMapping(overrides, problems, KEY)) {
            return catalog;
        }
        int before = problems.size();
        if (!overrides.isObject()) {
            problems.add(path, "expected a mapping of '<section>.<id>.<field>: value', was "
                    + Values.describe(overrides));
            return null;
        }
        Map<String, Edited> edited = new LinkedHashMap<>();
        overrides.fields().forEachRemaining(e -> edit(catalog, e.getKey(), e.getValue(), path, problems, edited));
        Catalog.Builder builder = catalog.toBuilder();
        for (Edited entry : edited.values()) {
            String entryPath = TreePath.field(TreePath.field(path, entry.section.key()), entry.id);
            entry.section.readInto(builder, entry.id, entry.tree, entryPath, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return builder.build();
        } catch (InvalidCatalogException e) {
            for (CatalogIssue issue : e.issues()) {
                problems.add(TreePath.field(path, issue.path()), issue.message());
            }
            return null;
        }
    }

    private static void edit(Catalog catalog, String key, JsonNode value, String path, Problems problems,
            Map<String, Edited> edited) {
        String keyPath = TreePath.field(path, key);
        int dot = key.indexOf('.');
        CatalogSection<?> section = dot < 0 ? null : CatalogSection.ALL.stream()
                .filter(s -> s.key().equals(key.substring(0, dot))).findFirst().orElse(null);
        if (section == null) {
            problems.add(keyPath, "override keys are <section>.<id>.<field> with section one of: "
                    + String.join(", ", CatalogSection.ALL.stream().map(CatalogSection::key).toList()));
            return;
        }
        String rest = key.substring(dot + 1);
        String id = null;
        for (String candidate : section.entries().apply(catalog).keySet()) {
            if (rest.startsWith(candidate + ".") && (id == null || candidate.length() > id.length())) {
                id = candidate;
            }
        }
        if (id == null) {
            String guess = rest.contains(".") ? rest.substring(0, rest.lastIndexOf('.')) : rest;
            problems.add(keyPath, UnknownCatalogIdException.message(section.label(), guess,
                    section.entries().apply(catalog).keySet())
                    + "; overrides change existing entries, new entries go under '" + section.key()
                    + "' in a catalog file");
            return;
        }
        String[] segments = rest.substring(id.length() + 1).split("\\.", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                problems.add(keyPath, "empty field name in override key");
                return;
            }
        }
        String editKey = section.key() + "\u0000" + id;
        Edited entry = edited.get(editKey);
        if (entry == null) {
            entry = new Edited(section, id, section.treeOf(catalog, id));
            edited.put(editKey, entry);
        }
        ObjectNode target = entry.tree;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode child = target.get(segments[i]);
            if (child == null) {
                target = target.putObject(segments[i]);
            } else if (child.isObject()) {
                target = (ObjectNode) child;
            } else {
                problems.add(keyPath, "'" + segments[i] + "' is " + Values.describe(child)
                        + ", not a mapping: override the whole field instead");
                return;
            }
        }
        String field = segments[segments.length - 1];
        if (value.isNull()) {
            target.remove(field);
        } else {
            target.set(field, value.deepCopy());
        }
    }

    /** An entry's tree being edited by one or more override keys. */
    private record Edited(CatalogSection<?> section, String id, ObjectNode tree) {
    }
}
