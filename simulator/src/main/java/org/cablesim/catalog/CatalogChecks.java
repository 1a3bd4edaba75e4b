package org.cablesim.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cross-references of a catalog, checked once every entry reads on its own: every PMD names a connector, polish,
 * positions and fibre types the catalog holds; every cassette and harness names connectors of the geometry its fibre
 * map needs; every alias names a PMD and is not itself a PMD id.
 */
final class CatalogChecks {
    private CatalogChecks() {
    }

    static List<CatalogIssue> issues(Catalog c) {
        List<CatalogIssue> issues = new ArrayList<>();
        for (Pmd pmd : c.pmds().values()) {
            pmdIssues(c, pmd, issues);
        }
        for (CassetteType cassette : c.cassettes().values()) {
            cassetteIssues(c, cassette, issues);
        }
        for (HarnessType harness : c.harnesses().values()) {
            harnessIssues(c, harness, issues);
        }
        for (PmdAlias alias : c.pmdAliases().values()) {
            String at = "pmdAliases." + alias.id() + ".pmd";
            if (c.pmds().containsKey(alias.id())) {
                issues.add(new CatalogIssue("pmdAliases." + alias.id(), "is already the id of a PMD"));
            } else if (!c.pmds().containsKey(alias.pmdId())) {
                issues.add(new CatalogIssue(at, UnknownCatalogIdException.message("PMD", alias.pmdId(), c.pmdIds())));
            }
        }
        return issues;
    }

    private static void pmdIssues(Catalog c, Pmd pmd, List<CatalogIssue> issues) {
        String at = "pmds." + pmd.id() + ".";
        Optional<ConnectorType> connector = c.findConnector(pmd.mdiConnectorId());
        if (connector.isEmpty()) {
            issues.add(new CatalogIssue(at + "mdiConnectorId",
                    UnknownCatalogIdException.message("connector", pmd.mdiConnectorId(), c.connectorIds())));
        } else {
            ConnectorType t = connector.get();
            if (!t.polishOptions().contains(pmd.mdiPolish())) {
                issues.add(new CatalogIssue(at + "mdiPolish", "connector " + t.id() + " is not made with "
                        + pmd.mdiPolish() + " polish (options: " + t.polishOptions() + ")"));
            }
            checkPositions(issues, at + "txPositions", pmd.txPositions(), t);
            checkPositions(issues, at + "rxPositions", pmd.rxPositions(), t);
        }
        for (FibreReach reach : pmd.reaches()) {
            Optional<FibreType> fibre = c.findFibre(reach.fibreTypeId());
            if (fibre.isEmpty()) {
                issues.add(new CatalogIssue(at + "reaches." + reach.fibreTypeId(),
                        UnknownCatalogIdException.message("fibre type", reach.fibreTypeId(), c.fibreIds())));
            } else if (fibre.get().kind() != pmd.fibreKind()) {
                issues.add(new CatalogIssue(at + "reaches." + reach.fibreTypeId(), "fibre type "
                        + reach.fibreTypeId() + " is " + fibre.get().kind() + " but the PMD is " + pmd.fibreKind()));
            }
        }
    }

    /** A cassette's connectors must exist and have the geometry its fibre map is written for. */
    private static void cassetteIssues(Catalog c, CassetteType cassette, List<CatalogIssue> issues) {
        String at = "cassettes." + cassette.id() + ".";
        Optional<ConnectorType> rear = connector(c, cassette.rearConnectorId(), at + "rearConnectorId", issues);
        Optional<ConnectorType> front = connector(c, cassette.frontConnectorId(), at + "frontConnectorId", issues);
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
            case HARNESS -> harnessCassetteIssues(c, cassette, at, issues);
            default -> throw new IllegalStateException("unknown conversion " + cassette.conversion());
        }
    }

    /** A harness cassette carries its harness: rear = the common plug, front = the legs. */
    private static void harnessCassetteIssues(Catalog c, CassetteType cassette, String at, List<CatalogIssue> issues) {
        String id = cassette.harnessId().orElseThrow();
        Optional<HarnessType> h = c.findHarness(id);
        if (h.isEmpty()) {
            issues.add(new CatalogIssue(at + "harness", UnknownCatalogIdException.message("harness", id,
                    c.harnessIds())));
            return;
        }
        if (!h.get().commonConnectorId().equals(cassette.rearConnectorId())) {
            issues.add(new CatalogIssue(at + "rearConnectorId", "must be harness " + id + "'s common connector "
                    + h.get().commonConnectorId() + ", was " + cassette.rearConnectorId()));
        }
        if (!h.get().legConnectorId().equals(cassette.frontConnectorId())) {
            issues.add(new CatalogIssue(at + "frontConnectorId", "must be harness " + id + "'s leg connector "
                    + h.get().legConnectorId() + ", was " + cassette.frontConnectorId()));
        }
        if (cassette.frontPorts() != h.get().legCount()) {
            issues.add(new CatalogIssue(at + "frontPorts", "must be harness " + id + "'s " + h.get().legCount()
                    + " legs, was " + cassette.frontPorts()));
        }
    }

    private static void harnessIssues(Catalog c, HarnessType h, List<CatalogIssue> issues) {
        String at = "harnesses." + h.id() + ".";
        Optional<ConnectorType> common = connector(c, h.commonConnectorId(), at + "commonConnectorId", issues);
        Optional<ConnectorType> leg = connector(c, h.legConnectorId(), at + "legConnectorId", issues);
        for (int k = 0; k < h.legCount(); k++) {
            String legAt = at + "legs[" + k + "].";
            HarnessType.Leg l = h.legs().get(k);
            common.ifPresent(t -> checkPositions(issues, legAt + "commonPositions", l.commonPositions(), t));
            leg.ifPresent(t -> checkPositions(issues, legAt + "legPositions", l.legPositions(), t));
        }
    }

    private static Optional<ConnectorType> connector(Catalog c, String id, String path, List<CatalogIssue> issues) {
        Optional<ConnectorType> t = c.findConnector(id);
        if (t.isEmpty()) {
            issues.add(new CatalogIssue(path, UnknownCatalogIdException.message("connector", id, c.connectorIds())));
        }
        return t;
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
