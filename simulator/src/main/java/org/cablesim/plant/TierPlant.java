package org.cablesim.plant;

import java.util.Map;
import java.util.Optional;
import org.cablesim.catalog.CassetteConversion;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Gender;
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
import org.cablesim.polarity.PortPosition;
import org.cablesim.polarity.PositionMap;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PanelChoice;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierSpec;

/**
 * One tier's cabling with every default resolved: the effective PMD, fibre type, plug facts of every cord, trunk,
 * jumper and cassette, adapter keying, trunk capacity in slots (one slot = one MDI's worth of ports: a trunk leg, or
 * a cassette front port) and the slot permutation the trunk applies end to end. It is the shared immutable template
 * every channel of the tier is built from.
 *
 * <p>Defaults (documented in the README): polarity method A = Type-A trunk, Type-A adapters, Type-A lower cord and
 * Type-B upper cord; B = Type-B trunk and cords, Type-B adapters (Type-A for APC, whose angled faces only meet in
 * key-up/key-down adapters); C = Type-C trunk, Type-A adapters, Type-B cords; U1 = Type-B trunk and cords, Type-A
 * adapters; U2 = Type-B trunk, cords and adapters. Jumpers follow the trunk's letter except for U1 (Type-A). A direct
 * assembly is Type-B (Type-C under method C).
 */
public final class TierPlant {
    /** Fibres of a trunk when the plan does not give its legs: the classic 144-fibre trunk. */
    static final int DEFAULT_TRUNK_FIBRES = 144;

    private final int index;
    private final TierSpec tier;
    private final TierCabling choice;
    private final Pmd pmd;
    private final FibreType fibre;
    private final Polish polish;
    private final PolarityType lowerCordType;
    private final PolarityType upperCordType;
    private final PolarityType trunkType;
    private final PolarityType jumperType;
    private final AdapterKeying keying;
    private final ConnectorType mdiConnector;
    private final ConnectorEnd mdiPlug;
    private final ConnectorEnd lowerEquip;
    private final ConnectorEnd lowerPanel;
    private final ConnectorEnd upperPanel;
    private final ConnectorEnd upperEquip;
    private final ConnectorType trunkConnector;
    private final int legs;
    private final ConnectorEnd trunkPlug;
    private final ConnectorEnd lowerJumperEquip;
    private final ConnectorEnd lowerJumperTrunk;
    private final ConnectorEnd upperJumperTrunk;
    private final ConnectorEnd upperJumperEquip;
    private final CassetteType cassette;
    private final ConnectorEnd cassetteRear;
    private final ConnectorEnd cassetteFront;
    private final int slotsPerTrunk;
    private final int[] slotPermutation;
    private final String mdiLossClass;
    private final String adapterLossClass;
    private final String cassetteLossClass;
    private final LengthBins cordBins;
    private final LengthBins jumperBins;
    private final LengthBins trunkBins;
    private final LengthBins assemblyBins;

    private TierPlant(int index, TierSpec tier, TierCabling choice, Catalog catalog) {
        this.index = index;
        this.tier = tier;
        this.choice = choice;
        String name = tier.name();
        this.pmd = catalog.findPmd(choice.pmdId().orElse(tier.pmdId())).orElseThrow(() -> new PlantConfigurationException(
                name, "unknown PMD " + choice.pmdId().orElse(tier.pmdId())));
        String fibreId = choice.fibreTypeId().orElse(pmd.fibreKind() == FibreKind.SMF ? "OS2" : "OM4");
        this.fibre = catalog.findFibre(fibreId).orElseThrow(() -> new PlantConfigurationException(name,
                "the catalog has no fibre type " + fibreId + " (the default for " + pmd.fibreKind()
                        + " PMDs); name one with fibre:"));
        this.polish = choice.polish().orElse(pmd.mdiPolish());
        this.cordBins = bins(catalog, "cord");
        this.jumperBins = bins(catalog, "jumper");
        this.trunkBins = bins(catalog, "trunk");
        this.assemblyBins = bins(catalog, "assembly");

        PolarityMethod method = choice.polarityMethod();
        this.trunkType = choice.trunk().type().orElse(switch (method) {
            case A -> PolarityType.A;
            case C -> PolarityType.C;
            case B, U1, U2 -> PolarityType.B;
        });
        this.keying = choice.adapterType().orElse(switch (method) {
            case A, C, U1 -> AdapterKeying.KEY_UP_KEY_DOWN;
            case U2 -> AdapterKeying.KEY_UP_KEY_UP;
            case B -> polish == Polish.APC ? AdapterKeying.KEY_UP_KEY_DOWN : AdapterKeying.KEY_UP_KEY_UP;
        });
        boolean direct = choice.architecture() == Architecture.DIRECT;
        PolarityType lowerDefault = direct ? (method == PolarityMethod.C ? PolarityType.C : PolarityType.B)
                : method == PolarityMethod.A ? PolarityType.A : PolarityType.B;
        this.lowerCordType = choice.lowerCord().type().orElse(lowerDefault);
        this.upperCordType = choice.upperCord().type().orElse(PolarityType.B);
        this.jumperType = choice.jumpers().type().orElse(switch (method) {
            case A, C, U1 -> PolarityType.A;
            case B, U2 -> PolarityType.B;
        });

        this.mdiConnector = catalog.connector(pmd.mdiConnectorId());
        this.mdiPlug = plug(name, mdiConnector, Gender.PINNED, pmd.mdiPolish());
        if (choice.cassette().isPresent()) {
            this.cassette = catalog.findCassette(choice.cassette().get().cassetteId()).orElseThrow(
                    () -> new PlantConfigurationException(name, "unknown cassette "
                            + choice.cassette().get().cassetteId()));
            Gender g = choice.cassette().get().gender().orElse(Gender.PINNED);
            this.cassetteRear = plug(name, catalog.connector(cassette.rearConnectorId()), g, polish);
            this.cassetteFront = plug(name, catalog.connector(cassette.frontConnectorId()), g, polish);
        } else {
            this.cassette = null;
            this.cassetteRear = null;
            this.cassetteFront = null;
        }
        Gender cassetteGender = choice.cassette().flatMap(c -> c.gender()).orElse(Gender.PINNED);
        this.trunkConnector = catalog.connector(choice.trunk().connectorId().orElse(
                cassette != null ? cassette.rearConnectorId() : pmd.mdiConnectorId()));
        int rear = cassette == null ? 1 : cassette.rearPorts();
        int defaultLegs = Math.max(rear, DEFAULT_TRUNK_FIBRES / trunkConnector.fibreCount() / rear * rear);
        this.legs = choice.trunk().legs().orElse(defaultLegs);
        if (legs % rear != 0) {
            throw new PlantConfigurationException(name, "trunk legs (" + legs + ") must be a multiple of the "
                    + cassette.id() + " cassette's " + rear + " rear ports");
        }
        Gender trunkGender = choice.trunk().gender().orElse(cassette != null ? Plugs.opposite(cassetteGender)
                : Gender.PINNED);
        this.trunkPlug = plug(name, trunkConnector, trunkGender, choice.trunk().polish().orElse(polish));
        Gender trunkSidePartner = cassette != null ? cassetteGender : trunkGender;

        boolean crossConnect = choice.architecture() == Architecture.CROSS_CONNECT;
        Gender jumperEquip = choice.jumpers().equipmentSideGender().orElse(Gender.PINNED);
        Gender jumperTrunk = choice.jumpers().trunkSideGender().orElse(Plugs.opposite(trunkSidePartner));
        Polish jumperPolish = choice.jumpers().polish().orElse(polish);
        Gender panelPartner = crossConnect ? jumperEquip : trunkSidePartner;

        ConnectorType lowerConnector = catalog.connector(choice.lowerCord().connectorId().orElse(pmd.mdiConnectorId()));
        ConnectorType upperConnector = catalog.connector(choice.upperCord().connectorId().orElse(pmd.mdiConnectorId()));
        Polish lowerPolish = choice.lowerCord().polish().orElse(polish);
        Polish upperPolish = choice.upperCord().polish().orElse(polish);
        Gender lowerEquipGender = choice.lowerCord().equipmentGender().orElse(Gender.UNPINNED);
        this.lowerEquip = plug(name, lowerConnector, lowerEquipGender, lowerPolish);
        this.lowerPanel = plug(name, lowerConnector, direct ? lowerEquipGender
                : choice.lowerCord().panelGender().orElse(Plugs.opposite(panelPartner)), lowerPolish);
        this.upperEquip = plug(name, upperConnector, choice.upperCord().equipmentGender().orElse(Gender.UNPINNED),
                upperPolish);
        this.upperPanel = plug(name, upperConnector, choice.upperCord().panelGender().orElse(
                Plugs.opposite(panelPartner)), upperPolish);
        this.lowerJumperEquip = plug(name, lowerConnector, jumperEquip, jumperPolish);
        this.lowerJumperTrunk = plug(name, lowerConnector, jumperTrunk, jumperPolish);
        this.upperJumperEquip = plug(name, upperConnector, jumperEquip, jumperPolish);
        this.upperJumperTrunk = plug(name, upperConnector, jumperTrunk, jumperPolish);

        this.mdiLossClass = lossClass(catalog, choice.lossClasses().mdi(), mdiConnector);
        this.adapterLossClass = lossClass(catalog, choice.lossClasses().adapter(), trunkConnector);
        this.cassetteLossClass = lossClass(catalog, choice.lossClasses().cassette(), trunkConnector);
        this.slotsPerTrunk = cassette == null ? legs : legs / rear * cassette.frontPorts();
        // Build every element once so that an impossible combination fails here, with the tier's name.
        try {
            lowerCord("template");
            upperCord("template");
            if (direct) {
                assembly("template");
            } else {
                trunk("template");
                lowerJumper("template");
                upperJumper("template");
                if (cassette != null) {
                    farCassette("template");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new PlantConfigurationException(name, e.getMessage());
        }
        this.slotPermutation = direct ? new int[0] : slotPermutation();
    }

    /**
     * Resolves a tier's cabling.
     *
     * @param index   the tier's index in the fabric, 0..2
     * @param tier    the fabric tier
     * @param choice  the plan's choices for it
     * @param catalog the effective catalog
     * @throws PlantConfigurationException when the choices cannot be built
     */
    public static TierPlant resolve(int index, TierSpec tier, TierCabling choice, Catalog catalog) {
        return new TierPlant(index, tier, choice, catalog);
    }

    private static LengthBins bins(Catalog catalog, String id) {
        return catalog.findLengthBins(id).orElseThrow(() -> new PlantConfigurationException("*",
                "the catalog has no lengthBins." + id + " (stock lengths the plant rounds " + id + "s up to)"));
    }

    private static ConnectorEnd plug(String tier, ConnectorType type, Gender gender, Polish polish) {
        try {
            return Plugs.of(type, gender, polish);
        } catch (IllegalArgumentException e) {
            throw new PlantConfigurationException(tier, e.getMessage());
        }
    }

    private static String lossClass(Catalog catalog, Optional<String> chosen, ConnectorType connector) {
        String id = chosen.orElse(connector.keyStyle() == KeyStyle.NONE ? "lc-standard"
                : "mpo-standard");
        return catalog.findLossClass(id).isPresent() ? id : "";
    }

    /** Far-end slot of every near-end slot: where the first fibre of each slot's plug arrives; identity if unclear. */
    private int[] slotPermutation() {
        int n = slotsPerTrunk;
        int[] perm = new int[n];
        boolean[] taken = new boolean[n];
        Cable trunk = trunk("t");
        ConversionModule near = cassette == null ? null : nearCassette("c");
        ConversionModule far = cassette == null ? null : farCassette("c");
        for (int s = 0; s < n; s++) {
            int f = traceSlot(s, trunk, near, far);
            if (f < 0 || f >= n || taken[f]) {
                for (int i = 0; i < n; i++) {
                    perm[i] = i;
                }
                return perm;
            }
            taken[f] = true;
            perm[s] = f;
        }
        return perm;
    }

    private int traceSlot(int slot, Cable trunk, ConversionModule near, ConversionModule far) {
        if (cassette == null) {
            return trunk.forward(new PortPosition(slot + 1, firstFibre(trunkPlug))).map(p -> p.port() - 1)
                    .orElse(-1);
        }
        int rear = cassette.rearPorts();
        int front = cassette.frontPorts();
        int c = slot / front;
        PortPosition atRear = near.forward(new PortPosition(slot % front + 1, firstFibre(cassetteFront))).orElse(null);
        if (atRear == null) {
            return -1;
        }
        int q = across(atRear.position(), cassetteRear);
        if (q > trunkPlug.positions()) {
            return -1;
        }
        PortPosition farLeg = trunk.forward(new PortPosition(c * rear + atRear.port(), q)).orElse(null);
        if (farLeg == null) {
            return -1;
        }
        int q2 = across(farLeg.position(), trunkPlug);
        if (q2 > cassetteRear.positions()) {
            return -1;
        }
        int farCassette = (farLeg.port() - 1) / rear;
        return far.forward(new PortPosition((farLeg.port() - 1) % rear + 1, q2))
                .map(p -> farCassette * front + p.port() - 1).orElse(-1);
    }

    private int across(int position, ConnectorEnd arriving) {
        PositionMap map = Adapter.of("a", keying).positionMap(arriving.fibresPerRow(), arriving.rows());
        return map.apply(position);
    }

    private static int firstFibre(ConnectorEnd plug) {
        for (int p = 1; p <= plug.positions(); p++) {
            if (plug.isPopulated(p)) {
                return p;
            }
        }
        throw new IllegalStateException("plug without fibre: " + plug);
    }

    // ---- element factories (labels per instance; everything else shared) ----

    Cable lowerCord(String label) {
        return Cable.cord(label, lowerCordType, lowerEquip, lowerPanel);
    }

    Cable upperCord(String label) {
        return Cable.cord(label, upperCordType, upperPanel, upperEquip);
    }

    /** The direct architecture's one assembly: the lower cord's type and connector, equipment gender both ends. */
    Cable assembly(String label) {
        return Cable.cord(label, lowerCordType, lowerEquip, lowerPanel);
    }

    Cable trunk(String label) {
        return new Cable(label, CableRole.TRUNK, trunkType, trunkPlug, trunkPlug, legs, choice.trunk().legsReversed());
    }

    Cable lowerJumper(String label) {
        return Cable.cord(label, jumperType, lowerJumperEquip, lowerJumperTrunk);
    }

    Cable upperJumper(String label) {
        return Cable.cord(label, jumperType, upperJumperTrunk, upperJumperEquip);
    }

    /** The cassette at the far end: rear (trunk) ports near, front ports far. */
    ConversionModule farCassette(String label) {
        CassetteConversion conversion = cassette.conversion();
        return switch (conversion) {
            case TWO_MPO12_TO_THREE_MPO8 -> ConversionModules.twoMpo12ToThreeMpo8(label, cassetteRear, cassetteFront);
            case MPO16_TO_TWO_MPO8 -> ConversionModules.mpo16ToTwoMpo8(label, cassetteRear, cassetteFront);
            case UNIVERSAL_U1 -> ConversionModules.universalTransition(PolarityType.U1, label, cassetteRear,
                    cassetteFront);
            case UNIVERSAL_U2 -> ConversionModules.universalTransition(PolarityType.U2, label, cassetteRear,
                    cassetteFront);
        };
    }

    /** The cassette at the near end, installed the other way round: front ports face the near transceiver. */
    ConversionModule nearCassette(String label) {
        return farCassette(label).reversed();
    }

    Adapter adapter(String label, Map<Integer, Integer> routing) {
        return new Adapter(label, keying, routing);
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

    public PolarityType trunkType() {
        return trunkType;
    }

    public AdapterKeying keying() {
        return keying;
    }

    /** The transceiver MDI's plug (pinned, the PMD's connector and polish). */
    public ConnectorEnd mdiPlug() {
        return mdiPlug;
    }

    public ConnectorType trunkConnector() {
        return trunkConnector;
    }

    public ConnectorEnd trunkPlug() {
        return trunkPlug;
    }

    /** Legs per trunk end. */
    public int legs() {
        return legs;
    }

    /** Fibres per trunk: legs × fibres per leg connector. */
    public int trunkFibres() {
        return legs * trunkConnector.fibreCount();
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
        return cassette == null ? trunkConnector.fibreCount() : cassetteFront.fibreCount();
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

    public String mdiLossClass() {
        return mdiLossClass;
    }

    public String adapterLossClass() {
        return adapterLossClass;
    }

    public String cassetteLossClass() {
        return cassetteLossClass;
    }

    ConnectorEnd lowerEquip() {
        return lowerEquip;
    }

    ConnectorEnd lowerPanel() {
        return lowerPanel;
    }

    ConnectorEnd upperPanel() {
        return upperPanel;
    }

    ConnectorEnd upperEquip() {
        return upperEquip;
    }

    ConnectorEnd lowerJumperEquip() {
        return lowerJumperEquip;
    }

    ConnectorEnd lowerJumperTrunk() {
        return lowerJumperTrunk;
    }

    ConnectorEnd upperJumperTrunk() {
        return upperJumperTrunk;
    }

    ConnectorEnd upperJumperEquip() {
        return upperJumperEquip;
    }

    PolarityType lowerCordType() {
        return lowerCordType;
    }

    PolarityType upperCordType() {
        return upperCordType;
    }

    PolarityType jumperType() {
        return jumperType;
    }

    /** A short description of the trunk build, e.g. {@code 12xMPO-12 144f Type-B}. */
    public String trunkBuild() {
        return legs + "x" + trunkConnector.id() + " " + trunkFibres() + "f Type-" + trunkType
                + (choice.trunk().legsReversed() ? " legs-reversed" : "");
    }
}
