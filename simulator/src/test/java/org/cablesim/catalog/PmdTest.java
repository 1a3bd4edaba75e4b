package org.cablesim.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PmdTest {

    @ParameterizedTest(name = "{0} dB rounds to {1} dB")
    @CsvSource({
        "3.0, 3.0",     // DR4: 2.75 + 0.5 x 0.5
        "1.745, 1.8",   // 100GBASE-SR4 OM3: 1.5 + 3.5 x 0.07, the case that needs the 0.01 dB step
        "1.85, 1.9",    // 100GBASE-SR4 OM4
        "1.71, 1.7",    // SR4.2 OM3 at 3.0 dB/km
        "1.95, 2.0",    // SR4.2 OM5
        "1.74, 1.7",
        "4.0, 4.0",
        "0.04, 0.0"})
    void budgetsRoundLikeIeeeTables(double lossDb, double expectedDb) {
        assertEquals(expectedDb, Pmd.roundBudgetDb(lossDb), 1e-12);
    }

    @Test
    void budgetsComputedFromTheirPartsRoundToThePublishedOnes() {
        assertEquals(1.8, Pmd.roundBudgetDb(1.5 + 3.5 * 70 / 1000.0), 1e-12);
        // 1.5 + 3.0 * 0.15 is stored as 1.9499999999999999556, just below the half.
        double sr42Om5 = 1.5 + 3.0 * 150 / 1000.0;
        assertEquals(2.0, Pmd.roundBudgetDb(sr42Om5), 1e-12);
    }

    @Test
    void dr4BudgetIsAllocationPlusAttenuationTimesReach() {
        Pmd dr4 = CatalogFixtures.dr4("MPO-12");
        assertEquals(3.0, dr4.channelBudgetDb(), 1e-12);
        assertEquals(3.0, dr4.channelBudgetDb("OS2"), 1e-12);
        assertEquals(500, dr4.reachM(), 0);
        assertEquals(List.of("OS2"), dr4.allowedFibreTypes());
        assertEquals(OptionalDouble.of(3.0), dr4.publishedBudgetDb());
    }

    @Test
    void dr4OnMpo12LeavesTheMiddleFourDarkAndOnMpo8None() {
        Pmd dr4 = CatalogFixtures.dr4("MPO-12");
        assertEquals(List.of(5, 6, 7, 8), dr4.darkPositions(CatalogFixtures.mpo12()));
        assertEquals(List.of(), dr4.darkPositions(CatalogFixtures.mpo8()));
    }

    @Test
    void longestReachDecidesTheDefaultBudget() {
        Pmd sr = new Pmd("SR", 4, 8, List.of(1, 2, 3, 4), List.of(9, 10, 11, 12), FibreKind.MMF,
                List.of(new FibreReach("OM3", 70, OptionalDouble.of(1.8)),
                        new FibreReach("OM4", 100, OptionalDouble.of(1.9))),
                1.5, 3.5, "MPO-12", 1, Polish.PC, 25, 100, -55, List.of(), "[test]");
        assertEquals(100, sr.reachM(), 0);
        assertEquals(70, sr.reachM("OM3"), 0);
        assertEquals(1.9, sr.channelBudgetDb(), 1e-12);
        assertEquals(1.8, sr.channelBudgetDb("OM3"), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sr.reachM("OS2"));
        assertTrue(e.getMessage().contains("allowed: OM3, OM4"), e.getMessage());
    }

    @Test
    void rejectsOverlappingTxAndRx() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pmd("X", 4, 8,
                List.of(1, 2, 3, 4), List.of(4, 10, 11, 12), FibreKind.SMF, List.of(new FibreReach("OS2", 500,
                OptionalDouble.empty())), 2.75, 0.5, "MPO-12", 1, Polish.APC, 100, 400, -55, List.of(), "[t]"));
        assertTrue(e.getMessage().contains("overlap at [4]"), e.getMessage());
    }

    @Test
    void rejectsLitFibresThatDisagreeWithPositionsAndConnectors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pmd("X", 8, 8,
                List.of(1, 2, 3, 4), List.of(9, 10, 11, 12), FibreKind.SMF, List.of(new FibreReach("OS2", 500,
                OptionalDouble.empty())), 2.75, 0.5, "MPO-12", 2, Polish.APC, 100, 800, -55, List.of(), "[t]"));
        assertTrue(e.getMessage().contains("= 16, was 8"), e.getMessage());
    }

    @Test
    void rejectsPortSpeedOtherThanLanesTimesLaneRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pmd("X", 4, 8,
                List.of(1, 2, 3, 4), List.of(9, 10, 11, 12), FibreKind.SMF, List.of(new FibreReach("OS2", 500,
                OptionalDouble.empty())), 2.75, 0.5, "MPO-12", 1, Polish.APC, 100, 800, -55, List.of(), "[t]"));
        assertTrue(e.getMessage().contains("lanes x laneRateGbps = 400"), e.getMessage());
    }

    @Test
    void rejectsAReflectanceTableThatLoosensWithMoreReflections() {
        assertThrows(IllegalArgumentException.class, () -> new Pmd("X", 4, 8, List.of(1, 2, 3, 4),
                List.of(9, 10, 11, 12), FibreKind.SMF, List.of(new FibreReach("OS2", 500, OptionalDouble.empty())),
                2.75, 0.5, "MPO-12", 1, Polish.APC, 100, 400, -55,
                List.of(new ReflectanceLimit(1, -35), new ReflectanceLimit(2, -31)), "[t]"));
    }

    @Test
    void rejectsABlankSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pmd("X", 4, 8,
                List.of(1, 2, 3, 4), List.of(9, 10, 11, 12), FibreKind.SMF, List.of(new FibreReach("OS2", 500,
                OptionalDouble.empty())), 2.75, 0.5, "MPO-12", 1, Polish.APC, 100, 400, -55, List.of(), " "));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }
}
