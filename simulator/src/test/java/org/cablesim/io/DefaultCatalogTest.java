package org.cablesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreReach;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.LossClass;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.Polish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sanity of the shipped catalog data: ids, sources, citations, geometry, budgets. */
class DefaultCatalogTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final Pattern TAG = Pattern.compile("\\[(std|vendor|paper|derived|assume)]");

    /* The built-in catalog is split into parts under 400 lines; a part left off the list would be silently lost. */
    @Test
    void everyBuiltInPartIsRead() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src", "main", "resources", "org", "cablesim",
                "catalog", "default"))) {
            assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
                    CatalogReader.BUILT_IN_RESOURCES);
        }
    }

    @Test
    void holdsEveryPmdTheBriefNames() {
        assertTrue(CATALOG.pmdIds().containsAll(List.of("400GBASE-DR4", "800GBASE-DR8", "800G-2xDR4",
                "1.6TBASE-DR8", "800G-PSM8", "100GBASE-SR4", "400GBASE-SR8", "400GBASE-SR4.2", "400GBASE-SR4",
                "100GBASE-FR1", "800GBASE-SR8", "800GBASE-VR8", "400G-SR4-APC", "800G-2xSR4-APC", "400GBASE-FR4",
                "800G-2xFR4", "100GBASE-DR", "800GBASE-DR8-2", "800GBASE-DR4", "1.6T-2xDR4", "NDR200")),
                CATALOG.pmdIds().toString());
        assertEquals(List.of("MPO12-2xMPO12-splitter", "MPO12-4xLC", "MPO16-2xMPO12", "MPO16-2xMPO8",
                "MPO24-2xMPO12", "MPO32-2xMPO16"), CATALOG.harnessIds());
        assertEquals(List.of("LC-duplex", "MPO-12", "MPO-16", "MPO-24", "MPO-32", "MPO-8"), CATALOG.connectorIds());
        assertEquals(List.of("OM3", "OM4", "OM5", "OS1a", "OS2"), CATALOG.fibreIds());
        assertTrue(CATALOG.lossClassIds().containsAll(List.of("grade-B", "grade-C", "grade-D", "mpo-standard",
                "mpo-low-loss", "splice-fusion")));
    }

    @Test
    void builtInIsReadOnce() {
        assertSame(CatalogReader.builtIn(), CatalogReader.builtIn());
    }

    @ParameterizedTest(name = "{0} on {1}: {2} dB")
    @CsvSource({
        "400GBASE-DR4, OS2, 3.0",
        "800GBASE-DR8, OS2, 3.0",
        "800G-2xDR4, OS2, 3.0",
        "100GBASE-FR1, OS2, 4.0",
        "100GBASE-SR4, OM3, 1.8",
        "100GBASE-SR4, OM4, 1.9",
        "400GBASE-SR8, OM3, 1.8",
        "400GBASE-SR8, OM4, 1.9",
        "400GBASE-SR4.2, OM3, 1.7",
        "400GBASE-SR4.2, OM4, 1.8",
        "400GBASE-SR4.2, OM5, 2.0",
        "400GBASE-SR4, OM3, 1.7",
        "400GBASE-SR4, OM4, 1.8",
        "400GBASE-SR4, OM5, 1.8",
        "800G-PSM8, OS2, 2.8",
        "400GBASE-DR4, OS1a, 3.0",
        "800GBASE-DR8, OS1a, 3.0",
        "100GBASE-DR, OS2, 3.0",
        "100GBASE-DR, OS1a, 3.0",
        "800GBASE-DR8-2, OS2, 4.0",
        "800GBASE-DR8-2, OS1a, 4.0",
        "400GBASE-FR4, OS2, 4.0",
        "400GBASE-FR4, OS1a, 4.0",
        "800G-2xFR4, OS2, 4.0",
        "800GBASE-DR4, OS2, 3.0",
        "800GBASE-DR4, OS1a, 3.0",
        "1.6TBASE-DR8, OS2, 3.0",
        "1.6T-2xDR4, OS2, 3.0",
        "NDR200, OS2, 2.8",
        "800GBASE-SR8, OM3, 1.7",
        "800GBASE-SR8, OM4, 1.8",
        "800GBASE-SR8, OM5, 1.8",
        "800GBASE-VR8, OM3, 1.6",
        "800GBASE-VR8, OM4, 1.7",
        "800GBASE-VR8, OM5, 1.7",
        "400G-SR4-APC, OM4, 1.7",
        "800G-2xSR4-APC, OM4, 1.7"})
    void derivedBudgetsMatchDomainFigures(String pmdId, String fibre, double budgetDb) {
        assertEquals(budgetDb, CATALOG.pmd(pmdId).channelBudgetDb(fibre), 1e-12);
    }

    /*
     * Every PMD's budget on every grade is allocation + the attenuation assumed on that grade x its reach, rounded as
     * IEEE does, computed here by hand (not through Pmd): the published figure where one is published.
     */
    @Test
    void everyBudgetIsAllocationPlusAttenuationTimesReachRounded() {
        int published = 0;
        for (Pmd pmd : CATALOG.pmds().values()) {
            for (FibreReach reach : pmd.reaches()) {
                double attenuation = reach.attenuationDbPerKm().orElse(pmd.attenuationDbPerKm());
                long hundredths = Math.round((pmd.connectionAllocationDb() + attenuation * reach.reachM() / 1000.0)
                        * 100 + 1e-6);
                double byHand = Math.round(hundredths / 10.0) / 10.0;
                assertEquals(byHand, pmd.channelBudgetDb(reach.fibreTypeId()), 1e-12,
                        pmd.id() + " on " + reach.fibreTypeId());
                if (reach.publishedBudgetDb().isPresent()) {
                    assertEquals(reach.publishedBudgetDb().getAsDouble(), byHand, 1e-12,
                            pmd.id() + " on " + reach.fibreTypeId());
                    published++;
                }
            }
        }
        // Published figures, by hand from the catalog file: DR4, 100G DR, DR8, DR8-2xMPO12, 2xDR4, FR4, 2xFR4 2
        // each (OS2, OS1a); DR8-2, 1.6TBASE-DR8, PSM8, FR1 1 each; 100G SR4 2; 400G SR8 3; SR4.2 3; 400G SR4 2;
        // 800G SR8 2: 14 + 4 + 12 = 30.
        assertEquals(30, published);
    }

    @Test
    void reachPerGradeFollowsTheStandards() {
        assertEquals(250, CATALOG.pmd("400GBASE-DR4").reachM("OS1a"), 0);
        assertEquals(500, CATALOG.pmd("400GBASE-DR4").reachM("OS2"), 0);
        assertEquals(1000, CATALOG.pmd("400GBASE-FR4").reachM("OS1a"), 0);
        assertEquals(2000, CATALOG.pmd("800GBASE-DR8-2").reachM("OS2"), 0);
        assertEquals(60, CATALOG.pmd("400GBASE-SR4").reachM("OM3"), 0);
        assertEquals(100, CATALOG.pmd("400GBASE-SR4").reachM("OM5"), 0);
        assertEquals(60, CATALOG.pmd("800GBASE-SR8").reachM("OM3"), 0);
        assertEquals(50, CATALOG.pmd("800GBASE-VR8").reachM("OM4"), 0);
        assertEquals(50, CATALOG.pmd("400G-SR4-APC").reachM("OM4"), 0);
        assertEquals(150, CATALOG.pmd("400GBASE-SR4.2").reachM("OM5"), 0);
    }

    @Test
    void infiniBandNamesAreAliases() {
        assertEquals("400GBASE-DR4", CATALOG.pmd("NDR").id());
        assertEquals("800GBASE-DR4", CATALOG.pmd("XDR").id());
        assertEquals("800G-2xDR4", CATALOG.pmd("2xNDR").id());
        assertEquals("1.6T-2xDR4", CATALOG.pmd("2xXDR").id());
        assertEquals("1.6TBASE-DR8", CATALOG.pmd("1.6T-DR8").id());
        assertEquals(2, CATALOG.pmd("NDR200").lanes());
    }

    @Test
    void everyEntryHasATaggedSourceNote() {
        List<String> sources = new ArrayList<>();
        CATALOG.pmds().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.connectors().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.fibres().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.lossClasses().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.reflectanceClasses().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.prices().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.labour().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.harnesses().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.pmdAliases().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        CATALOG.cassettes().values().forEach(e -> sources.add(e.id() + " " + e.source()));
        assertTrue(sources.size() > 60, "entries: " + sources.size());
        for (String source : sources) {
            assertTrue(TAG.matcher(source).find(), "no source tag: " + source);
            assertFalse(source.contains("DOMAIN"), "cites a file the repository does not hold: " + source);
        }
    }

    /* Grades come from IEC 61755-1 (61753-1 is the performance-category standard), single-row MPO-16 from
       IEC 61754-7-1 and MPO-32 from IEC 61754-7-3. */
    @Test
    void standardsCitationsAreTheRightOnes() {
        for (String grade : List.of("grade-B", "grade-C", "grade-D")) {
            assertTrue(CATALOG.lossClass(grade).source().contains("IEC 61755-1"), grade);
        }
        CATALOG.lossClasses().values().forEach(c -> assertFalse(c.source().contains("61753-1"), c.id()));
        assertTrue(CATALOG.connector("MPO-16").source().contains("IEC 61754-7-1"));
        assertFalse(CATALOG.connector("MPO-16").source().contains("61754-7-2"));
        assertTrue(CATALOG.connector("MPO-32").source().contains("IEC 61754-7-3"));
        assertTrue(CATALOG.connector("MPO-24").source().contains("IEC 61754-7-2"));
    }

    @Test
    void txAndRxAreDisjointAndOnPopulatedPositionsOfTheMdi() {
        for (Pmd pmd : CATALOG.pmds().values()) {
            ConnectorType c = CATALOG.connector(pmd.mdiConnectorId());
            Set<Integer> tx = new HashSet<>(pmd.txPositions());
            Set<Integer> rx = new HashSet<>(pmd.rxPositions());
            assertEquals(pmd.txPositions().size(), tx.size(), pmd.id());
            assertEquals(pmd.rxPositions().size(), rx.size(), pmd.id());
            assertFalse(tx.removeAll(rx), pmd.id() + " Tx and Rx overlap");
            for (int p : pmd.txPositions()) {
                assertTrue(p >= 1 && p <= c.positionCount() && c.populatedPositions().contains(p),
                        pmd.id() + " Tx " + p);
            }
            for (int p : pmd.rxPositions()) {
                assertTrue(p >= 1 && p <= c.positionCount() && c.populatedPositions().contains(p),
                        pmd.id() + " Rx " + p);
            }
            assertEquals(pmd.litFibres(), pmd.fibresPerConnector() * pmd.mdiConnectorCount(), pmd.id());
            assertTrue(c.polishOptions().contains(pmd.mdiPolish()), pmd.id());
        }
    }

    @Test
    void dr4OnMpo12LeavesPositionsFiveToEightDark() {
        Pmd dr4 = CATALOG.pmd("400GBASE-DR4");
        assertEquals("MPO-12", dr4.mdiConnectorId());
        assertEquals(List.of(5, 6, 7, 8), dr4.darkPositions(CATALOG.connector("MPO-12")));
        assertEquals(List.of(), dr4.darkPositions(CATALOG.connector("MPO-8")));
    }

    @ParameterizedTest(name = "{0}: {1} lit fibres on {3} x {2}")
    @CsvSource({
        "400GBASE-DR4, 8, MPO-12, 1",
        "800GBASE-DR8, 16, MPO-16, 1",
        "800G-2xDR4, 16, MPO-12, 2",
        "1.6TBASE-DR8, 16, MPO-16, 1",
        "1.6T-2xDR4, 16, MPO-12, 2",
        "800GBASE-DR4, 8, MPO-12, 1",
        "100GBASE-SR4, 8, MPO-12, 1",
        "400GBASE-SR8, 16, MPO-16, 1",
        "800GBASE-SR8, 16, MPO-16, 1",
        "800G-2xSR4-APC, 16, MPO-12, 2",
        "400GBASE-FR4, 2, LC-duplex, 1",
        "800G-2xFR4, 4, LC-duplex, 2",
        "100GBASE-DR, 2, LC-duplex, 1",
        "NDR200, 4, MPO-12, 1",
        "100GBASE-FR1, 2, LC-duplex, 1"})
    void fibreCountsAndMdisFollowDomainSectionFive(String pmdId, int lit, String connector, int connectors) {
        Pmd pmd = CATALOG.pmd(pmdId);
        assertEquals(lit, pmd.litFibres());
        assertEquals(connector, pmd.mdiConnectorId());
        assertEquals(connectors, pmd.mdiConnectorCount());
    }

    /* Multimode PMDs have no discrete-reflectance table (their modules may still be APC: 100G-per-lane MM). */
    @Test
    void singleModeParallelPmdsUseApcAndMultimodeHaveNoReflectanceTable() {
        for (Pmd pmd : CATALOG.pmds().values()) {
            if (pmd.fibreKind() == FibreKind.MMF) {
                assertTrue(pmd.reflectanceTable().isEmpty(), pmd.id());
                assertEquals(pmd.laneRateGbps() >= 100 && pmd.id().contains("APC") || pmd.id().endsWith("R8")
                        && pmd.laneRateGbps() == 100, pmd.mdiPolish() == Polish.APC, pmd.id());
            } else if (pmd.mdiConnectorId().startsWith("MPO")) {
                assertEquals(Polish.APC, pmd.mdiPolish(), pmd.id());
                assertEquals(6, pmd.reflectanceTable().size(), pmd.id());
            }
        }
    }

    @Test
    void offsetKeysOnSixteenFibreRowsOnly() {
        for (ConnectorType c : CATALOG.connectors().values()) {
            KeyStyle expected = c.id().startsWith("LC") ? KeyStyle.NONE
                    : c.fibresPerRow() == 16 ? KeyStyle.OFFSET : KeyStyle.CENTRE;
            assertEquals(expected, c.keyStyle(), c.id());
        }
        assertEquals(8, CATALOG.connector("MPO-8").fibreCount());
        assertEquals(24, CATALOG.connector("MPO-24").fibreCount());
        assertEquals(32, CATALOG.connector("MPO-32").positionCount());
    }

    @Test
    void reflectanceByPolishAndKind() {
        assertEquals(-60, CATALOG.reflectanceFor(Polish.APC, FibreKind.SMF).maxReflectanceDb(), 0);
        assertEquals(-50, CATALOG.reflectanceFor(Polish.UPC, FibreKind.SMF).maxReflectanceDb(), 0);
        assertEquals(-40, CATALOG.reflectanceFor(Polish.PC, FibreKind.SMF).maxReflectanceDb(), 0);
        assertEquals(-20, CATALOG.reflectanceFor(Polish.PC, FibreKind.MMF).maxReflectanceDb(), 0);
        assertEquals(60, CATALOG.reflectanceClass("APC").minReturnLossDb(), 0);
    }

    @Test
    void gammaParametersReproduceTheClassMean() {
        int withParameters = 0;
        for (LossClass c : CATALOG.lossClasses().values()) {
            Map<String, Double> p = c.parameters();
            if (p.containsKey("shape")) {
                // IEC 61755-1 and vendor data gives the fitted shape and scale to 2-3 significant figures: allow 1 %.
                assertEquals(c.meanDb(), p.get("shape") * p.get("scale"), 0.01 * c.meanDb(), c.id());
                withParameters++;
            }
            assertTrue(c.maxDb() > c.meanDb(), c.id());
        }
        assertEquals(2, withParameters);
    }

    @Test
    void everyPmdHasATransceiverPrice() {
        for (String id : CATALOG.pmdIds()) {
            assertTrue(CATALOG.findPrice("transceiver:" + id).isPresent(), id);
        }
        assertTrue(CATALOG.findLabour("mated-pair").isPresent());
    }

    @Test
    void writingAndReadingBackGivesTheSameCatalog() throws Exception {
        String yaml = CatalogWriter.toYaml(CATALOG);
        assertEquals(CATALOG, CatalogReader.read(yaml, "yaml", new Catalog()));
    }
}
