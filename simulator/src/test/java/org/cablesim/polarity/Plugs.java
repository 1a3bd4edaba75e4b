package org.cablesim.polarity;

import org.cablesim.catalog.Gender;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.Polish;

import static org.cablesim.catalog.Gender.PINNED;
import static org.cablesim.catalog.Gender.UNPINNED;

/** Plugs and lane maps shared by the polarity tests (values from IEEE 802.3 clause 124/167 lane maps and TIA-568.3-E). */
final class Plugs {

    /** 400GBASE-DR4 on MPO-12: Tx 1–4, Rx 9–12, 5–8 dark (IEEE 802.3 clause 124). */
    static final int[] DR4_TX = {1, 2, 3, 4};
    static final int[] DR4_RX = {9, 10, 11, 12};
    /**
     * 800GBASE-DR8 on a native MPO-16: Tx 1–8, Rx 9–16. Assumption: the same left-Tx/right-Rx layout
     * IEEE uses for SR8 on MPO-16; the PMD table names the connector but not the positions.
     */
    static final int[] DR8_TX = {1, 2, 3, 4, 5, 6, 7, 8};
    static final int[] DR8_RX = {9, 10, 11, 12, 13, 14, 15, 16};
    /** A duplex transceiver: Tx on position A (1), Rx on B (2). */
    static final int[] DUPLEX_TX = {1};
    static final int[] DUPLEX_RX = {2};

    static ConnectorEnd mpo12(Polish polish, Gender gender) {
        return new ConnectorEnd("MPO-12-" + polish, 12, 1, KeyStyle.CENTRE, gender, polish);
    }

    static ConnectorEnd mpo8(Polish polish, Gender gender) {
        return new ConnectorEnd("MPO-8-" + polish, 12, 1, KeyStyle.CENTRE, gender, polish, 8);
    }

    static ConnectorEnd mpo16(Polish polish, Gender gender) {
        return new ConnectorEnd("MPO-16-" + polish, 16, 1, KeyStyle.OFFSET, gender, polish);
    }

    static ConnectorEnd mpo24(Polish polish, Gender gender) {
        return new ConnectorEnd("MPO-24-" + polish, 12, 2, KeyStyle.CENTRE, gender, polish);
    }

    static ConnectorEnd lcDuplex(Polish polish) {
        return new ConnectorEnd("LC-duplex-" + polish, 2, 1, KeyStyle.NONE, Gender.NONE, polish);
    }

    /** Equipment/patch cord, unpinned at both ends (it meets pinned MDIs and pinned trunks). */
    static Cable cord(String label, PolarityType type, ConnectorEnd plug) {
        return Cable.cord(label, type, plug.withGender(UNPINNED), plug.withGender(UNPINNED));
    }

    /** Trunk, pinned at both ends. */
    static Cable trunk(String label, PolarityType type, ConnectorEnd plug) {
        return Cable.trunk(label, type, plug.withGender(PINNED), plug.withGender(PINNED), 1);
    }

    /** cord – adapter – trunk – adapter – cord, the five-element channel of TIA-568.3-E. */
    static Channel fiveElement(PolarityType nearCord, AdapterKeying a1, PolarityType trunk, AdapterKeying a2,
                               PolarityType farCord, ConnectorEnd plug) {
        return Channel.of(cord("C1", nearCord, plug), Adapter.of("panel P01 port 5", a1),
                trunk("T1", trunk, plug), Adapter.of("panel P02 port 5", a2), cord("C2", farCord, plug));
    }

    private Plugs() {
    }
}
