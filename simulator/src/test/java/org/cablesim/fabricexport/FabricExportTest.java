package org.cablesim.fabricexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.interop.PythonNetworkx;
import org.cablesim.io.LoadedScenario;
import org.cablesim.plant.CablingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared-risk groups by hand on the small fabric ({@code interop/small.yaml}, plan {@code interconnect}): servers in
 * racks R01-01 and R01-02 (2 servers × 2 NICs = 4 server–leaf links each), both leaves in R01-03, the spine in
 * R02-01 (8 leaf–spine links).
 */
class FabricExportTest {
    private static final LoadedScenario SMALL = InteropFixtures.load("small.yaml");

    /*
     * Trunks: T000001 (R01-01 to R01-03) 4 links, T000002 (R01-02) 4, T000003 (leaf–spine) 8. Panels: R01-01.U42
     * and R01-02.U42 4 each, R01-03.U42 (both server–leaf trunks' far ends) 8, R01-03.U41 and R02-01.U42
     * (leaf–spine) 8 each. The largest groups are pathway segments carrying all 16 links, among them the leaf rack's
     * drop: every server–leaf trunk and the leaf–spine trunk leave R01-03 through it; cords stay in their racks.
     */
    @Test
    void groupsByHand() {
        CablingPlan plan = InteropFixtures.route(SMALL, "interconnect");
        List<SharedRiskGroup> groups = SharedRiskGroups.of(plan);
        assertEquals(Map.of("trunk:T000001", 4, "trunk:T000002", 4, "trunk:T000003", 8), sizes(groups, "trunk"));
        assertEquals(Map.of("panel:R01-01.U42", 4, "panel:R01-02.U42", 4, "panel:R01-03.U42", 8,
                "panel:R01-03.U41", 8, "panel:R02-01.U42", 8), sizes(groups, "panel"));
        assertEquals(Map.of(), sizes(groups, "cassette"));
        assertEquals(16, groups.get(0).size());
        List<SharedRiskGroup> all16 = groups.stream().filter(g -> g.size() == 16).toList();
        assertTrue(all16.stream().allMatch(g -> g.kind() == SharedRiskGroup.Kind.PATHWAY), all16.toString());
        assertTrue(all16.stream().anyMatch(g -> g.label().startsWith("drop R01-03 ")), all16.toString());
    }

    @Test
    void cassettesAreGroupsToo() {
        List<SharedRiskGroup> groups = SharedRiskGroups.of(InteropFixtures.route(SMALL, "cassettes"));
        // 2x12->3x8: 3 front ports per cassette; rack R01-01 has 4 server-leaf links: cassettes 01-03 (3 links) and
        // 04-06 (1 link, no group).
        assertEquals(3, sizes(groups, "cassette").get("cassette:R01-01.U42.01-03"));
        assertEquals(null, sizes(groups, "cassette").get("cassette:R01-01.U42.04-06"));
    }

    private static Map<String, Integer> sizes(List<SharedRiskGroup> groups, String kind) {
        return groups.stream().filter(g -> g.kind().id().equals(kind))
                .collect(Collectors.toMap(SharedRiskGroup::id, SharedRiskGroup::size));
    }

    /** networkx reads both files and finds 7 devices, 16 links and the groups the export counted. */
    @Test
    void networkxReadsTheExport(@TempDir Path dir) throws IOException, InterruptedException {
        CablingPlan plan = InteropFixtures.route(SMALL, "interconnect");
        FabricExport export = FabricExport.of("small/interconnect", plan, InteropFixtures.loss(SMALL, plan));
        FabricFiles.write(export, dir);
        assertEquals(7, export.devices().size());
        assertEquals(16, export.links().size());
        PythonNetworkx.run(InteropFixtures.resource("check_fabric.py"), dir.resolve(FabricFiles.GRAPHML).toString(),
                dir.resolve(FabricFiles.JSON).toString(), "7", "16", Integer.toString(export.groups().size()));
        String yaml = Files.readString(dir.resolve(FabricFiles.NETGRAPH));
        assertTrue(yaml.contains("risk_groups:"), yaml.substring(0, 200));
        assertEquals(export.groups().size() + 1, Files.readAllLines(dir.resolve(FabricFiles.GROUPS)).size());
    }
}
