package org.cablesim.plant;

import java.util.Map;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.CopperCable;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LengthBins;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.cablesim.catalog.PortShare;
import org.cablesim.polarity.Adapter;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.Channel;
import org.cablesim.polarity.ChannelChecker;
import org.cablesim.polarity.CheckKind;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.TransceiverPort;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PanelChoice;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;

/**
 * One tier's cabling with every default resolved and every physical fact resolved once against the effective
 * catalog: the optics at both ends of its links ({@link TierEnds}), their budget on the tier's fibre, the plugs and
 * polarity types of every cord, harness, trunk, jumper and cassette ({@link TierPlugs}), the element templates and the
 * loss model and reflectance of every kind of mated pair ({@link TierTemplates}), trunk capacity in slots (one slot =
 * one MDI's worth of ports: a trunk leg, or a cassette front port) and the slot permutation the trunk applies end to
 * end. Every {@link ResolvedChannel} of the tier is built from these shared templates.
 *
 * <p>Defaults (documented in the README): polarity method A = Type-A trunk, Type-A adapters, Type-A lower cord and
 * Type-B upper cord; B = Type-B trunk, cords and adapters; C = Type-C trunk, Type-A adapters, Type-B cords; U1 =
 * Type-B trunk and cords, Type-A adapters; U2 = Type-B trunk, cords and adapters. Without a method, APC tiers build
 * U1 (angled faces only meet in key-up/key-down adapters) and others B; Method B named on an APC tier without an
 * adapter type is refused. Jumpers follow the trunk's letter except for U1 (Type-A). A direct assembly is Type-B
 * (Type-C under method C). Loss classes default to {@code mpo-standard} for keyed array connectors and
 * {@code lc-standard} otherwise.
 */
public final class TierPlant {
    private final int index;
    private final TierSpec tier;
    private final TierCabling choice;
    private final TierEnds ends;
    private final FibreType fibre;
    private final ChannelBudget budget;
    private final CassetteType cassette;
    private final TierPlugs plugs;
    private final TierTemplates templates;
    private final int slotsPerTrunk;
    private final LengthBins cordBins;
    private final LengthBins jumperBins;
    private final LengthBins trunkBins;
    private final LengthBins assemblyBins;
    private final int[] slotPermutation;
    private final PolarityType[] harnessBehaviour = new PolarityType[2];
    private final CopperCable copper;
    private final LengthBins copperBins;

    private TierPlant(int index, TierSpec tier, TierCabling choice, Catalog catalog) {
        this.index = index;
        this.tier = tier;
        this.choice = choice;
        String name = tier.name();
        this.ends = TierEnds.resolve(tier, choice, catalog);
        Pmd pmd = ends.upper().pmd();
        String fibreId = choice.fibreTypeId().orElse(pmd.fibreKind() == FibreKind.SMF ? "OS2" : "OM4");
        this.fibre = catalog.findFibre(fibreId).orElseThrow(() -> new PlantConfigurationException(name,
                "the catalog has no fibre type " + fibreId + " (the default for " + pmd.fibreKind()
                        + " PMDs); name one with fibre:"));
        this.budget = ChannelBudget.of(ends.lower().pmd(), pmd, fibre);
        Polish polish = choice.polish().orElse(pmd.mdiPolish());
        this.cordBins = bins(catalog, "cord");
        this.jumperBins = bins(catalog, "jumper");
        this.trunkBins = bins(catalog, "trunk");
        this.assemblyBins = bins(catalog, "assembly");
        this.cassette = choice.cassette().isEmpty() ? null : catalog.findCassette(choice.cassette().get()
                .cassetteId()).orElseThrow(() -> new PlantConfigurationException(name, "unknown cassette "
                        + choice.cassette().get().cassetteId()));
        this.copper = choice.copperCableId().map(id -> catalog.findCopperCable(id).orElseThrow(
                () -> new PlantConfigurationException(name, "copper", "unknown copper cable '" + id + "'")))
                .orElse(null);
        this.copperBins = copper == null ? null : bins(catalog, "copper");
        if (copper != null) {
            // A copper tier has no optical plant: no plugs, templates, trunks or channels.
            this.plugs = null;
            this.templates = null;
            this.slotsPerTrunk = 0;
            this.slotPermutation = new int[0];
            return;
        }
        this.plugs = new TierPlugs(name, choice, ends, polish, cassette, catalog);
        int rear = cassette == null ? 1 : cassette.rearPorts();
        this.slotsPerTrunk = cassette == null ? plugs.legs : plugs.legs / rear * cassette.frontPorts();
        this.templates = new TierTemplates(name, choice, plugs, fibre, cassette, catalog, trunkBuild());
        this.slotPermutation = choice.architecture() == Architecture.DIRECT ? new int[0] : SlotPermutation.of(this);
        for (TrunkSide side : TrunkSide.values()) {
            HarnessRun h = templates.harness(side);
            harnessBehaviour[side.ordinal()] = h == null ? null : behaviour(h);
        }
    }

    /** The copper cable of every link of a copper tier, or null for an optical tier. */
    public CopperCable copper() {
        return copper;
    }

    /** Stock length of a copper tier's cable over a routed path, metres (path plus slack, rounded up). */
    double copperLengthM(double routedM) {
        return copperBins.binFor(routedM + 2 * choice.slackPerEndM());
    }

    /** Type-B when the harness alone joins leg 1's Tx lanes to the port's Rx lanes (a crossover), else Type-A. */
    private PolarityType behaviour(HarnessRun h) {
        PortShare.Lanes near = ends.lower().lanes(1, 1);
        PortShare.Lanes far = ends.upper().lanes(1, 1);
        TransceiverPort a = TransceiverPort.of("near", ints(near.tx()), ints(near.rx()));
        TransceiverPort b = TransceiverPort.of("far", ints(far.tx()), ints(far.rx()));
        boolean crossover = new ChannelChecker().check(Channel.of(h.module()), a, b).stream()
                .noneMatch(v -> v.kind() == CheckKind.POLARITY || v.kind() == CheckKind.FIBRE_COUNT);
        return crossover ? PolarityType.B : PolarityType.A;
    }

    private static int[] ints(java.util.List<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The Type a tier's harness behaves as at one end (see {@link CableRows}); null without a harness there. */
    PolarityType harnessBehaviour(TrunkSide side) {
        return harnessBehaviour[side.ordinal()];
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

    // ---- templates the channels are placed from ----

    /** A cable template of this tier (label, id and length are placeholders); null for a cord a harness takes. */
    CableRun cable(ElementKind kind, TrunkSide side) {
        return templates.cable(kind, side);
    }

    /** The harness at one end of the tier's links, or null when that end's ports are not split by one. */
    HarnessRun harness(TrunkSide side) {
        return templates.harness(side);
    }

    CableRun trunkTemplate() {
        return cable(ElementKind.TRUNK, TrunkSide.NEAR);
    }

    /** The template of a trunk span after a splice point. */
    CableRun trunkSpanTemplate() {
        return templates.trunkSpan();
    }

    CassetteModule nearCassetteTemplate() {
        return templates.nearCassette();
    }

    CassetteModule farCassetteTemplate() {
        return templates.farCassette();
    }

    /** The optics of a kind of mating on one side of the trunk. */
    public MatingOptics optics(MatingRole role, TrunkSide side) {
        MatingOptics[] o = templates.optics(role);
        if (o == null) {
            throw new IllegalStateException("tier " + tier.name() + " has no " + role.id() + " matings");
        }
        return o[side == TrunkSide.NEAR ? 0 : 1];
    }

    /** Whether the tier's channels have matings of this role. */
    boolean hasMatings(MatingRole role) {
        return templates.optics(role) != null;
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

    /** The optics at both ends of the tier's links. */
    public TierEnds ends() {
        return ends;
    }

    /** The PMD in the upper ports (the plan's override or the tier's); the lower end's is {@link #ends()}. */
    public Pmd pmd() {
        return ends.upper().pmd();
    }

    /** The PMD at the lower end of the tier's links. */
    public Pmd lowerPmd() {
        return ends.lower().pmd();
    }

    /** The fibre type every cable of the tier is made of. */
    public FibreType fibre() {
        return fibre;
    }

    /** What the link's PMD allows on the tier's fibre (see {@link ChannelBudget}). */
    public ChannelBudget budget() {
        return budget;
    }

    public PolarityType trunkType() {
        return plugs.trunkType;
    }

    public AdapterKeying keying() {
        return plugs.keying;
    }

    /** The polarity method the tier's parts were chosen by (as named, or the default for its polish). */
    public PolarityMethod polarityMethod() {
        return plugs.method;
    }

    /** The polarity method the tier's parts actually build, for the schedule and the report. */
    public PolarityAsBuilt polarityAsBuilt() {
        return copper != null ? new PolarityAsBuilt("copper", choice.polarityMethod(), "copper cables")
                : PolarityAsBuilt.of(plugs, choice.architecture(), choice.polarityMethod());
    }

    /** The transceiver MDI's receptacle at one end (pinned, that end's PMD connector and polish). */
    public ConnectorEnd mdiPlug(TrunkSide side) {
        return side == TrunkSide.NEAR ? plugs.lowerMdi : plugs.upperMdi;
    }

    public ConnectorType trunkConnector() {
        return plugs.trunkConnector;
    }

    public ConnectorEnd trunkPlug() {
        return plugs.trunkPlug;
    }

    /** Fusion-splice points along every trunk of the tier (0 without). */
    public int splicePoints() {
        return choice.architecture() == Architecture.DIRECT || copper != null ? 0 : choice.trunk().splicePoints();
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
            case COPPER -> 0;
        };
        return base + (cassette != null && choice.architecture() != Architecture.DIRECT ? 2 : 0);
    }

    /** Fibres of one slot: a trunk leg's, or a cassette front port's. */
    int fibresPerSlot() {
        return cassette == null ? plugs.trunkConnector.fibreCount() : plugs.cassetteFront.fibreCount();
    }

    /** Fibres one channel of a link lights: the Tx and Rx positions of its lanes (8 per 400G link of a DR8 port). */
    public int litFibresPerMdi() {
        return ends.litFibresPerChannel();
    }

    /** Routed channels (MDIs) of one link: none on a copper tier. */
    public int channelsPerLink() {
        return copper != null ? 0 : ends.channelsPerLink();
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

    /** The plug at the panel end of the lower cord (or harness legs). */
    ConnectorEnd lowerPanelPlug() {
        return plugs.lowerPanel;
    }

    /** The plug at the panel end of the upper cord (or harness legs). */
    ConnectorEnd upperPanelPlug() {
        return plugs.upperPanel;
    }

    /** A short description of the trunk build, e.g. {@code 12xMPO-12 144f Type-B}. */
    public String trunkBuild() {
        return plugs.legs + "x" + plugs.trunkConnector.id() + " " + trunkFibres() + "f Type-" + plugs.trunkType
                + (choice.trunk().legsReversed() ? " legs-reversed" : "");
    }
}
