package org.cablesim.plant;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.LengthBins;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.Adapter;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.Cable;
import org.cablesim.polarity.CableRole;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.ConversionModule;
import org.cablesim.polarity.ConversionModules;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PanelChoice;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;

/**
 * One tier's cabling with every default resolved and every physical fact resolved once against the effective
 * catalog: the effective PMD, its budget on the tier's fibre, the plugs and polarity types of every cord, trunk,
 * jumper and cassette ({@link TierPlugs}), the loss model and reflectance of every kind of mated pair
 * ({@link MatingResolver}), price ids, trunk capacity in slots (one slot = one MDI's worth of ports: a trunk leg, or a
 * cassette front port) and the slot permutation the trunk applies end to end. Every {@link ResolvedChannel} of the
 * tier is built from these shared templates.
 *
 * <p>Defaults (documented in the README): polarity method A = Type-A trunk, Type-A adapters, Type-A lower cord and
 * Type-B upper cord; B = Type-B trunk and cords, Type-B adapters (Type-A for APC, whose angled faces only meet in
 * key-up/key-down adapters); C = Type-C trunk, Type-A adapters, Type-B cords; U1 = Type-B trunk and cords, Type-A
 * adapters; U2 = Type-B trunk, cords and adapters. Jumpers follow the trunk's letter except for U1 (Type-A). A direct
 * assembly is Type-B (Type-C under method C). Loss classes default to {@code mpo-standard} for keyed array connectors
 * and {@code lc-standard} otherwise.
 */
public final class TierPlant {
    private static final String TEMPLATE = "template";

    private final int index;
    private final TierSpec tier;
    private final TierCabling choice;
    private final Pmd pmd;
    private final FibreType fibre;
    private final ChannelBudget budget;
    private final CassetteType cassette;
    private final TierPlugs plugs;
    private final int slotsPerTrunk;
    private final LengthBins cordBins;
    private final LengthBins jumperBins;
    private final LengthBins trunkBins;
    private final LengthBins assemblyBins;
    private final Map<ElementKind, CableRun[]> cables = new EnumMap<>(ElementKind.class);
    private final CassetteModule nearCassette;
    private final CassetteModule farCassette;
    private final Map<MatingRole, MatingOptics[]> optics = new EnumMap<>(MatingRole.class);
    private final int[] slotPermutation;

    private TierPlant(int index, TierSpec tier, TierCabling choice, Catalog catalog) {
        this.index = index;
        this.tier = tier;
        this.choice = choice;
        String name = tier.name();
        String pmdId = choice.pmdId().orElse(tier.pmdId());
        this.pmd = catalog.findPmd(pmdId).orElseThrow(() -> new PlantConfigurationException(name,
                "unknown PMD " + pmdId));
        String fibreId = choice.fibreTypeId().orElse(pmd.fibreKind() == FibreKind.SMF ? "OS2" : "OM4");
        this.fibre = catalog.findFibre(fibreId).orElseThrow(() -> new PlantConfigurationException(name,
                "the catalog has no fibre type " + fibreId + " (the default for " + pmd.fibreKind()
                        + " PMDs); name one with fibre:"));
        this.budget = ChannelBudget.of(pmd, fibre);
        Polish polish = choice.polish().orElse(pmd.mdiPolish());
        this.cordBins = bins(catalog, "cord");
        this.jumperBins = bins(catalog, "jumper");
        this.trunkBins = bins(catalog, "trunk");
        this.assemblyBins = bins(catalog, "assembly");
        this.cassette = choice.cassette().isEmpty() ? null : catalog.findCassette(choice.cassette().get()
                .cassetteId()).orElseThrow(() -> new PlantConfigurationException(name, "unknown cassette "
                        + choice.cassette().get().cassetteId()));
        this.plugs = new TierPlugs(name, choice, pmd, polish, cassette, catalog);
        int rear = cassette == null ? 1 : cassette.rearPorts();
        this.slotsPerTrunk = cassette == null ? plugs.legs : plugs.legs / rear * cassette.frontPorts();
        boolean direct = choice.architecture() == Architecture.DIRECT;
        try {
            templates(direct);
        } catch (IllegalArgumentException e) {
            throw new PlantConfigurationException(name, e.getMessage());
        }
        this.nearCassette = cassette == null || direct ? null : new CassetteModule(cassette,
                cassetteModule(TEMPLATE).reversed(), "cassette:" + cassette.id());
        this.farCassette = cassette == null || direct ? null : new CassetteModule(cassette,
                cassetteModule(TEMPLATE), "cassette:" + cassette.id());
        resolveOptics(new MatingResolver(name, catalog, fibre), direct);
        this.slotPermutation = direct ? new int[0] : SlotPermutation.of(this);
    }

    /**
     * Resolves a tier's cabling.
     *
     * @param index   the tier's index in the fabric, 0..2
     * @param tier    the fabric tier
     * @param choice  the plan's choices for it
     * @param catalog the effective catalog
     * @throws PlantConfigurationException when the choices cannot be built or the catalog lacks a part they need
     */
    public static TierPlant resolve(int index, TierSpec tier, TierCabling choice, Catalog catalog) {
        return new TierPlant(index, tier, choice, catalog);
    }

    private static LengthBins bins(Catalog catalog, String id) {
        return catalog.findLengthBins(id).orElseThrow(() -> new PlantConfigurationException("*",
                "the catalog has no lengthBins." + id + " (stock lengths the plant rounds " + id + "s up to)"));
    }

    private void templates(boolean direct) {
        TierPlugs p = plugs;
        String lower = p.lowerEquip.connectorTypeId();
        String upper = p.upperEquip.connectorTypeId();
        put(ElementKind.CORD, run(ElementKind.CORD, Cable.cord(TEMPLATE, p.lowerCordType, p.lowerEquip, p.lowerPanel),
                lower + " cord Type-" + p.lowerCordType, "cord:" + lower, "cord-metre:" + lower),
                run(ElementKind.CORD, Cable.cord(TEMPLATE, p.upperCordType, p.upperPanel, p.upperEquip),
                        upper + " cord Type-" + p.upperCordType, "cord:" + upper, "cord-metre:" + upper));
        if (direct) {
            // The direct architecture's one assembly: the lower cord's type and connector, equipment gender both ends.
            put(ElementKind.ASSEMBLY, run(ElementKind.ASSEMBLY, Cable.cord(TEMPLATE, p.lowerCordType, p.lowerEquip,
                    p.lowerPanel), lower + " assembly Type-" + p.lowerCordType, "trunk-assembly:" + lower,
                    "trunk-metre:" + lower));
            return;
        }
        String trunkConnector = p.trunkConnector.id();
        put(ElementKind.TRUNK, run(ElementKind.TRUNK, new Cable(TEMPLATE, CableRole.TRUNK, p.trunkType, p.trunkPlug,
                p.trunkPlug, p.legs, choice.trunk().legsReversed()), trunkBuild(), "trunk-assembly:" + trunkConnector,
                "trunk-metre:" + trunkConnector));
        put(ElementKind.JUMPER, run(ElementKind.JUMPER, Cable.cord(TEMPLATE, p.jumperType, p.lowerJumperEquip,
                p.lowerJumperTrunk), lower + " jumper Type-" + p.jumperType, "cord:" + lower, "cord-metre:" + lower),
                run(ElementKind.JUMPER, Cable.cord(TEMPLATE, p.jumperType, p.upperJumperTrunk, p.upperJumperEquip),
                        upper + " jumper Type-" + p.jumperType, "cord:" + upper, "cord-metre:" + upper));
        if (cassette != null) {
            cassetteModule(TEMPLATE);
        }
    }

    private void put(ElementKind kind, CableRun... nearAndFar) {
        cables.put(kind, nearAndFar);
    }

    private CableRun run(ElementKind kind, Cable cable, String build, String perAssembly, String perMetre) {
        return new CableRun(kind, TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE, 0, cable, fibre, build,
                new CableRun.CablePriceIds(perAssembly, perMetre));
    }

    private ConversionModule cassetteModule(String label) {
        return ConversionModules.of(cassette.conversion(), label, plugs.cassetteRear, plugs.cassetteFront);
    }

    private void resolveOptics(MatingResolver resolver, boolean direct) {
        TierPlugs p = plugs;
        String mdiClass = lossClassId(choice.lossClasses().mdi(), p.mdiConnector);
        String mdiWhy = why(choice.lossClasses().mdi(), "MDI", p.mdiConnector);
        ConnectorEnd lowerFar = direct ? p.lowerEquip : p.upperEquip;
        optics.put(MatingRole.MDI, new MatingOptics[] {resolver.optics(mdiClass, mdiWhy, p.mdiPlug, p.lowerEquip),
            resolver.optics(mdiClass, mdiWhy, lowerFar, p.mdiPlug)});
        if (direct) {
            return;
        }
        boolean xc = choice.architecture() == Architecture.CROSS_CONNECT;
        ConnectorEnd nearEquipSide = xc ? p.lowerJumperTrunk : p.lowerPanel;
        ConnectorEnd farEquipSide = xc ? p.upperJumperTrunk : p.upperPanel;
        if (cassette == null) {
            String id = lossClassId(choice.lossClasses().adapter(), p.trunkConnector);
            String why = why(choice.lossClasses().adapter(), "panel adapter", p.trunkConnector);
            optics.put(MatingRole.PANEL, new MatingOptics[] {resolver.optics(id, why, nearEquipSide, p.trunkPlug),
                resolver.optics(id, why, p.trunkPlug, farEquipSide)});
        } else {
            String id = lossClassId(choice.lossClasses().cassette(), p.trunkConnector);
            String why = why(choice.lossClasses().cassette(), "cassette adapter", p.trunkConnector);
            optics.put(MatingRole.CASSETTE_FRONT, new MatingOptics[] {
                resolver.optics(id, why, nearEquipSide, p.cassetteFront),
                resolver.optics(id, why, p.cassetteFront, farEquipSide)});
            optics.put(MatingRole.CASSETTE_REAR, new MatingOptics[] {
                resolver.optics(id, why, p.cassetteRear, p.trunkPlug),
                resolver.optics(id, why, p.trunkPlug, p.cassetteRear)});
        }
        if (xc) {
            String id = lossClassId(choice.lossClasses().adapter(), p.trunkConnector);
            String why = why(choice.lossClasses().adapter(), "cross-connect adapter", p.trunkConnector);
            optics.put(MatingRole.CROSS_CONNECT, new MatingOptics[] {
                resolver.optics(id, why, p.lowerPanel, p.lowerJumperEquip),
                resolver.optics(id, why, p.upperJumperEquip, p.upperPanel)});
        }
    }

    private static String lossClassId(Optional<String> chosen, ConnectorType connector) {
        return chosen.orElse(connector.keyStyle() == KeyStyle.NONE ? "lc-standard" : "mpo-standard");
    }

    private static String why(Optional<String> chosen, String role, ConnectorType connector) {
        return chosen.isPresent() ? "named for the " + role + "s" : "the default for " + connector.id() + " "
                + role + "s";
    }

    // ---- templates the channels are placed from ----

    /** The template of a cable of this tier (label, id and length are placeholders). */
    CableRun cable(ElementKind kind, TrunkSide side) {
        CableRun[] runs = cables.get(kind);
        if (runs == null) {
            throw new IllegalStateException("tier " + tier.name() + " has no " + kind);
        }
        return runs[side == TrunkSide.NEAR || runs.length == 1 ? 0 : 1];
    }

    CableRun trunkTemplate() {
        return cable(ElementKind.TRUNK, TrunkSide.NEAR);
    }

    CassetteModule nearCassetteTemplate() {
        return nearCassette;
    }

    CassetteModule farCassetteTemplate() {
        return farCassette;
    }

    /** The optics of a kind of mating on one side of the trunk. */
    public MatingOptics optics(MatingRole role, TrunkSide side) {
        MatingOptics[] o = optics.get(role);
        if (o == null) {
            throw new IllegalStateException("tier " + tier.name() + " has no " + role.id() + " matings");
        }
        return o[side == TrunkSide.NEAR ? 0 : 1];
    }

    Adapter adapter(String label, Map<Integer, Integer> routing) {
        return new Adapter(label, plugs.keying, routing);
    }

    TierPlugs plugs() {
        return plugs;
    }

    // ---- facts ----

    /** The tier's index in the fabric. */
    public int index() {
        return index;
    }

    /** The fabric tier. */
    public TierSpec tier() {
        return tier;
    }

    /** The plan's choices as given. */
    public TierCabling choice() {
        return choice;
    }

    public Architecture architecture() {
        return choice.architecture();
    }

    /** The effective PMD (the plan's override or the tier's). */
    public Pmd pmd() {
        return pmd;
    }

    /** The fibre type every cable of the tier is made of. */
    public FibreType fibre() {
        return fibre;
    }

    /** What the PMD allows on the tier's fibre. */
    public ChannelBudget budget() {
        return budget;
    }

    public PolarityType trunkType() {
        return plugs.trunkType;
    }

    public AdapterKeying keying() {
        return plugs.keying;
    }

    /** The transceiver MDI's plug (pinned, the PMD's connector and polish). */
    public ConnectorEnd mdiPlug() {
        return plugs.mdiPlug;
    }

    public ConnectorType trunkConnector() {
        return plugs.trunkConnector;
    }

    public ConnectorEnd trunkPlug() {
        return plugs.trunkPlug;
    }

    /** Legs per trunk end. */
    public int legs() {
        return plugs.legs;
    }

    /** Fibres per trunk: legs × fibres per leg connector. */
    public int trunkFibres() {
        return plugs.legs * plugs.trunkConnector.fibreCount();
    }

    /** The cassette type at both trunk ends, or null. */
    public CassetteType cassette() {
        return cassette;
    }

    /**
     * MDIs (sub-channels) one trunk carries: its legs, or with cassettes its cassettes' front ports (144 fibres:
     * base-12 12, base-12 with 2×12→3×8 18, base-8 18, base-16 9).
     */
    public int slotsPerTrunk() {
        return slotsPerTrunk;
    }

    /** Front ports (slots) per cassette, 1 without cassettes. */
    int slotsPerCassette() {
        return cassette == null ? 1 : cassette.frontPorts();
    }

    int farSlot(int nearSlot) {
        return slotPermutation[nearSlot];
    }

    /**
     * Adapters between the two MDIs of each channel (the MDI matings themselves are not counted): direct 0,
     * interconnect 2, cross-connect 4, plus 2 with cassettes (one more at each trunk end).
     */
    public int matedPairs() {
        int base = switch (choice.architecture()) {
            case DIRECT -> 0;
            case INTERCONNECT -> 2;
            case CROSS_CONNECT -> 4;
        };
        return base + (cassette != null && choice.architecture() != Architecture.DIRECT ? 2 : 0);
    }

    /** Fibres of one slot: a trunk leg's, or a cassette front port's. */
    int fibresPerSlot() {
        return cassette == null ? plugs.trunkConnector.fibreCount() : plugs.cassetteFront.fibreCount();
    }

    /** Fibres one MDI of the PMD lights. */
    public int litFibresPerMdi() {
        return pmd.fibresPerConnector();
    }

    PanelChoice panels() {
        return choice.panels();
    }

    double slackPerEndM() {
        return choice.slackPerEndM();
    }

    LengthBins cordBins() {
        return cordBins;
    }

    LengthBins jumperBins() {
        return jumperBins;
    }

    LengthBins trunkBins() {
        return trunkBins;
    }

    LengthBins assemblyBins() {
        return assemblyBins;
    }

    ConnectorEnd lowerEquip() {
        return plugs.lowerEquip;
    }

    ConnectorEnd upperEquip() {
        return plugs.upperEquip;
    }

    /** A short description of the trunk build, e.g. {@code 12xMPO-12 144f Type-B}. */
    public String trunkBuild() {
        return plugs.legs + "x" + plugs.trunkConnector.id() + " " + trunkFibres() + "f Type-" + plugs.trunkType
                + (choice.trunk().legsReversed() ? " legs-reversed" : "");
    }
}
