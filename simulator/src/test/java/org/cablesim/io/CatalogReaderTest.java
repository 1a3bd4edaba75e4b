package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.Pmd;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
    private static final Catalog BUILT_IN = CatalogReader.builtIn();

    private static final String NEW_PMD = """
            schemaVersion: 1
            pmds:
              800G-VR8:
                lanes: 8
                litFibres: 16
                txPositions: [1, 2, 3, 4, 5, 6, 7, 8]
                rxPositions: [9, 10, 11, 12, 13, 14, 15, 16]
                fibreKind: MMF
                reaches:
                  OM4: {reachM: 50, publishedBudgetDb: 1.7}
                connectionAllocationDb: 1.5
                attenuationDbPerKm: 3.5
                mdiConnectorId: MPO-16
                mdiPolish: PC
                laneRateGbps: 100
                portSpeedGbps: 800
                source: "[assume] test PMD"
            overrides:
              lossClasses.grade-C.meanDb: 0.3
              pmds.400GBASE-SR4.2.reaches.OM5.reachM: 120
            """;

    @Test
    void userFileAddsAPmdAndOverridesSingleFields() throws Exception {
        Catalog c = CatalogReader.read(NEW_PMD, "yaml", BUILT_IN);
        Pmd vr8 = c.pmd("800G-VR8");
        assertEquals(1, vr8.mdiConnectorCount(), "default");
        assertEquals(-55, vr8.reflectanceCountedAboveDb(), 0, "default");
        assertEquals(1.7, vr8.channelBudgetDb("OM4"), 1e-12);
        assertEquals(0.3, c.lossClass("grade-C").meanDb(), 0);
        assertEquals(BUILT_IN.lossClass("grade-C").maxDb(), c.lossClass("grade-C").maxDb(), 0);
        assertEquals(BUILT_IN.lossClass("grade-C").source(), c.lossClass("grade-C").source());
        assertEquals(120, c.pmd("400GBASE-SR4.2").reachM("OM5"), 0);
        assertEquals(100, c.pmd("400GBASE-SR4.2").reachM("OM4"), 0);
        assertEquals(BUILT_IN.pmdIds().size() + 1, c.pmdIds().size());
        assertEquals(0.25, BUILT_IN.lossClass("grade-C").meanDb(), 0, "built-in unchanged");
    }

    @Test
    void theOverrideExampleInScenarioFormatWorks() throws Exception {
        Catalog c = CatalogReader.read("""
                schemaVersion: 1
                overrides:
                  lossClasses.grade-C.meanDb: 0.3
                  prices.transceiver:800G-2xDR4.priceUsd: 950
                  pmds.400GBASE-SR4.2.reaches.OM5.reachM: 120
                  lossClasses.grade-B.parameters: null
                  pmds.400GBASE-DR4.reflectanceTable: []
                """, "yaml", BUILT_IN);
        assertEquals(0.3, c.lossClass("grade-C").meanDb(), 0);
        assertEquals(950, c.price("transceiver:800G-2xDR4").priceUsd(), 0);
        assertEquals(120, c.pmd("400GBASE-SR4.2").reachM("OM5"), 0);
        assertTrue(c.lossClass("grade-B").parameters().isEmpty());
        assertTrue(c.pmd("400GBASE-DR4").reflectanceTable().isEmpty());
        assertEquals(6, BUILT_IN.pmd("400GBASE-DR4").reflectanceTable().size());
    }

    @Test
    void anEntryWithAnExistingIdReplacesItWhole() throws Exception {
        Catalog c = CatalogReader.read("""
                {"schemaVersion": 1, "lossClasses": {"grade-C": {"meanDb": 0.2, "maxDb": 0.4,
                 "family": "lognormal", "source": "[vendor] my supplier"}}}""", "json", BUILT_IN);
        assertEquals(0.2, c.lossClass("grade-C").meanDb(), 0);
        assertEquals(97, c.lossClass("grade-C").maxPercentile(), 0, "default percentile");
        assertTrue(c.lossClass("grade-C").parameters().isEmpty(), "whole entry replaced");
    }

    @Test
    void nullOverrideRemovesAFieldBackToItsDefault() throws Exception {
        Catalog c = CatalogReader.read("schemaVersion: 1\noverrides:\n  lossClasses.grade-B.parameters: null\n",
                "yaml", BUILT_IN);
        assertTrue(c.lossClass("grade-B").parameters().isEmpty());
    }

    @Test
    void overrideProblemsNameTheOverrideKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogReader.read("""
                schemaVersion: 1
                overrides:
                  lossClasses.grade-C.meanDb: -0.1
                  lossClasses.grade-Z.meanDb: 0.3
                  gadgets.x.y: 1
                  pmds.1.6TBASE-DR8.colour: blue
                """, "yaml", BUILT_IN));
        assertEquals(List.of(
                "overrides.lossClasses.grade-Z.meanDb",
                "overrides.gadgets.x.y",
                "overrides.lossClasses.grade-C.meanDb",
                "overrides.pmds.1.6TBASE-DR8.colour"), paths(e));
        assertTrue(e.problems().get(0).message().startsWith("unknown loss class 'grade-Z' (known: grade-B, "),
                e.problems().get(0).message());
        assertEquals("must be in [0, 100], was -0.1", e.problems().get(2).message());
        assertTrue(e.problems().get(3).message().startsWith("unknown field 'colour' (known: "));
    }

    @Test
    void overriddenCrossReferencesAreChecked() {
        // Cross-references are checked once every entry reads cleanly, so this runs on its own.
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogReader.read(
                "schemaVersion: 1\noverrides: {pmds.400GBASE-DR4.mdiConnectorId: MPO-13}", "yaml", BUILT_IN));
        assertEquals(List.of("overrides.pmds.400GBASE-DR4.mdiConnectorId"), paths(e));
        assertTrue(e.problems().get(0).message().startsWith("unknown connector 'MPO-13' (known: LC-duplex, "));
    }

    @Test
    void entryProblemsAreAllReportedWithTheirPaths() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogReader.read("""
                schemaVersion: 1
                connectors:
                  MPO-12X:
                    fibresPerRow: 12
                    keyStyle: centered
                    polishOptions: [APC, SPC]
                    genderOptions: [pinned]
                fibres:
                  OS3:
                    kind: SMF
                    attenuationDbPerKm: 0.3
                    wavelengthNm: 1310
                    coreDiameterUm: 9
                    source: "  "
                prices:
                  cable:
                    unit: per-foot
                    priceUsd: "12"
                    source: "[assume]"
                """, "yaml", BUILT_IN));
        assertEquals(List.of(
                "connectors.MPO-12X.keyStyle",
                "connectors.MPO-12X.polishOptions[1]",
                "connectors.MPO-12X.source",
                "fibres.OS3.modeFieldDiameterUm",
                "fibres.OS3.coreDiameterUm",
                "fibres.OS3.source",
                "prices.cable.unit",
                "prices.cable.priceUsd"), paths(e));
        assertEquals("unknown value 'centered' (expected one of: centre, offset, none)",
                e.problems().get(0).message());
        assertEquals("expected a number, was string '12'", e.problems().get(7).message());
    }

    @Test
    void crossReferencesOfANewEntryAreChecked() {
        String pmd = NEW_PMD.replace("MPO-16", "MPO-17").replace("OM4:", "OS2:");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogReader.read(pmd, "yaml", BUILT_IN));
        assertEquals(List.of("pmds.800G-VR8.mdiConnectorId", "pmds.800G-VR8.reaches.OS2"), paths(e));
    }

    @Test
    void domainRulesAcrossFieldsAreReportedAtTheEntry() {
        String pmd = NEW_PMD.replace("litFibres: 16", "litFibres: 12");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogReader.read(pmd, "yaml", BUILT_IN));
        assertEquals(List.of("pmds.800G-VR8"), paths(e));
        assertTrue(e.getMessage().contains("litFibres must equal"), e.getMessage());
    }

    @Test
    void yamlAliasesAreRejectedWithTheirPosition() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogReader.read("""
                schemaVersion: 1
                labour:
                  a: &x {unit: each, minutes: 1, source: "[assume]"}
                  b: *x
                """, "yaml", BUILT_IN));
        assertEquals(List.of("(file)"), paths(e));
        assertTrue(e.getMessage().contains("alias at line 4, column 6"), e.getMessage());
    }

    @Test
    void cableBuildsAreOverriddenAndAddedLikeOtherEntries() throws Exception {
        Catalog c = CatalogReader.read("""
                schemaVersion: 1
                cableBuilds:
                  trunk-192f: {kind: trunk, fibres: 192, odMm: 9.5, bendRadiusMm: 95, weightKgPerKm: 70,
                    source: "[assume] test build"}
                overrides:
                  cableBuilds.cord-duplex.odMm: 1.6
                  cableBuilds.trunk-144f.weightKgPerKm: 50
                """, "yaml", BUILT_IN);
        assertEquals(1.6, c.cableBuilds().cord(2).odMm());
        assertEquals(50, c.cableBuilds().trunk(144).weightKgPerKm());
        assertEquals("trunk-192f", c.cableBuilds().trunk(145).id(), "the new build is the smallest holding 145");
        assertEquals("trunk-288f", c.cableBuilds().trunk(193).id());
        assertEquals(c, CatalogReader.read(CatalogWriter.toYaml(c), "yaml", new Catalog()), "round trip");
    }

    @Test
    void badCableBuildValuesNameTheirField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogReader.read("""
                schemaVersion: 1
                cableBuilds:
                  thick: {kind: conduit, fibres: -1, odMm: 0, bendRadiusMm: 30, source: "[assume]"}
                overrides:
                  cableBuilds.trunk-12f.bendRadiusMm: -5
                """, "yaml", BUILT_IN));
        assertEquals(List.of("cableBuilds.thick.kind", "cableBuilds.thick.fibres", "cableBuilds.thick.odMm",
                "cableBuilds.thick.weightKgPerKm"), paths(e));
        InvalidInputException o = assertThrows(InvalidInputException.class, () -> CatalogReader.read(
                "schemaVersion: 1\noverrides: {cableBuilds.trunk-12f.bendRadiusMm: -5}\n", "yaml", BUILT_IN));
        assertEquals(List.of("overrides.cableBuilds.trunk-12f.bendRadiusMm"), paths(o));
    }

    @Test
    void schemaVersionIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogReader.read("labour: {}", "yaml", BUILT_IN));
        assertEquals(List.of("schemaVersion"), paths(e));
    }

    private static List<String> paths(InvalidInputException e) {
        return e.problems().stream().map(Problem::path).toList();
    }
}
