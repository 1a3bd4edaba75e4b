package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.cablesim.catalog.CassetteConversion;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreReach;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.LabourEntry;
import org.cablesim.catalog.LabourUnit;
import org.cablesim.catalog.LengthBins;
import org.cablesim.catalog.LossClass;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.PmdAlias;
import org.cablesim.catalog.Polish;
import org.cablesim.catalog.PriceEntry;
import org.cablesim.catalog.PriceUnit;
import org.cablesim.catalog.ReflectanceClass;
import org.cablesim.catalog.ReflectanceLimit;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.Family;

/**
 * Reads one catalog entry of each kind from its tree (the mapping under its id), checking every field and
 * reporting problems at {@code path.field}; returns null when anything was wrong. Cross-field rules the domain
 * records enforce are reported at the entry's own path.
 */
final class CatalogEntries {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");
    static final Pattern JACKET = Pattern.compile("|" + String.join("|", PriceEntry.JACKETS));

    static final String[] PMD_FIELDS = {"lanes", "litFibres", "txPositions", "rxPositions", "fibreKind", "reaches",
        "connectionAllocationDb", "attenuationDbPerKm", "mdiConnectorId", "mdiConnectorCount", "mdiPolish",
        "laneRateGbps", "portSpeedGbps", "reflectanceCountedAboveDb", "reflectanceTable", "source"};
    static final String[] CONNECTOR_FIELDS = {"fibresPerRow", "rows", "populatedPositions", "keyStyle",
        "polishOptions", "genderOptions", "source"};
    static final String[] FIBRE_FIELDS = {"kind", "attenuationDbPerKm", "wavelengthNm", "modeFieldDiameterUm",
        "coreDiameterUm", "source"};
    static final String[] LOSS_CLASS_FIELDS = {"meanDb", "maxDb", "maxPercentile", "family", "parameters",
        "samplesDb", "histogram", "plausibleFamilies", "source"};
    static final String[] REFLECTANCE_CLASS_FIELDS = {"maxReflectanceDb", "source"};
    static final String[] PRICE_FIELDS = {"unit", "priceUsd", "source", "partNumber", "jacket"};
    static final String[] LABOUR_FIELDS = {"unit", "minutes", "source"};
    static final String[] LENGTH_BIN_FIELDS = {"lengthsM", "customStepM", "source"};
    static final String[] CASSETTE_FIELDS = {"conversion", "rearConnectorId", "frontConnectorId", "frontPorts",
        "harness", "source"};
    static final String[] PMD_ALIAS_FIELDS = {"pmd", "source"};

    private static final double DEFAULT_REFLECTANCE_COUNTED_ABOVE_DB = -55.0;

    private CatalogEntries() {
    }

    static Pmd pmd(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, PMD_FIELDS);
        Integer lanes = f.requiredInt("lanes", 1, 64);
        Integer litFibres = f.requiredInt("litFibres", 1, 512);
        List<Integer> tx = f.intList("txPositions", true, 1, 64);
        List<Integer> rx = f.intList("rxPositions", true, 1, 64);
        FibreKind kind = f.requiredEnum("fibreKind", Spellings.FIBRE_KIND);
        List<FibreReach> reaches = reaches(f);
        Double allocation = f.requiredDouble("connectionAllocationDb", DoubleRange.closed(0, 100));
        Double attenuation = f.requiredDouble("attenuationDbPerKm", DoubleRange.closed(0, 100));
        String connector = f.requiredText("mdiConnectorId", ID);
        Integer connectorCount = f.optionalInt("mdiConnectorCount", 1, 1, 8);
        Polish polish = f.requiredEnum("mdiPolish", Spellings.POLISH);
        Integer laneRate = f.requiredInt("laneRateGbps", 1, 3200);
        Integer portSpeed = f.requiredInt("portSpeedGbps", 1, 25_600);
        Double countedAbove = f.optionalDouble("reflectanceCountedAboveDb", DEFAULT_REFLECTANCE_COUNTED_ABOVE_DB,
                DoubleRange.open(-100, 0));
        List<ReflectanceLimit> table = reflectanceTable(f);
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new Pmd(id, lanes, litFibres, tx, rx, kind, reaches, allocation,
                attenuation, connector, connectorCount, polish, laneRate, portSpeed, countedAbove, table, source));
    }

    private static List<FibreReach> reaches(Fields f) {
        Map<String, JsonNode> entries = f.entries("reaches", true);
        if (entries == null) {
            return null;
        }
        if (entries.isEmpty()) {
            f.problems().add(f.pathOf("reaches"), "must name at least one fibre type");
            return null;
        }
        List<FibreReach> reaches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            String path = TreePath.field(f.pathOf("reaches"), e.getKey());
            Fields rf = Fields.of(e.getValue(), path, f.problems(), "reachM", "publishedBudgetDb",
                    "attenuationDbPerKm");
            Double reachM = rf.requiredDouble("reachM", DoubleRange.aboveUpTo(0, 100_000));
            OptionalDouble published = OptionalDouble.empty();
            if (rf.has("publishedBudgetDb")) {
                Double budget = rf.requiredDouble("publishedBudgetDb", DoubleRange.aboveUpTo(0, 100));
                published = budget == null ? published : OptionalDouble.of(budget);
            }
            OptionalDouble attenuation = OptionalDouble.empty();
            if (rf.has("attenuationDbPerKm")) {
                Double a = rf.requiredDouble("attenuationDbPerKm", DoubleRange.closed(0, 100));
                attenuation = a == null ? attenuation : OptionalDouble.of(a);
            }
            if (!ID.matcher(e.getKey()).matches()) {
                f.problems().add(path, "fibre type id must match " + ID.pattern());
            } else if (reachM != null) {
                reaches.add(new FibreReach(e.getKey(), reachM, published, attenuation));
            }
        }
        return reaches;
    }

    private static List<ReflectanceLimit> reflectanceTable(Fields f) {
        List<JsonNode> rows = f.list("reflectanceTable", false);
        List<ReflectanceLimit> table = new ArrayList<>();
        if (rows == null) {
            return table;
        }
        for (int i = 0; i < rows.size(); i++) {
            Fields row = Fields.of(rows.get(i), TreePath.index(f.pathOf("reflectanceTable"), i), f.problems(),
                    "maxCount", "maxEachDb");
            Integer maxCount = row.requiredInt("maxCount", 1, 1000);
            Double maxEachDb = row.requiredDouble("maxEachDb", DoubleRange.open(-100, 0));
            if (maxCount != null && maxEachDb != null) {
                table.add(new ReflectanceLimit(maxCount, maxEachDb));
            }
        }
        return table;
    }

    static ConnectorType connector(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, CONNECTOR_FIELDS);
        Integer perRow = f.requiredInt("fibresPerRow", 1, 32);
        Integer rows = f.optionalInt("rows", 1, 1, 2);
        List<Integer> populated = f.intList("populatedPositions", false, 1, 64);
        KeyStyle key = f.requiredEnum("keyStyle", Spellings.KEY_STYLE);
        List<Polish> polishes = f.enumList("polishOptions", true, Spellings.POLISH);
        List<Gender> genders = f.enumList("genderOptions", true, Spellings.GENDER);
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        List<Integer> positions = f.has("populatedPositions") ? populated : ConnectorType.allPositions(perRow, rows);
        return build(path, problems, () -> new ConnectorType(id, perRow, rows, positions, key, polishes, genders,
                source));
    }

    static FibreType fibre(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, FIBRE_FIELDS);
        FibreKind kind = f.requiredEnum("kind", Spellings.FIBRE_KIND);
        Double attenuation = f.requiredDouble("attenuationDbPerKm", DoubleRange.closed(0, 100));
        Double wavelength = f.requiredDouble("wavelengthNm", DoubleRange.closed(600, 1700));
        OptionalDouble mfd = optionalSize(f, "modeFieldDiameterUm", kind == FibreKind.SMF, kind);
        OptionalDouble core = optionalSize(f, "coreDiameterUm", kind == FibreKind.MMF, kind);
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new FibreType(id, kind, attenuation, wavelength, mfd, core, source));
    }

    /** A diameter that must be given for one fibre kind and must not be given for the other. */
    private static OptionalDouble optionalSize(Fields f, String name, boolean wanted, FibreKind kind) {
        if (kind == null) {
            return OptionalDouble.empty();
        }
        if (!wanted) {
            if (f.has(name)) {
                f.problems().add(f.pathOf(name), "only allowed for " + (kind == FibreKind.SMF ? "MMF" : "SMF"));
            }
            return OptionalDouble.empty();
        }
        Double size = f.requiredDouble(name, DoubleRange.aboveUpTo(0, 1000));
        return size == null ? OptionalDouble.empty() : OptionalDouble.of(size);
    }

    static LossClass lossClass(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, LOSS_CLASS_FIELDS);
        Family family = f.requiredEnum("family", Spellings.LOSS_FAMILY);
        Double percentile = f.optionalDouble("maxPercentile", LossClass.DEFAULT_MAX_PERCENTILE,
                DoubleRange.open(50, 100));
        boolean measuredFamily = family == Family.EMPIRICAL || family == Family.HISTOGRAM;
        Distribution measured = measuredFamily ? LossClassData.measured(f, family) : null;
        for (String data : new String[] {"samplesDb", "histogram"}) {
            if (family != null && !measuredFamily && f.has(data)) {
                problems.add(f.pathOf(data), "only for family empirical (samplesDb) or histogram (histogram)");
            }
        }
        String source = source(f);
        List<Family> plausible = f.enumList("plausibleFamilies", false, Spellings.LOSS_FAMILY);
        if (measuredFamily) {
            for (String derived : new String[] {"meanDb", "maxDb", "parameters", "plausibleFamilies"}) {
                if (f.has(derived)) {
                    problems.add(f.pathOf(derived), "not used for " + family.id() + " classes: the measurements"
                            + " give the mean and the maxPercentile-th percentile, and their shape is known");
                }
            }
            if (problems.size() > before || measured == null) {
                return null;
            }
            return build(path, problems, () -> LossClass.measured(id, measured, percentile, source));
        }
        Double mean = f.requiredDouble("meanDb", DoubleRange.closed(0, 100));
        Double max = f.requiredDouble("maxDb", DoubleRange.aboveUpTo(0, 100));
        Map<String, Double> parameters = parameters(f);
        if (mean != null && max != null && !(max > mean)) {
            problems.add(f.pathOf("maxDb"), "must be > meanDb (" + DoubleRange.number(mean) + "), was "
                    + DoubleRange.number(max));
        }
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new LossClass(id, mean, max, percentile, family, parameters,
                java.util.Optional.empty(), plausible == null ? List.of() : plausible, source));
    }

    private static Map<String, Double> parameters(Fields f) {
        Map<String, JsonNode> entries = f.entries("parameters", false);
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (entries == null) {
            return parameters;
        }
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            String path = TreePath.field(f.pathOf("parameters"), e.getKey());
            if (!e.getKey().matches("[A-Za-z][A-Za-z0-9]*")) {
                f.problems().add(path, "parameter names are alphanumeric");
            }
            Double value = Values.toDouble(e.getValue(), path, f.problems(),
                    DoubleRange.open(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
            parameters.put(e.getKey(), value);
        }
        return parameters;
    }

    static ReflectanceClass reflectanceClass(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, REFLECTANCE_CLASS_FIELDS);
        Double max = f.requiredDouble("maxReflectanceDb", DoubleRange.open(-100, 0));
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new ReflectanceClass(id, max, source));
    }

    static PriceEntry price(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, PRICE_FIELDS);
        PriceUnit unit = f.requiredEnum("unit", Spellings.PRICE_UNIT);
        Double price = f.requiredDouble("priceUsd", DoubleRange.closed(0, 1e9));
        String source = source(f);
        String part = f.optionalText("partNumber", "", null);
        String jacket = f.optionalText("jacket", "", JACKET);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new PriceEntry(id, unit, price, source, part, jacket));
    }

    static LabourEntry labour(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, LABOUR_FIELDS);
        LabourUnit unit = f.requiredEnum("unit", Spellings.LABOUR_UNIT);
        Double minutes = f.requiredDouble("minutes", DoubleRange.closed(0, 1e6));
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new LabourEntry(id, unit, minutes, source));
    }

    static LengthBins lengthBins(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, LENGTH_BIN_FIELDS);
        List<JsonNode> elements = f.list("lengthsM", true);
        List<Double> lengths = new ArrayList<>();
        if (elements != null) {
            if (elements.isEmpty()) {
                problems.add(f.pathOf("lengthsM"), "must list at least one stock length");
            }
            for (int i = 0; i < elements.size(); i++) {
                String at = TreePath.index(f.pathOf("lengthsM"), i);
                Double l = Values.toDouble(elements.get(i), at, problems, DoubleRange.aboveUpTo(0, 100_000));
                if (l != null && !lengths.isEmpty() && !(l > lengths.get(lengths.size() - 1))) {
                    problems.add(at, "stock lengths must be strictly ascending, was " + DoubleRange.number(l)
                            + " after " + DoubleRange.number(lengths.get(lengths.size() - 1)));
                }
                lengths.add(l);
            }
        }
        Double step = f.requiredDouble("customStepM", DoubleRange.aboveUpTo(0, 10_000));
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new LengthBins(id, lengths, step, source));
    }

    static CassetteType cassette(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, CASSETTE_FIELDS);
        CassetteConversion conversion = f.requiredEnum("conversion", Spellings.CASSETTE_CONVERSION);
        String rear = f.requiredText("rearConnectorId", ID);
        String front = f.requiredText("frontConnectorId", ID);
        int fixed = conversion == null ? 0 : conversion.fixedFrontPorts();
        Integer frontPorts = fixed > 0 ? f.optionalInt("frontPorts", fixed, fixed, fixed)
                : f.requiredInt("frontPorts", 1, 64);
        String harness = conversion == CassetteConversion.HARNESS ? f.requiredText("harness", ID)
                : f.optionalText("harness", null, ID);
        if (harness != null && conversion != null && conversion != CassetteConversion.HARNESS) {
            problems.add(f.pathOf("harness"), "only a harness cassette (conversion: harness) names a harness");
        }
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new CassetteType(id, conversion, rear, front, frontPorts,
                java.util.Optional.ofNullable(harness), source));
    }

    static PmdAlias pmdAlias(String id, JsonNode node, String path, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(node, path, problems, PMD_ALIAS_FIELDS);
        String pmd = f.requiredText("pmd", ID);
        String source = source(f);
        if (problems.size() > before) {
            return null;
        }
        return build(path, problems, () -> new PmdAlias(id, pmd, source));
    }

    static String source(Fields f) {
        String source = f.requiredText("source", null);
        if (source != null && source.isBlank()) {
            f.problems().add(f.pathOf("source"), "must not be blank: say where the figures come from");
            return null;
        }
        return source;
    }

    /** Runs a domain constructor, turning its rejection (a cross-field rule) into a problem at the entry. */
    static <T> T build(String path, Problems problems, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }
}
