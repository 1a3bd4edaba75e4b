package org.cablesim.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cross-references a catalog must keep: every PMD names a connector, polish, positions and fibre types the
 * catalog holds, and every cassette names connectors of the geometry its fibre map needs.
 */
final class CatalogConsistency {
    private CatalogConsistency() {
    }

    static List<CatalogIssue> issues(Catalog catalog) {
        List<CatalogIssue> issues = new ArrayList<>();
        for (Pmd pmd : catalog.pmds().values()) {
            String at = "pmds." + pmd.id() + ".";
            Optional<ConnectorType> connector = catalog.findConnector(pmd.mdiConnectorId());
            if (connector.isEmpty()) {
                issues.add(new CatalogIssue(at + "mdiConnectorId",
                        UnknownCatalogIdException.message("connector", pmd.mdiConnectorId(), catalog.connectorIds())));
            } else {
                ConnectorType c = connector.get();
                if (!c.polishOptions().contains(pmd.mdiPolish())) {
                    issues.add(new CatalogIssue(at + "mdiPolish", "connector " + c.id() + " is not made with "
                            + pmd.mdiPolish() + " polish (options: " + c.polishOptions() + ")"));
                }
                checkPositions(issues, at + "txPositions", pmd.txPositions(), c);
                checkPositions(issues, at + "rxPositions", pmd.rxPositions(), c);
            }
            for (FibreReach reach : pmd.reaches()) {
                Optional<FibreType> fibre = catalog.findFibre(reach.fibreTypeId());
                if (fibre.isEmpty()) {
                    issues.add(new CatalogIssue(at + "reaches." + reach.fibreTypeId(),
                            UnknownCatalogIdException.message("fibre type", reach.fibreTypeId(), catalog.fibreIds())));
                } else if (fibre.get().kind() != pmd.fibreKind()) {
                    issues.add(new CatalogIssue(at + "reaches." + reach.fibreTypeId(), "fibre type "
                            + reach.fibreTypeId() + " is " + fibre.get().kind() + " but the PMD is "
                            + pmd.fibreKind()));
                }
            }
        }
        for (CassetteType cassette : catalog.cassettes().values()) {
            cassetteIssues(catalog, cassette, issues);
        }
        return issues;
    }

    /** A cassette's connectors must exist and have the geometry its fibre map is written for. */
    private static void cassetteIssues(Catalog catalog, CassetteType cassette, List<CatalogIssue> issues) {
        String at = "cassettes." + cassette.id() + ".";
        Optional<ConnectorType> rear = catalog.findConnector(cassette.rearConnectorId());
        Optional<ConnectorType> front = catalog.findConnector(cassette.frontConnectorId());
        if (rear.isEmpty()) {
            issues.add(new CatalogIssue(at + "rearConnectorId",
                    UnknownCatalogIdException.message("connector", cassette.rearConnectorId(), catalog.connectorIds())));
        }
        if (front.isEmpty()) {
            issues.add(new CatalogIssue(at + "frontConnectorId",
                    UnknownCatalogIdException.message("connector", cassette.frontConnectorId(), catalog.connectorIds())));
        }
        if (rear.isEmpty() || front.isEmpty()) {
            return;
        }
        ConnectorType r = rear.get();
        ConnectorType f = front.get();
        switch (cassette.conversion()) {
            case TWO_MPO12_TO_THREE_MPO8 -> {
                requireGeometry(issues, at + "rearConnectorId", r, 12, 1, 12, "a 12-fibre one-row MPO");
                requireGeometry(issues, at + "frontConnectorId", f, 12, 1, 8, "an 8-fibre 12-position MPO");
            }
            case MPO16_TO_TWO_MPO8 -> {
                requireGeometry(issues, at + "rearConnectorId", r, 16, 1, 16, "a 16-fibre one-row MPO");
                requireGeometry(issues, at + "frontConnectorId", f, 12, 1, 8, "an 8-fibre 12-position MPO");
            }
            case UNIVERSAL_U1, UNIVERSAL_U2 -> {
                if (r.rows() != 1 || r.fibreCount() % 2 != 0 || r.keyStyle() == KeyStyle.NONE) {
                    issues.add(new CatalogIssue(at + "rearConnectorId", "a universal transition needs a one-row"
                            + " array connector with an even fibre count, was " + r.id()));
                }
                requireGeometry(issues, at + "frontConnectorId", f, 2, 1, 2, "a duplex connector");
                if (cassette.frontPorts() != r.fibreCount() / 2) {
                    issues.add(new CatalogIssue(at + "frontPorts", "a universal transition from " + r.id()
                            + " has " + r.fibreCount() / 2 + " duplex ports, was " + cassette.frontPorts()));
                }
            }
            default -> throw new IllegalStateException("unknown conversion " + cassette.conversion());
        }
    }

    private static void requireGeometry(List<CatalogIssue> issues, String path, ConnectorType c, int perRow, int rows,
            int fibres, String what) {
        if (c.fibresPerRow() != perRow || c.rows() != rows || c.fibreCount() != fibres) {
            issues.add(new CatalogIssue(path, "must be " + what + " (" + perRow + " positions x " + rows
                    + " row, " + fibres + " fibres), was " + c.id()));
        }
    }

    private static void checkPositions(List<CatalogIssue> issues, String path, List<Integer> positions,
            ConnectorType connector) {
        List<Integer> missing = new ArrayList<>(positions);
        missing.removeAll(connector.populatedPositions());
        if (!missing.isEmpty()) {
            issues.add(new CatalogIssue(path, "positions " + missing + " are not populated fibre positions of "
                    + connector.id() + " (" + connector.populatedPositions() + ")"));
        }
    }
}
