package org.cablesim.plant;

import java.util.Optional;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.HarnessType;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CordChoice;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;

/**
 * The polarity types and plug facts of every cable, harness and cassette port of one tier, from the plan's choices
 * and their documented defaults (see {@link TierPlant}). At an end whose port is split by a harness, the harness
 * takes the equipment cord's place: its common plug meets the MDI, its legs the panel (or, with {@code direct}, the
 * far transceivers). Package-private: {@link TierPlant} holds one.
 */
final class TierPlugs {
    /** Fibres of a trunk when the plan does not give its legs: the classic 144-fibre trunk. */
    static final int DEFAULT_TRUNK_FIBRES = 144;

    final PolarityMethod method;
    final PolarityType lowerCordType;
    final PolarityType upperCordType;
    final PolarityType trunkType;
    final PolarityType jumperType;
    final AdapterKeying keying;
    final ConnectorType lowerMdiConnector;
    final ConnectorType upperMdiConnector;
    final ConnectorEnd lowerMdi;
    final ConnectorEnd upperMdi;
    final HarnessType lowerHarness;
    final HarnessType upperHarness;
    final ConnectorEnd lowerEquip;
    final ConnectorEnd lowerPanel;
    final ConnectorEnd upperPanel;
    final ConnectorEnd upperEquip;
    final ConnectorType trunkConnector;
    final int legs;
    final ConnectorEnd trunkPlug;
    final ConnectorEnd lowerJumperEquip;
    final ConnectorEnd lowerJumperTrunk;
    final ConnectorEnd upperJumperTrunk;
    final ConnectorEnd upperJumperEquip;
    final ConnectorEnd cassetteRear;
    final ConnectorEnd cassetteFront;

    TierPlugs(String name, TierCabling choice, TierEnds ends, Polish polish, CassetteType cassette, Catalog catalog) {
        boolean direct = choice.architecture() == Architecture.DIRECT;
        this.method = method(name, choice, polish);
        this.trunkType = choice.trunk().type().orElse(switch (method) {
            case A -> PolarityType.A;
            case C -> PolarityType.C;
            case B, U1, U2 -> PolarityType.B;
        });
        this.keying = choice.adapterType().orElse(switch (method) {
            case A, C, U1 -> AdapterKeying.KEY_UP_KEY_DOWN;
            case B, U2 -> AdapterKeying.KEY_UP_KEY_UP;
        });
        PolarityType lowerDefault = direct ? (method == PolarityMethod.C ? PolarityType.C : PolarityType.B)
                : method == PolarityMethod.A ? PolarityType.A : PolarityType.B;
        this.lowerCordType = choice.lowerCord().type().orElse(lowerDefault);
        this.upperCordType = choice.upperCord().type().orElse(PolarityType.B);
        this.jumperType = choice.jumpers().type().orElse(switch (method) {
            case A, C, U1 -> PolarityType.A;
            case B, U2 -> PolarityType.B;
        });

        Pmd lowerPmd = ends.lower().pmd();
        Pmd upperPmd = ends.upper().pmd();
        this.lowerMdiConnector = catalog.connector(lowerPmd.mdiConnectorId());
        this.upperMdiConnector = catalog.connector(upperPmd.mdiConnectorId());
        this.lowerMdi = plug(name, lowerMdiConnector, Gender.PINNED, lowerPmd.mdiPolish());
        this.upperMdi = plug(name, upperMdiConnector, Gender.PINNED, upperPmd.mdiPolish());
        this.lowerHarness = ends.lower().harness().orElse(null);
        this.upperHarness = ends.upper().harness().orElse(null);
        if (direct && lowerHarness != null && upperHarness != null) {
            throw new PlantConfigurationException(name, "architecture", "a direct assembly cannot carry a harness at"
                    + " both ends (both ports are split): use interconnect or cross-connect");
        }
        requireHarnessConnectors(name, "lower", choice.lowerCord(), lowerHarness);
        requireHarnessConnectors(name, "upper", choice.upperCord(), upperHarness);

        Gender cassetteGender = choice.cassette().flatMap(c -> c.gender()).orElse(Gender.PINNED);
        if (cassette != null) {
            this.cassetteRear = plug(name, catalog.connector(cassette.rearConnectorId()), cassetteGender, polish);
            this.cassetteFront = plug(name, catalog.connector(cassette.frontConnectorId()), cassetteGender, polish);
        } else {
            this.cassetteRear = null;
            this.cassetteFront = null;
        }
        String defaultTrunk = cassette != null ? cassette.rearConnectorId()
                : lowerHarness != null ? lowerHarness.legConnectorId()
                : upperHarness != null ? upperHarness.legConnectorId() : lowerPmd.mdiConnectorId();
        this.trunkConnector = catalog.connector(choice.trunk().connectorId().orElse(defaultTrunk));
        int rear = cassette == null ? 1 : cassette.rearPorts();
        int defaultLegs = Math.max(rear, DEFAULT_TRUNK_FIBRES / trunkConnector.fibreCount() / rear * rear);
        this.legs = choice.trunk().legs().orElse(defaultLegs);
        if (legs % rear != 0) {
            throw new PlantConfigurationException(name, "trunk.legs", "trunk legs (" + legs + ") must be a multiple"
                    + " of the " + cassette.id() + " cassette's " + rear + " rear ports");
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

        ConnectorType lowerEquipConnector = connector(catalog, choice.lowerCord(), lowerHarness, lowerPmd, true);
        ConnectorType lowerPanelConnector = connector(catalog, choice.lowerCord(), lowerHarness, lowerPmd, false);
        ConnectorType upperEquipConnector = connector(catalog, choice.upperCord(), upperHarness, upperPmd, true);
        ConnectorType upperPanelConnector = connector(catalog, choice.upperCord(), upperHarness, upperPmd, false);
        Polish lowerPolish = choice.lowerCord().polish().orElse(polish);
        Polish upperPolish = choice.upperCord().polish().orElse(polish);
        Gender lowerEquipGender = choice.lowerCord().equipmentGender().orElse(Gender.UNPINNED);
        this.lowerEquip = plug(name, lowerEquipConnector, lowerEquipGender, lowerPolish);
        // A direct assembly's far end is its "panel" plug: it meets the far transceiver, so it takes the equipment
        // gender.
        this.lowerPanel = plug(name, lowerPanelConnector, direct ? lowerEquipGender
                : choice.lowerCord().panelGender().orElse(Plugs.opposite(panelPartner)), lowerPolish);
        this.upperEquip = plug(name, upperEquipConnector, choice.upperCord().equipmentGender()
                .orElse(Gender.UNPINNED), upperPolish);
        this.upperPanel = plug(name, upperPanelConnector, choice.upperCord().panelGender().orElse(
                Plugs.opposite(panelPartner)), upperPolish);
        this.lowerJumperEquip = plug(name, lowerPanelConnector, jumperEquip, jumperPolish);
        this.lowerJumperTrunk = plug(name, lowerPanelConnector, jumperTrunk, jumperPolish);
        this.upperJumperEquip = plug(name, upperPanelConnector, jumperEquip, jumperPolish);
        this.upperJumperTrunk = plug(name, upperPanelConnector, jumperTrunk, jumperPolish);
    }

    /**
     * The polarity method: as named, or U1 for APC array cabling (Type-B trunk and cords with Type-A adapters, since
     * angled faces only meet key-up/key-down) and B otherwise. Method B named with APC and no adapter type would need
     * key-up/key-up adapters whose APC faces cannot touch: refused rather than silently built as U1.
     */
    private static PolarityMethod method(String name, TierCabling choice, Polish polish) {
        Optional<PolarityMethod> named = choice.polarityMethod();
        if (named.isEmpty()) {
            return polish == Polish.APC ? PolarityMethod.U1 : PolarityMethod.B;
        }
        if (named.get() == PolarityMethod.B && polish == Polish.APC && choice.adapterType().isEmpty()) {
            throw new PlantConfigurationException(name, "polarityMethod", "Method B needs key-up/key-up (Type-B)"
                    + " adapters, in which APC array plugs cannot touch (their 8° faces are opposed): write"
                    + " polarityMethod: U1 for the same Type-B trunk and cords with Type-A adapters, or Method A");
        }
        return named.get();
    }

    private static void requireHarnessConnectors(String name, String end, CordChoice cord, HarnessType harness) {
        if (harness != null && cord.connectorId().isPresent()) {
            throw new PlantConfigurationException(name, "cords." + end + ".connector", "the " + end + " end's ports"
                    + " are split by harness " + harness.id() + ", whose plugs are " + harness.commonConnectorId()
                    + " and " + harness.legConnectorId() + ": leave the cord connector out");
        }
    }

    /** A cord's (or harness's) connector at its equipment or panel end. */
    private static ConnectorType connector(Catalog catalog, CordChoice cord, HarnessType harness, Pmd pmd,
            boolean equipmentEnd) {
        if (harness != null) {
            return catalog.connector(equipmentEnd ? harness.commonConnectorId() : harness.legConnectorId());
        }
        return catalog.connector(cord.connectorId().orElse(pmd.mdiConnectorId()));
    }

    static ConnectorEnd plug(String tier, ConnectorType type, Gender gender, Polish polish) {
        try {
            return Plugs.of(type, gender, polish);
        } catch (IllegalArgumentException e) {
            throw new PlantConfigurationException(tier, e.getMessage());
        }
    }
}
