package org.cablesim.io;

import org.cablesim.scenario.InvalidInputException;
import org.cablesim.scenario.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.LossMethod;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    @Test
    void quickstartMapsEveryField() throws Exception {
        ScenarioDocument doc = ScenarioReader.readDocument(TestFiles.scenario("valid/quickstart.yaml"));
        Scenario s = doc.scenario();
        assertEquals("quickstart", s.name());
        assertEquals("2 SU rail-optimised, 400G DR4 to the leaves, 800G twin-port DR4 above", s.description());
        assertEquals(42, s.run().seed());
        assertEquals(64, s.cluster().servers());
        assertEquals(512, s.cluster().gpus());
        FabricSpec f = s.fabric();
        assertEquals(Topology.RAIL_OPTIMIZED, f.topology());
        assertEquals(64, f.switchRadix());
        assertEquals(800, f.switchPortSpeedGbps());
        assertEquals(32, f.serversPerUnit());
        assertEquals(0, f.serversPerLeaf());
        assertEquals(List.of(
                new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 2),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "800G-2xDR4", 800, 1)), f.tiers());
        assertEquals(new FloorSpec(0.6, 3.0, 16, 4, 8, LeafPlacement.MIDDLE_OF_ROW, 1.5, 8, 4.5), s.floor());
        assertEquals(List.of(new PlanSpec("mpo12-base12", "MPO-12 trunks, base-12"), new PlanSpec("mpo16-base16", "")),
                s.plans());
        assertEquals(0.3, s.catalog().lossClass("mpo-standard").meanDb(), 0);
        assertEquals(new MonteCarloSection(200_000, LossMethod.RARE_EVENT, true), doc.montecarlo());
        assertEquals(LifecycleSection.defaults().spec().withRun(16, 1095), doc.lifecycle().spec());
        assertEquals(new StudySection("mpo16-base16"), doc.study());
    }

    @Test
    void yamlAndJsonOfTheSameScenarioAreEqual() throws Exception {
        ScenarioDocument yaml = ScenarioReader.readDocument(TestFiles.scenario("valid/quickstart.yaml"));
        ScenarioDocument json = ScenarioReader.readDocument(TestFiles.scenario("valid/quickstart.json"));
        assertNotSame(yaml.scenario().catalog(), json.scenario().catalog(), "each read builds its own catalog");
        assertEquals(yaml, json);
    }

    @Test
    void omittedFieldsTakeTheirDocumentedDefaults() throws Exception {
        ScenarioDocument doc = ScenarioReader.readDocument(TestFiles.scenario("valid/minimal-leaf-spine.yaml"));
        Scenario s = doc.scenario();
        assertEquals("", s.description());
        assertEquals(1, s.run().seed());
        assertEquals(8, s.cluster().gpusPerServer());
        assertEquals(8, s.cluster().nicsPerServer());
        assertEquals(1.0, s.fabric().oversubscription(), 0);
        assertEquals(0, s.fabric().serversPerUnit());
        assertEquals(0, s.fabric().serversPerLeaf());
        assertEquals(List.of(
                new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-SR4.2", 400, 1),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "400GBASE-DR4", 400, 1),
                new TierSpec("spine-core", TierRole.SPINE_CORE, "400GBASE-DR4", 400, 1)), s.fabric().tiers());
        assertEquals(new FloorSpec(0.6, 3.0, 16, 4, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0), s.floor());
        assertEquals(List.of(new PlanSpec("baseline", "")), s.plans());
        assertSame(CatalogReader.builtIn(), s.catalog());
        assertEquals(MonteCarloSection.defaults(), doc.montecarlo());
        assertEquals(new MonteCarloSection(100_000, LossMethod.AUTO, false), doc.montecarlo());
        assertEquals(LifecycleSection.defaults(), doc.lifecycle());
        assertEquals(8, doc.lifecycle().spec().replications());
        assertEquals(1825, doc.lifecycle().spec().horizonDays(), 0);
        assertEquals(new StudySection("baseline"), doc.study());
    }

    @Test
    void userCatalogFileAddsAPmdAndOverridesALossClassMean() throws Exception {
        Scenario s = ScenarioReader.read(TestFiles.scenario("valid/with-user-catalog.yaml"));
        assertEquals("800G-VR8", s.fabric().tiers().get(0).pmdId());
        assertEquals(800, s.fabric().tiers().get(0).linkSpeedGbps(), "default: the PMD's port speed");
        assertEquals(0.3, s.catalog().lossClass("grade-C").meanDb(), 0);
        assertEquals(0.25, CatalogReader.builtIn().lossClass("grade-C").meanDb(), 0);
        assertEquals(60, s.catalog().pmd("800G-VR8").reachM("OM4"), 0, "scenario override after the file");
        assertEquals(CatalogReader.builtIn().pmdIds().size() + 1, s.catalog().pmdIds().size());
        assertEquals(16, s.fabric().serversPerLeaf());
    }

    @Test
    void everyProblemInAFileIsReportedTogether() {
        String text = """
                schemaVersion: 1
                name: many problems
                cluster: {servers: 100, gpusPerServer: 0, nicsPerServr: 8}
                fabric:
                  topology: rail-optimized
                  switchRadix: 2
                  switchPortSpeedGbps: 800
                  serversPerUnit: 32
                  serversPerLeaf: 4
                  tiers:
                    - {pmd: 400GBASE-DR4, breakout: 9}
                    - {pmd: 800GBASE-DR9}
                floor:
                  leafPlacement: top-of-rack
                  trayHeightM: -1
                  racks: {heightRu: 0, panelOverflow: spill, rowPrefix: R1}
                plans: [{name: a}, {name: a}]
                montecarlo: {trials: 0}
                study: {baseline: b}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read(text, "yaml", null));
        assertEquals(List.of(
                "name",
                "cluster.nicsPerServr",
                "cluster.gpusPerServer",
                "fabric.switchRadix",
                "fabric.serversPerLeaf",
                "cluster.servers",
                "fabric.tiers[0].breakout",
                "fabric.tiers[1].pmd",
                "floor.leafPlacement",
                "floor.trayHeightM",
                "floor.racks.heightRu",
                "floor.racks.panelOverflow",
                "floor.racks.rowPrefix",
                "plans[1].name",
                "montecarlo.trials",
                "study.baseline"), e.problems().stream().map(Problem::path).toList());
        assertEquals(16, e.getMessage().lines().count());
    }

    @Test
    void fileExtensionDecidesTheFormat() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read(Path.of("scenario.txt")));
        assertEquals("(file)", e.problems().get(0).path());
        InvalidInputException f = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read("{}", "toml", null));
        assertEquals("(file): unsupported format 'toml': expected yaml or json", f.getMessage());
    }

    @Test
    void emptyAndNonMappingDocumentsAreFileProblems() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read("# nothing\n", "yaml", null));
        assertEquals("(file): the file is empty", empty.getMessage());
        InvalidInputException list = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read("- a\n- b\n", "yaml", null));
        assertEquals("(file): expected a mapping, was a list", list.getMessage());
    }

    @Test
    void catalogFilesNeedABaseDirectory() {
        String text = """
                schemaVersion: 1
                name: x
                cluster: {servers: 32}
                fabric: {topology: rail-optimized, switchRadix: 64, switchPortSpeedGbps: 400, serversPerUnit: 32,
                         tiers: [{pmd: 400GBASE-DR4}, {pmd: 400GBASE-DR4}]}
                catalog: {files: [site.yaml]}
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioReader.read(text, "yaml", null));
        assertEquals(List.of("catalog.files[0]"), e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void problemToStringIsPathColonMessage() {
        assertEquals("a.b[2]: bad", new Problem("a.b[2]", "bad").toString());
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
    }
}
