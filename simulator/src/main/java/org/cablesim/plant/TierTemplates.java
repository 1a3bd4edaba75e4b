package org.cablesim.plant;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.HarnessType;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.polarity.Cable;
import org.cablesim.polarity.CableRole;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.ConversionModule;
import org.cablesim.polarity.ConversionModules;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.TierCabling;

/**
 * The element templates of one tier, resolved once against the effective catalog: its cords, harnesses, jumpers,
 * trunk or assembly (label, id and length are placeholders), its cassette modules, and the optics of every kind of
 * mated pair ({@link MatingResolver}). Every channel of the tier is placed from these. Package-private: built by
 * {@link TierPlant}.
 */
final class TierTemplates {
    static final String TEMPLATE = "template";

    private final TierCabling choice;
    private final TierPlugs plugs;
    private final FibreType fibre;
    private final CassetteType cassette;
    private final HarnessType cassetteHarness;
    private final Map<ElementKind, CableRun[]> cables = new EnumMap<>(ElementKind.class);
    private final HarnessRun[] harnesses = new HarnessRun[2];
    private CableRun trunkSpan;
    private final CassetteModule nearCassette;
    private final CassetteModule farCassette;
    private final Map<MatingRole, MatingOptics[]> optics = new EnumMap<>(MatingRole.class);
    private final Catalog catalog;

    TierTemplates(String name, TierCabling choice, TierPlugs plugs, FibreType fibre, CassetteType cassette,
            Catalog catalog, String trunkBuild) {
        this.choice = choice;
        this.catalog = catalog;
        this.plugs = plugs;
        this.fibre = fibre;
        this.cassette = cassette;
        this.cassetteHarness = cassette == null ? null : cassette.harnessId().map(catalog::harness).orElse(null);
        boolean direct = choice.architecture() == Architecture.DIRECT;
        try {
            build(name, catalog, direct, trunkBuild);
            this.nearCassette = cassette == null || direct ? null : new CassetteModule(cassette,
                    cassetteModule(TEMPLATE).reversed(), "cassette:" + cassette.id());
            this.farCassette = cassette == null || direct ? null : new CassetteModule(cassette,
                    cassetteModule(TEMPLATE), "cassette:" + cassette.id());
        } catch (IllegalArgumentException e) {
            throw e instanceof PlantConfigurationException p ? p : new PlantConfigurationException(name, e.getMessage());
        }
        resolveOptics(new MatingResolver(name, catalog, fibre), direct);
    }

    private void build(String name, Catalog catalog, boolean direct, String trunkBuild) {
        TierPlugs p = plugs;
        String lower = p.lowerEquip.connectorTypeId();
        String upper = p.upperEquip.connectorTypeId();
        if (direct) {
            // The direct architecture's one assembly: the lower cord's type and connector, equipment gender both
            // ends; or the harness of the split port, its legs and common plug both at the equipment gender.
            if (p.upperHarness != null || p.lowerHarness != null) {
                boolean atUpper = p.upperHarness != null;
                HarnessType h = atUpper ? p.upperHarness : p.lowerHarness;
                ConnectorEnd common = TierPlugs.plug(name, catalog.connector(h.commonConnectorId()),
                        p.lowerEquip.gender(), p.lowerEquip.polish());
                ConnectorEnd leg = TierPlugs.plug(name, catalog.connector(h.legConnectorId()), p.lowerEquip.gender(),
                        p.lowerEquip.polish());
                harnesses[atUpper ? 1 : 0] = harness(h, common, leg, atUpper ? TrunkSide.FAR : TrunkSide.NEAR);
            } else {
                put(ElementKind.ASSEMBLY, run(ElementKind.ASSEMBLY, Cable.cord(TEMPLATE, p.lowerCordType, p.lowerEquip,
                        p.lowerPanel), lower + " assembly Type-" + p.lowerCordType, "trunk-termination:" + lower,
                        "trunk-metre:" + p.lowerEquip.fibreCount() + "f"));
            }
            return;
        }
        put(ElementKind.CORD, p.lowerHarness != null ? null : run(ElementKind.CORD, Cable.cord(TEMPLATE,
                p.lowerCordType, p.lowerEquip, p.lowerPanel), lower + " cord Type-" + p.lowerCordType, "cord:" + lower,
                "cord-metre:" + lower),
                p.upperHarness != null ? null : run(ElementKind.CORD, Cable.cord(TEMPLATE, p.upperCordType,
                        p.upperPanel, p.upperEquip), upper + " cord Type-" + p.upperCordType, "cord:" + upper,
                        "cord-metre:" + upper));
        if (p.lowerHarness != null) {
            harnesses[0] = harness(p.lowerHarness, p.lowerEquip, p.lowerPanel, TrunkSide.NEAR);
        }
        if (p.upperHarness != null) {
            harnesses[1] = harness(p.upperHarness, p.upperEquip, p.upperPanel, TrunkSide.FAR);
        }
        String trunkConnector = p.trunkConnector.id();
        put(ElementKind.TRUNK, run(ElementKind.TRUNK, new Cable(TEMPLATE, CableRole.TRUNK, p.trunkType, p.trunkPlug,
                p.trunkPlug, p.legs, choice.trunk().legsReversed()), trunkBuild, "trunk-termination:" + trunkConnector,
                "trunk-metre:" + p.legs * p.trunkConnector.fibreCount() + "f"));
        // Spans after a splice point run fibre k to fibre k: the trunk's Type and leg order act once, in span 1.
        this.trunkSpan = run(ElementKind.TRUNK, new Cable(TEMPLATE, CableRole.TRUNK, PolarityType.A, p.trunkPlug,
                p.trunkPlug, p.legs, false), trunkBuild, "trunk-termination:" + trunkConnector,
                "trunk-metre:" + p.legs * p.trunkConnector.fibreCount() + "f");
        String lowerPanel = p.lowerPanel.connectorTypeId();
        String upperPanel = p.upperPanel.connectorTypeId();
        put(ElementKind.JUMPER, run(ElementKind.JUMPER, Cable.cord(TEMPLATE, p.jumperType, p.lowerJumperEquip,
                p.lowerJumperTrunk), lowerPanel + " jumper Type-" + p.jumperType, "cord:" + lowerPanel,
                "cord-metre:" + lowerPanel),
                run(ElementKind.JUMPER, Cable.cord(TEMPLATE, p.jumperType, p.upperJumperTrunk, p.upperJumperEquip),
                        upperPanel + " jumper Type-" + p.jumperType, "cord:" + upperPanel, "cord-metre:" + upperPanel));
        if (cassette != null) {
            cassetteModule(TEMPLATE);
        }
    }

    /** A harness template, oriented so its near ports face the near transceiver. */
    private HarnessRun harness(HarnessType h, ConnectorEnd common, ConnectorEnd leg, TrunkSide side) {
        ConversionModule m = ConversionModules.harness(h, TEMPLATE, common, leg);
        return new HarnessRun(TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE, 0, h, side == TrunkSide.NEAR ? m : m.reversed(),
                fibre, 1, side, "harness:" + h.id());
    }

    private void put(ElementKind kind, CableRun... nearAndFar) {
        cables.put(kind, nearAndFar);
    }

    private CableRun run(ElementKind kind, Cable cable, String build, String perAssembly, String perMetre) {
        var entry = catalog.findPrice(perAssembly);
        return new CableRun(kind, TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE, 0, cable, fibre, build,
                new CableRun.CablePriceIds(perAssembly, perMetre, entry.map(e -> e.partNumber()).orElse(""),
                        entry.map(e -> e.jacket()).orElse("")));
    }

    ConversionModule cassetteModule(String label) {
        return ConversionModules.of(cassette.conversion(), cassetteHarness, label, plugs.cassetteRear,
                plugs.cassetteFront);
    }

    private void resolveOptics(MatingResolver resolver, boolean direct) {
        TierPlugs p = plugs;
        ConnectorEnd lowerFar = direct ? farPlugOfAssembly() : p.upperEquip;
        ConnectorEnd nearCord = direct && harnesses[0] == null && harnesses[1] != null
                ? harnesses[1].module().nearEnd(1) : direct && harnesses[0] != null ? harnesses[0].module().nearEnd(1)
                : p.lowerEquip;
        optics.put(MatingRole.MDI, new MatingOptics[] {
            resolver.optics(lossClassId(choice.lossClasses().mdi(), p.lowerMdiConnector),
                    why(choice.lossClasses().mdi(), "MDI", p.lowerMdiConnector), p.lowerMdi, nearCord),
            resolver.optics(lossClassId(choice.lossClasses().mdi(), p.upperMdiConnector),
                    why(choice.lossClasses().mdi(), "MDI", p.upperMdiConnector), lowerFar, p.upperMdi)});
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
        if (choice.trunk().splicePoints() > 0) {
            String id = choice.lossClasses().splice().orElse("splice-fusion");
            MatingOptics o = resolver.spliceOptics(id, choice.lossClasses().splice().isPresent()
                    ? "named for the trunk splices" : "the default for trunk splices");
            optics.put(MatingRole.SPLICE, new MatingOptics[] {o, o});
        }
        if (xc) {
            String id = lossClassId(choice.lossClasses().adapter(), p.trunkConnector);
            String why = why(choice.lossClasses().adapter(), "cross-connect adapter", p.trunkConnector);
            optics.put(MatingRole.CROSS_CONNECT, new MatingOptics[] {
                resolver.optics(id, why, p.lowerPanel, p.lowerJumperEquip),
                resolver.optics(id, why, p.upperJumperEquip, p.upperPanel)});
        }
    }

    private ConnectorEnd farPlugOfAssembly() {
        if (harnesses[1] != null) {
            return harnesses[1].module().farEnd(1);
        }
        if (harnesses[0] != null) {
            return harnesses[0].module().farEnd(1);
        }
        return plugs.lowerPanel;
    }

    static String lossClassId(Optional<String> chosen, ConnectorType connector) {
        return chosen.orElse(connector.keyStyle() == KeyStyle.NONE ? "lc-standard" : "mpo-standard");
    }

    private static String why(Optional<String> chosen, String role, ConnectorType connector) {
        return chosen.isPresent() ? "named for the " + role + "s" : "the default for " + connector.id() + " "
                + role + "s";
    }

    /** The template of a cable of this tier, or null for a cord a harness replaces. */
    CableRun cable(ElementKind kind, TrunkSide side) {
        CableRun[] runs = cables.get(kind);
        if (runs == null) {
            return null;
        }
        return runs[side == TrunkSide.NEAR || runs.length == 1 ? 0 : 1];
    }

    /** The template of a trunk span after a splice point (straight, legs in order). */
    CableRun trunkSpan() {
        return trunkSpan;
    }

    /** The harness template at one end, or null. */
    HarnessRun harness(TrunkSide side) {
        return harnesses[side == TrunkSide.NEAR ? 0 : 1];
    }

    CassetteModule nearCassette() {
        return nearCassette;
    }

    CassetteModule farCassette() {
        return farCassette;
    }

    MatingOptics[] optics(MatingRole role) {
        return optics.get(role);
    }
}
