package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cablesim.io.CatalogReader;
import org.cablesim.plant.Bom;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.RailOptimizedGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The plant files of a default plan (interconnect, 144-fibre base-12 Type-B trunks, Type-A adapters, Type-B cords)
 * on 24 servers × 8 DR4 NICs in 8 racks of 3, one leaf rack at the row end and one spine rack in the next row:
 * 192 server–leaf links (16 trunks of 10 m), 192 leaf–spine links (16 trunks of 20 m), 2 m cords in the racks.
 */
class PlantFilesTest {
    static CablingPlan plan;

    @BeforeAll
    static void route() throws Exception {
        FloorSpec floor = new FloorSpec(0.6, 3.0, 8, 3, 8, LeafPlacement.END_OF_ROW, 1.5, 0, 3.0);
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 1),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "400GBASE-DR4", 400, 1));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 24, 0, tiers);
        LogicalFabric fabric = new RailOptimizedGenerator().generate(new ClusterSpec(24, 8, 8), spec, floor);
        plan = new ShortestTrayRouter().route(fabric, floor, CatalogReader.builtIn(), new PlanSpec("p", ""));
    }

    @Test
    void cableScheduleHasOneRowPerCable() throws IOException {
        StringWriter w = new StringWriter();
        PlantFiles.writeCableSchedule(plan, w);
        List<String> rows = w.toString().lines().toList();
        // 32 trunks + 2 cords × 384 links.
        assertEquals(1 + 32 + 768, rows.size());
        assertEquals("id,kind,tier,from_label,to_label,connector,fibres,legs,gender_from,gender_to,polish_from,"
                + "polish_to,polarity_type,length_m,from_device,to_device,polarity_method,label", rows.get(0));
        // The default SM APC cabling (Type-B trunk and cords, key-up/key-down adapters) builds Method U1.
        assertEquals("T000001,trunk,server-leaf,R01-01.U42.01,R01-09.U42.01,MPO-12,144,12,pinned,pinned,APC,APC,B,"
                + "10,R01-01,R01-09,U1,R01-01.U42.01 / R01-09.U42.01", rows.get(1));
        assertEquals("C000001,cord,server-leaf,R01-01.su01-srv001:1,R01-01.U42.01,MPO-12,12,1,unpinned,unpinned,"
                + "APC,APC,B,2,su01-srv001:1,,U1,R01-01.su01-srv001:1 / R01-01.U42.01", rows.get(33));
    }

    @Test
    void linksCsvTracesEveryLink() throws IOException {
        StringWriter w = new StringWriter();
        PlantFiles.writeLinks(plan, w);
        List<String> rows = w.toString().lines().toList();
        assertEquals(1 + 384, rows.size());
        // Route 1.5 + 8 × 0.6 + 1.5 = 7.8 m; channel 2 + 10 + 2 = 14 m.
        assertEquals("L000001,server-leaf,400GBASE-DR4,su01-srv001,1,su01-leaf-rail1,1,7.8,14,1,2,0,"
                + "su01-srv001:1 > cord C000001 2 m > panel R01-01.U42.01 > trunk T000001 10 m > "
                + "panel R01-09.U42.01 > cord C000002 2 m > su01-leaf-rail1:1,,,,,,", rows.get(1));
    }

    /*
     * Server–leaf, hand priced from the built-in catalog: 384 DR4 modules × $700 = $268,800; 16 trunks of 10 m, each
     * one 144-fibre cable: 24 MPO-12 terminations × $60 + 10 m × $4.8 = $1,488; 384 cords of 2 m at $60 + 2 × $1.5 =
     * $63 = $24,192; 16 × 24 = 384 MPO-12 adapters × $15 = $5,760 (standard grade: no premium line); 12 panel RU ×
     * $200 = $2,400 (8 server racks × 1 + 192 leaf-rack ports / 48 = 4).
     * Labour: (768 mated pairs × 3 + 384 cords × 2 + 160 trunk m × 0.2) min = 3,104 min = 51.7333 h × $120 = $6,208.
     */
    @Test
    void bomIsPricedFromTheCatalog() throws IOException {
        StringWriter w = new StringWriter();
        PlantFiles.writeBom(plan, new Bom(List.of()), w);
        List<String> rows = w.toString().lines().filter(r -> r.contains(",server-leaf,")).toList();
        // Part numbers from the built-in templates, filled with the resolved cable's facts (OS2, Type-B, APC,
        // trunk pinned both ends, cords unpinned both ends, LSZH); lines without a part leave those columns empty.
        assertEquals(List.of(
                "transceivers,server-leaf,400GBASE-DR4 module,384,each,700,268800,transceiver:400GBASE-DR4,true,,,,,,",
                "trunks,server-leaf,trunk 12xMPO-12 144f Type-B 10 m,16,each,1488,23808,"
                        + "24 x trunk-termination:MPO-12 + 10 m x trunk-metre:144f,true,"
                        + "TRK-12xMPO12-144F-OS2-B-APC-MM-LSZH-010M,OS2,B,MM,APC,LSZH",
                "cords,server-leaf,MPO-12 cord Type-B 2 m,384,each,63,24192,cord:MPO-12 + 2 m x cord-metre:MPO-12,true,"
                        + "PC-MPO12-OS2-B-APC-FF-LSZH-002M,OS2,B,FF,APC,LSZH",
                "adapters,server-leaf,MPO-12 adapter (Type-A),384,each,15,5760,adapter:MPO-12,true,,,,,,",
                "panels,server-leaf,panel rack units (48-port panels of 1 RU),12,each,200,2400,panel-ru,true,,,,,,",
                "labour,server-leaf,\"install: 768 mated pairs, 384 cords/jumpers/harnesses/assemblies, 160 m of"
                        + " trunk\",51.733333,hour,120,6208,labour-rate,true,,,,,,"), rows);
        assertEquals(268_800 + 23_808 + 24_192 + 5_760 + 2_400 + 6_208, plan.bom().byTier().get("server-leaf"), 1e-6);
    }

    /* GraphML: every pathway node; the main tray carries the 16 leaf–spine trunks (cords stay in their racks). */
    @Test
    void graphMlHasNodesEdgesAndCableCounts() throws Exception {
        StringWriter w = new StringWriter();
        PlantFiles.writeGraphMl(plan, w);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(w.toString())));
        assertEquals(plan.pathways().nodes().size(), doc.getElementsByTagName("node").getLength());
        NodeList edges = doc.getElementsByTagName("edge");
        assertEquals(plan.pathways().edges().size(), edges.getLength());
        int main = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            NodeList data = e.getElementsByTagName("data");
            String kind = null;
            int cables = 0;
            for (int j = 0; j < data.getLength(); j++) {
                Element d = (Element) data.item(j);
                String text = d.getTextContent();
                if (text.equals("main-tray")) {
                    kind = text;
                }
                if (d.getAttribute("key").equals("key5")) {
                    cables = Integer.parseInt(text);
                }
            }
            if ("main-tray".equals(kind)) {
                main += cables;
            }
        }
        assertEquals(16, main);
        assertTrue(w.toString().contains("<data key=\"key0\">R01-09</data>"));
    }
}
