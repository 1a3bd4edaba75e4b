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
 * racks R000-00 and R000-01 (2 servers × 2 NICs = 4 server–leaf links each), both leaves in R000-02, the spine in
 * R001-00 (8 leaf–spine links).
 */
class FabricExportTest {
    private static final LoadedScenario SMALL = InteropFixtures.load("small.yaml");

    /*
     * Trunks: T000001 (R000-00 to R000-02) 4 links, T000002 (R000-01) 4, T000003 (leaf–spine) 8. Panels: R000-00.P01
     * and R000-01.P01 4 each, R000-02.P01 (both server–leaf trunks' far ends) 8, R000-02.P02 and R001-00.P01
     * (leaf–spine) 8 each. The largest groups are pathway segments carrying all 16 links, among them the leaf rack's
     * drop: every server–leaf trunk and the leaf–spine trunk leave R000-02 through it; cords stay in their racks.
     */
    @Test
    void groupsByHand() {
        CablingPlan plan = InteropFixtures.route(SMALL, "interconnect");
        List<SharedRiskGroup> groups = SharedRiskGroups.of(plan);
        assertEquals(Map.of("trunk:T000001", 4, "trunk:T000002", 4, "trunk:T000003", 8), sizes(groups, "trunk"));
        assertEquals(Map.of("panel:R000-00.P01", 4, "panel:R000-01.P01", 4, "panel:R000-02.P01", 8,
                "panel:R000-02.P02", 8, "panel:R001-00.P01", 8), sizes(groups, "panel"));
        assertEquals(Map.of(), sizes(groups, "cassette"));
        assertEquals(16, groups.get(0).size());
        List<SharedRiskGroup> all16 = groups.stream().filter(g -> g.size() == 16).toList();
        assertTrue(all16.stream().allMatch(g -> g.kind() == SharedRiskGroup.Kind.PATHWAY), all16.toString());
        assertTrue(all16.stream().anyMatch(g -> g.label().startsWith("drop R000-02 ")), all16.toString());
    }

    @Test
    void cassettesAreGroupsToo() {
        List<SharedRiskGroup> groups = SharedRiskGroups.of(InteropFixtures.route(SMALL, "cassettes"));
        // 2x12->3x8: 3 front ports per cassette; rack R000-00 has 4 server-leaf links: cassettes 01-03 (3 links) and
        // 04-06 (1 link, no group).
        assertEquals(3, sizes(groups, "cassette").get("cassette:R000-00.P01.01-03"));
        assertEquals(null, sizes(groups, "cassette").get("cassette:R000-00.P01.04-06"));
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
