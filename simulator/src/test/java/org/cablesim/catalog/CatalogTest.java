package org.cablesim.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cablesim.stats.Family;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void looksUpByIdAndListsIdsSorted() {
        Catalog c = CatalogFixtures.small();
        assertEquals("400GBASE-DR4", c.pmd("400GBASE-DR4").id());
        assertEquals(List.of("MPO-12", "MPO-8"), c.connectorIds());
        assertEquals(List.of("OM4", "OS2"), c.fibreIds());
        assertTrue(c.findPmd("nope").isEmpty());
        assertFalse(c.isEmpty());
        assertTrue(new Catalog().isEmpty());
    }

    @Test
    void unknownIdMessageListsTheKnownOnes() {
        UnknownCatalogIdException e = assertThrows(UnknownCatalogIdException.class,
                () -> CatalogFixtures.small().connector("MPO-13"));
        assertEquals("unknown connector 'MPO-13' (known: MPO-12, MPO-8)", e.getMessage());
    }

    @Test
    void mergeReplacesAndAddsById() {
        Catalog base = CatalogFixtures.small();
        LossClass tighter = new LossClass("grade-C", 0.3, 0.5, 97, Family.GAMMA, Map.of(), "[user]");
        LossClass added = new LossClass("my-class", 0.1, 0.2, 99, Family.LOGNORMAL, Map.of(), "[user]");
        Catalog overlay = Catalog.builder().lossClass(tighter).lossClass(added).build();
        Catalog merged = base.merge(overlay);
        assertEquals(0.3, merged.lossClass("grade-C").meanDb(), 0);
        assertEquals(added, merged.lossClass("my-class"));
        assertEquals(base.pmds(), merged.pmds());
        assertEquals(0.25, base.lossClass("grade-C").meanDb(), 0, "the base is unchanged");
    }

    @Test
    void crossReferencesAreCheckedAndAllIssuesReported() {
        Pmd dangling = CatalogFixtures.dr4("MPO-13");
        Pmd wrongFibre = new Pmd("SMF-on-OM4", 4, 8, List.of(1, 2, 3, 4), List.of(9, 10, 11, 12), FibreKind.SMF,
                List.of(new FibreReach("OM4", 100, OptionalDouble.empty())), 2.75, 0.5, "MPO-8", 1, Polish.UPC,
                100, 400, -55, List.of(), "[test]");
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class, () -> Catalog.builder()
                .connector(CatalogFixtures.mpo12()).connector(CatalogFixtures.mpo8()).fibre(CatalogFixtures.os2())
                .fibre(CatalogFixtures.om4()).pmd(dangling).pmd(wrongFibre).build());
        assertEquals(List.of(
                "pmds.400GBASE-DR4.mdiConnectorId",
                "pmds.SMF-on-OM4.mdiPolish",
                "pmds.SMF-on-OM4.reaches.OM4"),
                e.issues().stream().map(CatalogIssue::path).toList());
    }

    @Test
    void positionsMustBePopulatedOnTheConnector() {
        // DR4's Rx 9-12 exist on MPO-8, but a PMD using position 5 does not fit a base-8 connector.
        Pmd middle = new Pmd("mid", 4, 8, List.of(1, 2, 3, 4), List.of(5, 6, 7, 8), FibreKind.SMF,
                List.of(new FibreReach("OS2", 500, OptionalDouble.empty())), 2.75, 0.5, "MPO-8", 1, Polish.APC,
                100, 400, -55, List.of(), "[test]");
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class,
                () -> CatalogFixtures.small().toBuilder().pmd(middle).build());
        assertEquals("pmds.mid.rxPositions", e.issues().get(0).path());
    }

    @Test
    void equalContentMeansEqualCatalogs() {
        assertEquals(CatalogFixtures.small(), CatalogFixtures.small());
        assertEquals(CatalogFixtures.small().hashCode(), CatalogFixtures.small().hashCode());
        assertNotEquals(CatalogFixtures.small(), new Catalog());
        Catalog c = CatalogFixtures.small();
        assertSame(c.pmd("400GBASE-DR4"), c.toBuilder().build().pmd("400GBASE-DR4"));
    }

    @Test
    void mapsAreUnmodifiable() {
        Catalog c = CatalogFixtures.small();
        assertThrows(UnsupportedOperationException.class, () -> c.pmds().clear());
    }
}
