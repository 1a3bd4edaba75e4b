package org.cablesim.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rounding routed lengths up to stock lengths, and the cassette geometry cross-checks of the catalog. */
class LengthBinsTest {
    private static final LengthBins TRUNK = new LengthBins("trunk", List.of(5.0, 10.0, 20.0), 10, "[test]");

    @Test
    void roundsUpToTheNextStockLengthThenToCustomSteps() {
        assertEquals(5.0, TRUNK.binFor(0), 0);
        assertEquals(5.0, TRUNK.binFor(5), 0);
        assertEquals(10.0, TRUNK.binFor(5.01), 0);
        assertEquals(20.0, TRUNK.binFor(10.5), 0);
        // 20.0000000001 m of summed pitches still fits a 20 m trunk; 21 m is made to order in 10 m steps → 30 m.
        assertEquals(20.0, TRUNK.binFor(20.0000000001), 0);
        assertEquals(30.0, TRUNK.binFor(21), 0);
        assertEquals(50.0, TRUNK.binFor(41), 0);
        assertTrue(TRUNK.isCustom(21));
        assertFalse(TRUNK.isCustom(20));
    }

    @Test
    void rejectsUnsortedOrEmptyBins() {
        assertThrows(IllegalArgumentException.class, () -> new LengthBins("x", List.of(), 1, "[test]"));
        assertThrows(IllegalArgumentException.class, () -> new LengthBins("x", List.of(5.0, 5.0), 1, "[test]"));
        assertThrows(IllegalArgumentException.class, () -> new LengthBins("x", List.of(5.0), 0, "[test]"));
    }

    @Test
    void cassetteConnectorsMustFitItsFibreMap() {
        Catalog.Builder b = Catalog.builder().connector(CatalogFixtures.mpo12()).connector(CatalogFixtures.mpo8());
        b.cassette(new CassetteType("wrong", CassetteConversion.TWO_MPO12_TO_THREE_MPO8, "MPO-8", "MPO-8", 3,
                "[test]"));
        InvalidCatalogException e = assertThrows(InvalidCatalogException.class, b::build);
        assertEquals(1, e.issues().size(), e.getMessage());
        assertEquals("cassettes.wrong.rearConnectorId", e.issues().get(0).path());

        Catalog ok = Catalog.builder().connector(CatalogFixtures.mpo12()).connector(CatalogFixtures.mpo8())
                .cassette(new CassetteType("c", CassetteConversion.TWO_MPO12_TO_THREE_MPO8, "MPO-12", "MPO-8", 3,
                        "[test]")).build();
        assertEquals(2, ok.cassette("c").rearPorts());
        assertThrows(IllegalArgumentException.class, () -> new CassetteType("c",
                CassetteConversion.MPO16_TO_TWO_MPO8, "MPO-16", "MPO-8", 3, "[test]"));
    }
}
