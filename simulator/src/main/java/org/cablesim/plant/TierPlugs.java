package org.cablesim.plant;

import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;

/**
 * The polarity types and plug facts of every cable and cassette port of one tier, from the plan's choices and their
 * documented defaults (see {@link TierPlant}). Package-private: {@link TierPlant} holds one.
 */
final class TierPlugs {
    /** Fibres of a trunk when the plan does not give its legs: the classic 144-fibre trunk. */
    static final int DEFAULT_TRUNK_FIBRES = 144;

    final PolarityType lowerCordType;
    final PolarityType upperCordType;
    final PolarityType trunkType;
    final PolarityType jumperType;
    final AdapterKeying keying;
    final ConnectorType mdiConnector;
    final ConnectorEnd mdiPlug;
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

    TierPlugs(String name, TierCabling choice, Pmd pmd, Polish polish, CassetteType cassette, Catalog catalog) {
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
        Gender cassetteGender = choice.cassette().flatMap(c -> c.gender()).orElse(Gender.PINNED);
        if (cassette != null) {
            this.cassetteRear = plug(name, catalog.connector(cassette.rearConnectorId()), cassetteGender, polish);
            this.cassetteFront = plug(name, catalog.connector(cassette.frontConnectorId()), cassetteGender, polish);
        } else {
            this.cassetteRear = null;
            this.cassetteFront = null;
        }
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
    }

    private static ConnectorEnd plug(String tier, ConnectorType type, Gender gender, Polish polish) {
        try {
            return Plugs.of(type, gender, polish);
        } catch (IllegalArgumentException e) {
            throw new PlantConfigurationException(tier, e.getMessage());
        }
    }
}
