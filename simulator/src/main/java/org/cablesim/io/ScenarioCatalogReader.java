package org.cablesim.io;

import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.catalog.Catalog;

/**
 * Reads the scenario's {@code catalog} section into the effective catalog: built-in defaults, then each file in
 * {@code files} (relative to the scenario's directory) in order, then the inline {@code overrides}. A problem
 * inside a catalog file is reported at {@code catalog.files[i]} with the file's own path in the message.
 */
final class ScenarioCatalogReader {
    static final String[] FIELDS = {"files", "overrides"};

    private ScenarioCatalogReader() {
    }

    /** The effective catalog, or null when any file or override is invalid (reported). */
    static Catalog read(Fields f, Path baseDir) {
        Problems problems = f.problems();
        Catalog current = CatalogReader.builtIn();
        boolean ok = !f.isBroken();
        List<JsonNode> files = f.list("files", false);
        if (files == null) {
            ok &= !f.has("files");
            files = List.of();
        }
        for (int i = 0; i < files.size(); i++) {
            Catalog next = readFile(files.get(i), TreePath.index(f.pathOf("files"), i), baseDir, current, problems);
            ok &= next != null;
            current = next == null ? current : next;
        }
        JsonNode overrides = f.get("overrides");
        if (overrides != null) {
            Catalog next = CatalogOverrides.apply(current, overrides, f.pathOf("overrides"), problems);
            ok &= next != null;
            current = next == null ? current : next;
        }
        return ok ? current : null;
    }

    private static Catalog readFile(JsonNode node, String path, Path baseDir, Catalog base, Problems problems) {
        String name = Values.toText(node, path, problems, null);
        if (name == null) {
            return null;
        }
        if (baseDir == null) {
            problems.add(path, "a catalog file needs the scenario's directory to resolve '" + name + "'");
            return null;
        }
        Path file;
        try {
            file = baseDir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            problems.add(path, "not a valid path: '" + name + "'");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(path, "catalog file not found: " + file);
            return null;
        }
        FileFormat format = FileFormat.ofFile(file).orElse(null);
        if (format == null) {
            problems.add(path, "catalog file must end in .yaml, .yml or .json: " + file);
            return null;
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(path, "cannot read " + file + ": " + e.getMessage());
            return null;
        }
        Problems inner = new Problems();
        Catalog merged = CatalogReader.apply(content, format, base, inner);
        for (Problem p : inner.list()) {
            problems.add(path, name + ": " + p);
        }
        return merged;
    }
}
