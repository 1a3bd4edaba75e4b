package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.cablesim.catalog.UnknownCatalogIdException;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CassetteChoice;
import org.cablesim.scenario.CordChoice;
import org.cablesim.scenario.JumperChoice;
import org.cablesim.scenario.LossClassChoice;
import org.cablesim.scenario.PanelChoice;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.TrunkChoice;

/**
 * Reads one {@code plans[i].tiers.<tier>} mapping: every field with its path, catalog ids against the effective
 * catalog, the PMD override against the tier's link speed, and the structural rules the plant relies on (trunk legs
 * fill whole cassettes, panels hold whole cassettes, fields that the architecture does not use).
 */
final class TierCablingReader {
    static final String[] FIELDS = {"architecture", "pmd", "lowerPmd", "harness", "copper", "fibre", "polish",
        "polarityMethod", "adapterType", "trunk", "cords", "jumpers", "cassette", "panels", "lossClasses",
        "slackPerEndM", "provision"};
    /** What a copper tier has no use for: everything about fibre, plugs, panels and optics. */
    private static final String[] NOT_COPPER = {"harness", "fibre", "polish", "polarityMethod", "adapterType", "trunk",
        "cords", "jumpers", "cassette", "panels", "lossClasses"};
    static final String[] TRUNK_FIELDS = {"connector", "legs", "type", "legsReversed", "gender", "polish",
        "perPanelPair", "splicePoints"};
    static final String[] CORDS_FIELDS = {"lower", "upper"};
    static final String[] CORD_FIELDS = {"type", "connector", "equipmentGender", "panelGender", "polish"};
    static final String[] JUMPER_FIELDS = {"type", "equipmentSideGender", "trunkSideGender", "polish"};
    static final String[] CASSETTE_FIELDS = {"id", "gender"};
    static final String[] PANEL_FIELDS = {"placement", "portsPerRu", "ruPerPanel", "perLocation"};
    static final String[] LOSS_FIELDS = {"mdi", "adapter", "cassette", "splice"};

    private final Fields f;
    private final Catalog catalog;
    private final TierSpec tier;

    private TierCablingReader(Fields f, Catalog catalog, TierSpec tier) {
        this.f = f;
        this.catalog = catalog;
        this.tier = tier;
    }

    /**
     * The tier's cabling, or null when anything is invalid (reported).
     *
     * @param f       the tier mapping's fields
     * @param catalog the effective catalog, or null when it could not be built (id checks are then skipped)
     * @param tier    the fabric tier the mapping is for, or null when the fabric could not be read
     */
    static TierCabling read(Fields f, Catalog catalog, TierSpec tier) {
        return new TierCablingReader(f, catalog, tier).read();
    }

    private TierCabling read() {
        Problems problems = f.problems();
        int before = problems.size();
        Architecture architecture = f.optionalEnum("architecture", Architecture.INTERCONNECT, Spellings.ARCHITECTURE);
        String pmdId = pmd();
        String fibre = catalogId(f, "fibre", "fibre type", c -> c.findFibre(idOf(f, "fibre")).isPresent(),
                Catalog::fibreIds);
        Polish polish = f.optionalEnum("polish", null, Spellings.POLISH);
        PolarityMethod method = f.optionalEnum("polarityMethod", null, Spellings.POLARITY_METHOD);
        String lowerPmd = pmdId(f, "lowerPmd");
        String harness = catalogId(f, "harness", "harness", c -> c.findHarness(idOf(f, "harness")).isPresent(),
                Catalog::harnessIds);
        AdapterKeying adapter = f.optionalEnum("adapterType", null, Spellings.ADAPTER_TYPE);
        Double slack = f.optionalDouble("slackPerEndM", TierCabling.DEFAULT_SLACK_PER_END_M,
                DoubleRange.closed(0, 50));
        boolean direct = architecture == Architecture.DIRECT;
        String copper = copper(architecture);
        for (String unused : new String[] {"trunk", "cassette", "panels", "adapterType"}) {
            if (direct && f.has(unused)) {
                problems.add(f.pathOf(unused), "not used when architecture is direct (one assembly from"
                        + " transceiver to transceiver, described by cords.lower)");
            }
        }
        if (architecture != null && architecture != Architecture.CROSS_CONNECT && f.has("jumpers")) {
            problems.add(f.pathOf("jumpers"), "only allowed when architecture is cross-connect");
        }
        CassetteChoice cassette = cassette();
        CassetteType cassetteType = cassette == null || catalog == null ? null
                : catalog.findCassette(cassette.cassetteId()).orElse(null);
        TrunkChoice trunk = trunk(cassetteType);
        Fields cordsFields = f.object("cords", false, CORDS_FIELDS);
        CordChoice lower = cord(cordsFields.object("lower", false, CORD_FIELDS), direct);
        if (direct && cordsFields.has("upper")) {
            problems.add(cordsFields.pathOf("upper"), "not used when architecture is direct (cords.lower"
                    + " describes the one assembly)");
        }
        CordChoice upper = cord(cordsFields.object("upper", false, CORD_FIELDS), false);
        JumperChoice jumpers = jumpers(f.object("jumpers", false, JUMPER_FIELDS));
        PanelChoice panels = panels(f.object("panels", false, PANEL_FIELDS), cassetteType);
        LossClassChoice losses = losses(f.object("lossClasses", false, LOSS_FIELDS));
        if (problems.size() > before || f.isBroken() || architecture == null || slack == null
                || trunk == null || lower == null || upper == null || jumpers == null || panels == null
                || losses == null || (f.has("cassette") && cassette == null)) {
            return null;
        }
        if (architecture == Architecture.COPPER && copper == null) {
            return null;
        }
        return new TierCabling(architecture, Optional.ofNullable(pmdId), Optional.ofNullable(fibre),
                Optional.ofNullable(polish), Optional.ofNullable(method), Optional.ofNullable(adapter), trunk, lower,
                upper, jumpers, Optional.ofNullable(cassette), panels, losses, slack, Optional.ofNullable(lowerPmd),
                Optional.ofNullable(harness), Optional.ofNullable(copper));
    }

    /**
     * The copper cable of a copper tier: required there (a catalog copper cable whose ends carry the tier's link
     * speed, straight or split as the tier's breakout), not allowed elsewhere; the fibre fields are not allowed on
     * a copper tier. Null when absent or wrong (reported).
     */
    private String copper(Architecture architecture) {
        if (architecture != Architecture.COPPER) {
            if (f.has("copper")) {
                f.problems().add(f.pathOf("copper"), "only allowed when architecture is copper");
            }
            return null;
        }
        for (String unused : NOT_COPPER) {
            if (f.has(unused)) {
                f.problems().add(f.pathOf(unused), "not used when architecture is copper (a copper cable with"
                        + " built-in ends from NIC to switch port: no fibre, plugs or panels)");
            }
        }
        String id = f.requiredText("copper", CatalogEntries.ID);
        if (id == null || catalog == null) {
            return id;
        }
        var cable = catalog.findCopperCable(id);
        if (cable.isEmpty()) {
            f.problems().add(f.pathOf("copper"), UnknownCatalogIdException.message("copper cable", id,
                    catalog.copperCableIds()));
            return null;
        }
        if (tier != null && (cable.get().speedGbps() != tier.linkSpeedGbps()
                || cable.get().ends() != 1 && cable.get().ends() != tier.breakout())) {
            f.problems().add(f.pathOf("copper"), "copper cable " + id + " has " + cable.get().ends() + " end(s) of "
                    + cable.get().speedGbps() + " Gb/s but the tier's links are " + tier.linkSpeedGbps()
                    + " Gb/s, " + tier.breakout() + " per switch port (a cable is straight or splits one port)");
            return null;
        }
        return id;
    }

    /** An optional PMD id or alias, returned as the PMD's own id; null when absent or unknown (reported). */
    private String pmdId(Fields at, String name) {
        String id = at.optionalText(name, null, CatalogEntries.ID);
        if (id == null || catalog == null) {
            return id;
        }
        Optional<Pmd> pmd = catalog.findPmd(id);
        if (pmd.isEmpty()) {
            f.problems().add(at.pathOf(name), UnknownCatalogIdException.message("PMD", id, catalog.pmdIds()));
            return null;
        }
        return pmd.get().id();
    }

    private String pmd() {
        String id = pmdId(f, "pmd");
        if (id == null || catalog == null) {
            return id;
        }
        Pmd pmd = catalog.pmd(id);
        if (tier != null && !FabricReader.fitsPmd(tier.linkSpeedGbps(), pmd)) {
            f.problems().add(f.pathOf("pmd"), "PMD " + id + " cannot carry the tier's " + tier.linkSpeedGbps()
                    + " Gb/s links (its " + pmd.portSpeedGbps() + " Gb/s ports split into "
                    + FabricReader.shares(pmd) + "): the logical fabric is the same in every plan");
            return null;
        }
        return id;
    }

    private TrunkChoice trunk(CassetteType cassette) {
        Fields t = f.object("trunk", false, TRUNK_FIELDS);
        int before = f.problems().size();
        String connector = connector(t, "connector");
        Integer legs = t.optionalInt("legs", 0, 1, 144);
        PolarityType type = t.optionalEnum("type", null, Spellings.CABLE_TYPE);
        Boolean reversed = t.optionalBoolean("legsReversed", false);
        Gender gender = t.optionalEnum("gender", null, Spellings.ARRAY_GENDER);
        Polish polish = t.optionalEnum("polish", null, Spellings.POLISH);
        Integer perPair = t.optionalInt("perPanelPair", 1, 1, 1000);
        Integer splices = t.optionalInt("splicePoints", 0, 0, TrunkChoice.MAX_SPLICE_POINTS);
        if (cassette != null && legs != null && t.has("legs") && legs % cassette.rearPorts() != 0) {
            f.problems().add(t.pathOf("legs"), "must be a multiple of cassette " + cassette.id() + "'s "
                    + cassette.rearPorts() + " rear ports, was " + legs);
        }
        if (f.problems().size() > before || t.isBroken()) {
            return null;
        }
        return new TrunkChoice(Optional.ofNullable(connector), t.has("legs") ? OptionalInt.of(legs)
                : OptionalInt.empty(), Optional.ofNullable(type), reversed, Optional.ofNullable(gender),
                Optional.ofNullable(polish), perPair, splices);
    }

    private CordChoice cord(Fields c, boolean direct) {
        int before = f.problems().size();
        PolarityType type = c.optionalEnum("type", null, Spellings.CABLE_TYPE);
        String connector = connector(c, "connector");
        Gender equipment = c.optionalEnum("equipmentGender", null, Spellings.GENDER);
        Gender panel = c.optionalEnum("panelGender", null, Spellings.GENDER);
        Polish polish = c.optionalEnum("polish", null, Spellings.POLISH);
        if (direct && c.has("panelGender")) {
            f.problems().add(c.pathOf("panelGender"), "not used when architecture is direct (both ends of the"
                    + " assembly meet transceivers: equipmentGender)");
        }
        if (f.problems().size() > before || c.isBroken()) {
            return null;
        }
        return new CordChoice(Optional.ofNullable(type), Optional.ofNullable(connector), Optional.ofNullable(equipment),
                Optional.ofNullable(panel), Optional.ofNullable(polish));
    }

    private JumperChoice jumpers(Fields j) {
        int before = f.problems().size();
        PolarityType type = j.optionalEnum("type", null, Spellings.CABLE_TYPE);
        Gender equipment = j.optionalEnum("equipmentSideGender", null, Spellings.GENDER);
        Gender trunk = j.optionalEnum("trunkSideGender", null, Spellings.GENDER);
        Polish polish = j.optionalEnum("polish", null, Spellings.POLISH);
        if (f.problems().size() > before || j.isBroken()) {
            return null;
        }
        return new JumperChoice(Optional.ofNullable(type), Optional.ofNullable(equipment), Optional.ofNullable(trunk),
                Optional.ofNullable(polish));
    }

    private CassetteChoice cassette() {
        if (!f.has("cassette")) {
            return null;
        }
        Fields c = f.object("cassette", false, CASSETTE_FIELDS);
        int before = f.problems().size();
        String id = c.requiredText("id", CatalogEntries.ID);
        Gender gender = c.optionalEnum("gender", null, Spellings.ARRAY_GENDER);
        if (id != null && catalog != null && catalog.findCassette(id).isEmpty()) {
            f.problems().add(c.pathOf("id"), UnknownCatalogIdException.message("cassette", id, catalog.cassetteIds()));
        }
        if (f.problems().size() > before || c.isBroken()) {
            return null;
        }
        return new CassetteChoice(id, Optional.ofNullable(gender));
    }

    private PanelChoice panels(Fields p, CassetteType cassette) {
        int before = f.problems().size();
        PanelPlacement placement = p.optionalEnum("placement", PanelPlacement.IN_RACK, Spellings.PANEL_PLACEMENT);
        Integer portsPerRu = p.optionalInt("portsPerRu", 48, 1, 288);
        Integer ruPerPanel = p.optionalInt("ruPerPanel", 1, 1, 8);
        Integer perLocation = p.optionalInt("perLocation", 1, 1, 1000);
        if (cassette != null && portsPerRu != null && ruPerPanel != null
                && portsPerRu * ruPerPanel % cassette.frontPorts() != 0) {
            f.problems().add(p.pathOf("portsPerRu"), "a panel of portsPerRu x ruPerPanel = " + portsPerRu * ruPerPanel
                    + " ports must hold whole cassettes of " + cassette.frontPorts() + " front ports ("
                    + cassette.id() + ")");
        }
        if (f.problems().size() > before || p.isBroken()) {
            return null;
        }
        return new PanelChoice(placement, portsPerRu, ruPerPanel, perLocation);
    }

    private LossClassChoice losses(Fields l) {
        int before = f.problems().size();
        String mdi = catalogId(l, "mdi", "loss class", c -> c.findLossClass(idOf(l, "mdi")).isPresent(),
                Catalog::lossClassIds);
        String adapter = catalogId(l, "adapter", "loss class", c -> c.findLossClass(idOf(l, "adapter")).isPresent(),
                Catalog::lossClassIds);
        String cassette = catalogId(l, "cassette", "loss class",
                c -> c.findLossClass(idOf(l, "cassette")).isPresent(), Catalog::lossClassIds);
        String splice = catalogId(l, "splice", "loss class", c -> c.findLossClass(idOf(l, "splice")).isPresent(),
                Catalog::lossClassIds);
        if (f.problems().size() > before || l.isBroken()) {
            return null;
        }
        return new LossClassChoice(Optional.ofNullable(mdi), Optional.ofNullable(adapter),
                Optional.ofNullable(cassette), Optional.ofNullable(splice));
    }

    private String connector(Fields at, String name) {
        return catalogId(at, name, "connector", c -> c.findConnector(idOf(at, name)).isPresent(),
                Catalog::connectorIds);
    }

    /** An optional catalog id: null when absent, wrongly typed or unknown (the last two reported). */
    private String catalogId(Fields at, String name, String kind, Predicate<Catalog> known,
            Function<Catalog, List<String>> ids) {
        String id = at.optionalText(name, null, CatalogEntries.ID);
        if (id != null && catalog != null && !known.test(catalog)) {
            f.problems().add(at.pathOf(name), UnknownCatalogIdException.message(kind, id, ids.apply(catalog)));
            return null;
        }
        return id;
    }

    private static String idOf(Fields at, String name) {
        JsonNode value = at.get(name);
        return value == null ? "" : value.asText();
    }
}
