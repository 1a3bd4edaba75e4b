package org.cablesim.catalog;

/**
 * One inconsistency between catalog entries, e.g. a PMD naming a connector the catalog lacks.
 *
 * @param path    where the offending value sits, in catalog-file terms: {@code pmds.400GBASE-DR4.mdiConnectorId}
 * @param message what is wrong, for a person
 */
public record CatalogIssue(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
