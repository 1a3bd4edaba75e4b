package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.catalog.Catalog;

/**
 * Reads catalogs: the built-in defaults shipped as the catalog files under {@code org/cablesim/catalog/default/}
 * (applied in order, each on top of the last, so that one file stays small), and user catalog files (same format, YAML or JSON) whose entries add or replace built-in entries by id and whose
 * {@code overrides} change single fields. The format is documented in SCENARIO-FORMAT.md.
 */
public final class CatalogReader {
    /** The built-in catalog's parts, in the order they apply (a part may use the ids of the parts before it). */
    static final List<String> BUILT_IN_RESOURCES = List.of("1-media.yaml", "2-pmds-parallel-single-mode.yaml",
            "3-pmds-wdm-and-multimode.yaml", "4-cables-and-labour.yaml", "5-prices.yaml");
    private static final String BUILT_IN_FOLDER = "/org/cablesim/catalog/default/";

    private CatalogReader() {
    }

    /** The built-in catalog (read once; catalogs are immutable, so sharing it is safe). */
    public static Catalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * The built-in catalog with a user catalog file applied on top.
     *
     * @param file a .yaml, .yml or .json catalog file
     * @throws InvalidInputException listing every problem, with paths relative to the file
     * @throws IOException           when the file cannot be read
     */
    public static Catalog read(Path file) throws InvalidInputException, IOException {
        return read(file, builtIn());
    }

    /**
     * {@code base} with a user catalog file applied on top.
     *
     * @param file a .yaml, .yml or .json catalog file
     * @param base the catalog the file's entries add to or replace
     */
    public static Catalog read(Path file, Catalog base) throws InvalidInputException, IOException {
        FileFormat format = FileFormat.ofFile(file).orElseThrow(() -> new InvalidInputException(List.of(
                new Problem(Problem.FILE, "unsupported file extension: expected .yaml, .yml or .json"))));
        return read(Files.readString(file, StandardCharsets.UTF_8), format, base);
    }

    /**
     * {@code base} with catalog text applied on top.
     *
     * @param content catalog file text
     * @param format  {@code yaml} or {@code json}
     * @param base    the catalog the content's entries add to or replace
     */
    public static Catalog read(String content, String format, Catalog base) throws InvalidInputException {
        FileFormat parsed = FileFormat.ofName(format).orElseThrow(() -> new InvalidInputException(List.of(
                new Problem(Problem.FILE, "unsupported format '" + format + "': expected yaml or json"))));
        return read(content, parsed, base);
    }

    static Catalog read(String content, FileFormat format, Catalog base) throws InvalidInputException {
        Problems problems = new Problems();
        Catalog catalog = apply(content, format, base, problems);
        problems.throwIfAny();
        return catalog;
    }

    /** Parses and applies catalog text, recording problems instead of throwing; null when any was found. */
    static Catalog apply(String content, FileFormat format, Catalog base, Problems problems) {
        JsonNode tree = TreeParser.parse(content, format, problems);
        return tree == null ? null : CatalogFiles.apply(base, tree, problems);
    }

    /** Holds the built-in catalog, loaded on first use. */
    private static final class BuiltIn {
        static final Catalog CATALOG = load();

        private static Catalog load() {
            Catalog catalog = new Catalog();
            for (String part : BUILT_IN_RESOURCES) {
                try (InputStream in = CatalogReader.class.getResourceAsStream(BUILT_IN_FOLDER + part)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in catalog resource missing: " + BUILT_IN_FOLDER
                                + part);
                    }
                    catalog = read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FileFormat.YAML, catalog);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the built-in catalog part " + part, e);
                } catch (InvalidInputException e) {
                    throw new IllegalStateException("the built-in catalog part " + part + " is invalid:\n"
                            + e.getMessage(), e);
                }
            }
            return catalog;
        }
    }
}
