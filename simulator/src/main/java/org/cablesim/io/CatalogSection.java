package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.cablesim.catalog.Catalog;

/**
 * One kind of catalog entry as it appears in a catalog file: its section key ({@code pmds}), the label used in
 * messages ({@code PMD}), and how to read, write, add and look up its entries.
 *
 * @param key     section key in the file and first segment of override keys
 * @param label   name of the kind in messages
 * @param reader  reads one entry (id, node, path, problems), null on problems
 * @param writer  writes one entry back to its tree
 * @param adder   adds (or replaces by id) one entry in a builder
 * @param entries the entries of this kind in a catalog
 */
record CatalogSection<T>(
        String key,
        String label,
        EntryReader<T> reader,
        Function<T, ObjectNode> writer,
        BiConsumer<Catalog.Builder, T> adder,
        Function<Catalog, SortedMap<String, T>> entries) {

    /** Reads one entry of a kind from its tree. */
    @FunctionalInterface
    interface EntryReader<T> {
        T read(String id, JsonNode node, String path, Problems problems);
    }

    /** Every kind, in the order a catalog file lists them. */
    static final List<CatalogSection<?>> ALL = List.of(
            new CatalogSection<>("pmds", "PMD", CatalogEntries::pmd, CatalogTrees::pmd,
                    Catalog.Builder::pmd, Catalog::pmds),
            new CatalogSection<>("connectors", "connector", CatalogEntries::connector, CatalogTrees::connector,
                    Catalog.Builder::connector, Catalog::connectors),
            new CatalogSection<>("fibres", "fibre type", CatalogEntries::fibre, CatalogTrees::fibre,
                    Catalog.Builder::fibre, Catalog::fibres),
            new CatalogSection<>("lossClasses", "loss class", CatalogEntries::lossClass, CatalogTrees::lossClass,
                    Catalog.Builder::lossClass, Catalog::lossClasses),
            new CatalogSection<>("reflectanceClasses", "reflectance class", CatalogEntries::reflectanceClass,
                    CatalogTrees::reflectanceClass, Catalog.Builder::reflectanceClass, Catalog::reflectanceClasses),
            new CatalogSection<>("prices", "price", CatalogEntries::price, CatalogTrees::price,
                    Catalog.Builder::price, Catalog::prices),
            new CatalogSection<>("labour", "labour entry", CatalogEntries::labour, CatalogTrees::labour,
                    Catalog.Builder::labour, Catalog::labour),
            new CatalogSection<>("lengthBins", "length bins", CatalogEntries::lengthBins, CatalogTrees::lengthBins,
                    Catalog.Builder::lengthBins, Catalog::lengthBins),
            new CatalogSection<>("cassettes", "cassette", CatalogEntries::cassette, CatalogTrees::cassette,
                    Catalog.Builder::cassette, Catalog::cassettes),
            new CatalogSection<>("harnesses", "harness", CatalogCableEntries::harness, CatalogTrees::harness,
                    Catalog.Builder::harness, Catalog::harnesses),
            new CatalogSection<>("copperCables", "copper cable", CatalogCableEntries::copperCable,
                    CatalogTrees::copperCable, Catalog.Builder::copperCable, Catalog::copperCables),
            new CatalogSection<>("cableBuilds", "cable build", CatalogCableEntries::cableBuild,
                    CatalogTrees::cableBuild, Catalog.Builder::cableBuild, c -> c.cableBuilds().asMap()),
            new CatalogSection<>("pmdAliases", "PMD alias", CatalogEntries::pmdAlias, CatalogTrees::pmdAlias,
                    Catalog.Builder::pmdAlias, Catalog::pmdAliases));

    /** Reads an entry and, when valid, adds it to the builder; returns whether it was valid. */
    boolean readInto(Catalog.Builder builder, String id, JsonNode node, String path, Problems problems) {
        T entry = reader.read(id, node, path, problems);
        if (entry != null) {
            adder.accept(builder, entry);
        }
        return entry != null;
    }

    /** The tree of the catalog's entry with this id (the entry must exist). */
    ObjectNode treeOf(Catalog catalog, String id) {
        return writer.apply(entries.apply(catalog).get(id));
    }
}
