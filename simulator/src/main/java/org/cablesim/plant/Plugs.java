package org.cablesim.plant;

import java.util.List;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.polarity.ConnectorEnd;

/** Turns catalog connector types and plan choices into the plug facts the polarity checks work on. */
public final class Plugs {
    private Plugs() {
    }

    /**
     * A plug of a catalog connector type. Connectors without guide pins get no gender whatever was chosen.
     *
     * @throws IllegalArgumentException when the connector's populated positions are not the outer positions the
     *                                  polarity model assumes for partly populated ferrules (MPO-8: 1–4, 9–12)
     */
    public static ConnectorEnd of(ConnectorType type, Gender gender, Polish polish) {
        ConnectorEnd end = new ConnectorEnd(type.id(), type.fibresPerRow(), type.rows(),
                type.keyStyle(), type.hasGender() ? gender : Gender.NONE, polish, type.fibreCount());
        List<Integer> populated = type.populatedPositions();
        for (int p = 1; p <= type.positionCount(); p++) {
            if (end.isPopulated(p) != populated.contains(p)) {
                throw new IllegalArgumentException("connector " + type.id() + " populates " + populated
                        + ": the plant models partly populated ferrules only on their outer positions");
            }
        }
        return end;
    }

    /**
     * The MDI receptacle of a PMD's transceiver: its connector, pinned where the connector has pins, its polish.
     *
     * @param catalog the effective catalog
     * @param pmd     the PMD
     * @return the plug, or empty when the catalog lacks the connector or the plant cannot model it
     */
    public static java.util.Optional<ConnectorEnd> receptacle(org.cablesim.catalog.Catalog catalog,
            org.cablesim.catalog.Pmd pmd) {
        java.util.Optional<ConnectorType> type = catalog.findConnector(pmd.mdiConnectorId());
        if (type.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(of(type.get(), org.cablesim.catalog.Gender.PINNED, pmd.mdiPolish()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The other gender of an MPO pair (pinned ↔ unpinned); NONE stays NONE. */
    static Gender opposite(Gender g) {
        return switch (g) {
            case PINNED -> Gender.UNPINNED;
            case UNPINNED -> Gender.PINNED;
            case NONE -> Gender.NONE;
        };
    }
}
