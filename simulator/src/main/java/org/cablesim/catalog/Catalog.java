package org.cablesim.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The effective catalog: PMDs (and their aliases), connector and fibre types, loss and reflectance classes, prices,
 * labour, stock lengths, cassette, harness, copper cable types and cable builds, each keyed by id. Immutable and
 * consistent from birth (every PMD names a connector, polish, positions and fibre types the catalog holds; every
 * cassette names connectors of the geometry its fibre map needs). Lookups by id either throw
 * {@link UnknownCatalogIdException} ({@code pmd(id)}) or return an Optional ({@code findPmd(id)}); ids sorted.
 */
public final class Catalog {
    private final EntryMap<Pmd> pmds;
    private final EntryMap<ConnectorType> connectors;
    private final EntryMap<FibreType> fibres;
    private final EntryMap<LossClass> lossClasses;
    private final EntryMap<ReflectanceClass> reflectanceClasses;
    private final EntryMap<PriceEntry> prices;
    private final EntryMap<LabourEntry> labour;
    private final EntryMap<LengthBins> lengthBins;
    private final EntryMap<CassetteType> cassettes;
    private final EntryMap<HarnessType> harnesses;
    private final EntryMap<PmdAlias> pmdAliases;
    private final EntryMap<CopperCable> copperCables;
    private final CableBuilds cableBuilds;

    /** An empty catalog (no entries); the shipped defaults come from {@code org.cablesim.io.CatalogReader}. */
    public Catalog() {
        this(new Builder());
    }

    private Catalog(Builder b) {
        this.pmds = new EntryMap<>("PMD", b.pmds);
        this.connectors = new EntryMap<>("connector", b.connectors);
        this.fibres = new EntryMap<>("fibre type", b.fibres);
        this.lossClasses = new EntryMap<>("loss class", b.lossClasses);
        this.reflectanceClasses = new EntryMap<>("reflectance class", b.reflectanceClasses);
        this.prices = new EntryMap<>("price", b.prices);
        this.labour = new EntryMap<>("labour entry", b.labour);
        this.lengthBins = new EntryMap<>("length bins", b.lengthBins);
        this.cassettes = new EntryMap<>("cassette", b.cassettes);
        this.harnesses = new EntryMap<>("harness", b.harnesses);
        this.pmdAliases = new EntryMap<>("PMD alias", b.pmdAliases);
        this.copperCables = new EntryMap<>("copper cable", b.copperCables);
        this.cableBuilds = new CableBuilds(b.cableBuilds);
        List<CatalogIssue> issues = CatalogChecks.issues(this);
        if (!issues.isEmpty()) {
            throw new InvalidCatalogException(issues);
        }
    }

    /** A builder for a new catalog. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this catalog's entries. */
    public Builder toBuilder() {
        Builder b = new Builder();
        putInto(b);
        return b;
    }

    /**
     * A new catalog holding this catalog's entries with {@code overlay}'s entries added or replacing by id.
     *
     * @throws InvalidCatalogException when the merged entries no longer fit together
     */
    public Catalog merge(Catalog overlay) {
        Builder b = toBuilder();
        overlay.putInto(b);
        return b.build();
    }

    /** Adds (or replaces by id) every entry of this catalog in the builder. */
    private void putInto(Builder b) {
        b.pmds.putAll(pmds.asMap());
        b.connectors.putAll(connectors.asMap());
        b.fibres.putAll(fibres.asMap());
        b.lossClasses.putAll(lossClasses.asMap());
        b.reflectanceClasses.putAll(reflectanceClasses.asMap());
        b.prices.putAll(prices.asMap());
        b.labour.putAll(labour.asMap());
        b.lengthBins.putAll(lengthBins.asMap());
        b.cassettes.putAll(cassettes.asMap());
        b.harnesses.putAll(harnesses.asMap());
        b.pmdAliases.putAll(pmdAliases.asMap());
        b.copperCables.putAll(copperCables.asMap());
        b.cableBuilds.putAll(cableBuilds.entries().asMap());
    }

    /** The PMD with this id or alias; throws when neither is known. */
    public Pmd pmd(String id) {
        return findPmd(id).orElseGet(() -> pmds.get(id));
    }

    /** The PMD with this id, or with this alias ({@code NDR}, {@code XDR}, …). */
    public Optional<Pmd> findPmd(String id) {
        Optional<Pmd> direct = pmds.find(id);
        return direct.isPresent() ? direct : pmdAliases.find(id).flatMap(a -> pmds.find(a.pmdId()));
    }

    public List<String> pmdIds() {
        return pmds.ids();
    }

    public SortedMap<String, Pmd> pmds() {
        return pmds.asMap();
    }

    public ConnectorType connector(String id) {
        return connectors.get(id);
    }

    public Optional<ConnectorType> findConnector(String id) {
        return connectors.find(id);
    }

    public List<String> connectorIds() {
        return connectors.ids();
    }

    public SortedMap<String, ConnectorType> connectors() {
        return connectors.asMap();
    }

    public FibreType fibre(String id) {
        return fibres.get(id);
    }

    public Optional<FibreType> findFibre(String id) {
        return fibres.find(id);
    }

    public List<String> fibreIds() {
        return fibres.ids();
    }

    public SortedMap<String, FibreType> fibres() {
        return fibres.asMap();
    }

    public LossClass lossClass(String id) {
        return lossClasses.get(id);
    }

    public Optional<LossClass> findLossClass(String id) {
        return lossClasses.find(id);
    }

    public List<String> lossClassIds() {
        return lossClasses.ids();
    }

    public SortedMap<String, LossClass> lossClasses() {
        return lossClasses.asMap();
    }

    public ReflectanceClass reflectanceClass(String id) {
        return reflectanceClasses.get(id);
    }

    public Optional<ReflectanceClass> findReflectanceClass(String id) {
        return reflectanceClasses.find(id);
    }

    public SortedMap<String, ReflectanceClass> reflectanceClasses() {
        return reflectanceClasses.asMap();
    }

    /**
     * The reflectance class of a clean mated pair: {@code MM} for any multimode connection, else the polish name.
     *
     * @throws UnknownCatalogIdException when the catalog lacks that class
     */
    public ReflectanceClass reflectanceFor(Polish polish, FibreKind kind) {
        return reflectanceClasses.get(kind == FibreKind.MMF ? "MM" : polish.name());
    }

    public PriceEntry price(String id) {
        return prices.get(id);
    }

    public Optional<PriceEntry> findPrice(String id) {
        return prices.find(id);
    }

    public List<String> priceIds() {
        return prices.ids();
    }

    public SortedMap<String, PriceEntry> prices() {
        return prices.asMap();
    }

    public LabourEntry labour(String id) {
        return labour.get(id);
    }

    public Optional<LabourEntry> findLabour(String id) {
        return labour.find(id);
    }

    public SortedMap<String, LabourEntry> labour() {
        return labour.asMap();
    }

    public LengthBins lengthBins(String id) {
        return lengthBins.get(id);
    }

    public Optional<LengthBins> findLengthBins(String id) {
        return lengthBins.find(id);
    }

    public SortedMap<String, LengthBins> lengthBins() {
        return lengthBins.asMap();
    }

    public CassetteType cassette(String id) {
        return cassettes.get(id);
    }

    public Optional<CassetteType> findCassette(String id) {
        return cassettes.find(id);
    }

    public List<String> cassetteIds() {
        return cassettes.ids();
    }

    public SortedMap<String, CassetteType> cassettes() {
        return cassettes.asMap();
    }

    public HarnessType harness(String id) {
        return harnesses.get(id);
    }

    public Optional<HarnessType> findHarness(String id) {
        return harnesses.find(id);
    }

    public List<String> harnessIds() {
        return harnesses.ids();
    }

    public SortedMap<String, HarnessType> harnesses() {
        return harnesses.asMap();
    }

    /** Other names of PMDs, by alias. */
    public SortedMap<String, PmdAlias> pmdAliases() {
        return pmdAliases.asMap();
    }

    public Optional<CopperCable> findCopperCable(String id) {
        return copperCables.find(id);
    }

    public List<String> copperCableIds() {
        return copperCables.ids();
    }

    public SortedMap<String, CopperCable> copperCables() {
        return copperCables.asMap();
    }

    /** Cable builds (OD, bend radius, weight) and which one a cable takes. */
    public CableBuilds cableBuilds() {
        return cableBuilds;
    }

    private List<EntryMap<?>> sections() {
        return List.of(pmds, connectors, fibres, lossClasses, reflectanceClasses, prices, labour, lengthBins,
                cassettes, harnesses, pmdAliases, copperCables, cableBuilds.entries());
    }

    /** Whether the catalog holds no entry at all. */
    public boolean isEmpty() {
        return sections().stream().allMatch(m -> m.ids().isEmpty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog other && sections().equals(other.sections());
    }

    @Override
    public int hashCode() {
        return sections().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Catalog[");
        for (EntryMap<?> m : sections()) {
            b.append(b.length() > 8 ? ", " : "").append(m.ids().size()).append(' ').append(m.kind());
        }
        return b.append(']').toString();
    }

    /** Collects entries (a later entry with the same id replaces an earlier one) and builds a checked catalog. */
    public static final class Builder {
        private final Map<String, Pmd> pmds = new LinkedHashMap<>();
        private final Map<String, ConnectorType> connectors = new LinkedHashMap<>();
        private final Map<String, FibreType> fibres = new LinkedHashMap<>();
        private final Map<String, LossClass> lossClasses = new LinkedHashMap<>();
        private final Map<String, ReflectanceClass> reflectanceClasses = new LinkedHashMap<>();
        private final Map<String, PriceEntry> prices = new LinkedHashMap<>();
        private final Map<String, LabourEntry> labour = new LinkedHashMap<>();
        private final Map<String, LengthBins> lengthBins = new LinkedHashMap<>();
        private final Map<String, CassetteType> cassettes = new LinkedHashMap<>();
        private final Map<String, HarnessType> harnesses = new LinkedHashMap<>();
        private final Map<String, PmdAlias> pmdAliases = new LinkedHashMap<>();
        private final Map<String, CopperCable> copperCables = new LinkedHashMap<>();
        private final Map<String, CableBuild> cableBuilds = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder pmd(Pmd entry) {
            pmds.put(entry.id(), entry);
            return this;
        }

        public Builder connector(ConnectorType entry) {
            connectors.put(entry.id(), entry);
            return this;
        }

        public Builder fibre(FibreType entry) {
            fibres.put(entry.id(), entry);
            return this;
        }

        public Builder lossClass(LossClass entry) {
            lossClasses.put(entry.id(), entry);
            return this;
        }

        public Builder reflectanceClass(ReflectanceClass entry) {
            reflectanceClasses.put(entry.id(), entry);
            return this;
        }

        public Builder price(PriceEntry entry) {
            prices.put(entry.id(), entry);
            return this;
        }

        public Builder labour(LabourEntry entry) {
            labour.put(entry.id(), entry);
            return this;
        }

        public Builder lengthBins(LengthBins entry) {
            lengthBins.put(entry.id(), entry);
            return this;
        }

        public Builder cassette(CassetteType entry) {
            cassettes.put(entry.id(), entry);
            return this;
        }

        public Builder harness(HarnessType entry) {
            harnesses.put(entry.id(), entry);
            return this;
        }

        public Builder pmdAlias(PmdAlias entry) {
            pmdAliases.put(entry.id(), entry);
            return this;
        }

        public Builder copperCable(CopperCable entry) {
            copperCables.put(entry.id(), entry);
            return this;
        }

        public Builder cableBuild(CableBuild entry) {
            cableBuilds.put(entry.id(), entry);
            return this;
        }

        /**
         * The catalog of the entries collected so far.
         *
         * @throws InvalidCatalogException listing every cross-reference that does not resolve
         */
        public Catalog build() {
            return new Catalog(this);
        }
    }
}
