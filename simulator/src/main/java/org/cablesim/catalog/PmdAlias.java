package org.cablesim.catalog;

/**
 * Another name users type for a PMD, e.g. the InfiniBand generation {@code NDR} for a 400G DR4-class optic; files
 * and results use the PMD's own id once the scenario is read.
 *
 * @param id     the alias, not the id of a PMD
 * @param pmdId  the PMD it names
 * @param source why the name stands for that PMD; non-blank
 */
public record PmdAlias(String id, String pmdId, String source) {
    public PmdAlias {
        Sources.requireId("PMD alias", id);
        Sources.requireId("PMD", pmdId);
        source = Sources.requireSource("PMD alias", id, source);
    }
}
