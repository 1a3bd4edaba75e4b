package org.cablesim.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.CatalogReader;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.TierCounts;
import org.cablesim.study.PlanLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import round trip on NetBox-shaped fixtures built from the export of the quickstart plan
 * ({@link NetboxRestShapes}: GET responses as NetBox returns them), plus two objects that are no fibre plant (a PDU
 * and a cable to its power port): the imported scenario routes to a plan with the same counts, its P(fail) lies in
 * the original's 95 % interval, and the two objects are listed as unmapped.
 */
class NetboxImportTest {
    private static final LoadedScenario QUICKSTART = InteropFixtures.shipped("quickstart.yaml");

    @Test
    void quickstartRoundTrip(@TempDir Path dir) throws Exception {
        CablingPlan original = InteropFixtures.route(QUICKSTART, "baseline");
        Path rest = Files.createDirectories(dir.resolve("rest"));
        Map<String, ArrayNode> lists = NetboxRestShapes.write(NetboxExportBuilder.build(QUICKSTART.scenario(),
                original), rest);
        assertShapesAreNetBoxs(lists);
        addForeignObjects(rest);
        NetboxImport.Result result = NetboxImport.of(NetboxSnapshot.fromDir(rest, null), CatalogReader.builtIn());
        Path out = Files.createDirectories(dir.resolve("out"));
        NetboxImport.write(result, out);
        LoadedScenario imported = ScenarioLoader.load(out.resolve(NetboxImport.SCENARIO));
        CablingPlan back = InteropFixtures.route(imported, result.planName());

        assertEquals(original.fabric().linkCountsByTier(), back.fabric().linkCountsByTier());
        assertEquals(original.fabric().devices().size(), back.fabric().devices().size());
        for (String tier : original.counts().byTier().keySet()) {
            TierCounts a = original.counts().byTier().get(tier);
            TierCounts b = back.counts().byTier().get(tier);
            assertEquals(List.of(a.trunks(), a.cords(), a.panels(), a.fibresInstalled(), a.fibresLit(), a.jumpers()),
                    List.of(b.trunks(), b.cords(), b.panels(), b.fibresInstalled(), b.fibresLit(), b.jumpers()), tier);
            assertEquals(a.trunkMetres(), b.trunkMetres(), 1e-9, tier);
            assertEquals(a.cordMetres(), b.cordMetres(), 1e-9, tier);
        }
        assertEquals(original.counts().matedPairsPerLink(), back.counts().matedPairsPerLink());
        assertEquals(List.of(), back.violations());

        PlanLoss before = InteropFixtures.loss(QUICKSTART, original);
        PlanLoss after = InteropFixtures.loss(imported, back);
        var ci = before.summary().plan().linkFailureProbability();
        double p = after.summary().plan().meanLinkFailureProbability();
        assertTrue(p >= ci.low() * (1 - 1e-9) && p <= ci.high() * (1 + 1e-9), p + " outside " + ci);

        Set<String> unmapped = new HashSet<>();
        result.unmapped().forEach(u -> unmapped.add(u.object() + " " + u.name()));
        assertTrue(unmapped.contains("dcim.device pdu-01"), unmapped.toString());
        assertTrue(unmapped.contains("dcim.cable mgmt to PDU"), unmapped.toString());
        assertTrue(result.unmapped().stream().noneMatch(u -> u.object().equals("assumption")
                && u.name().startsWith("floor.")), "the floor comes from the site's comments");
        assertTrue(Files.readString(out.resolve(NetboxImport.UNMAPPED)).contains("pdu-01"));
    }

    /** Every panel and cassette kind imports back to a plan with the export's counts and no violation. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"small.yaml,interconnect", "small.yaml,xconnect",
        "small.yaml,two-leg", "small.yaml,cassettes", "small.yaml,direct", "duplex.yaml,universal",
        "duplex.yaml,universal-u2", "duplex.yaml,universal-base8", "duplex.yaml,lc-panels"})
    void everyKindRoundTrips(String scenario, String planName, @TempDir Path dir) throws Exception {
        LoadedScenario s = InteropFixtures.load(scenario);
        CablingPlan original = InteropFixtures.route(s, planName);
        NetboxRestShapes.write(NetboxExportBuilder.build(s.scenario(), original), dir);
        NetboxImport.Result result = NetboxImport.of(NetboxSnapshot.fromDir(dir, null), CatalogReader.builtIn());
        NetboxImport.write(result, dir);
        LoadedScenario imported = ScenarioLoader.load(dir.resolve(NetboxImport.SCENARIO));
        CablingPlan back = InteropFixtures.route(imported, result.planName());
        assertEquals(original.counts().byTier().toString(), back.counts().byTier().toString());
        assertEquals(List.of(), back.violations());
        assertEquals(List.of(), result.unmapped(), "nothing unmapped in cablesim's own export");
    }

    /** The same snapshot read over HTTP (list responses served at /api/dcim/<endpoint>/) imports the same. */
    @Test
    void readsFromAUrlLikeFromADirectory(@TempDir Path dir) throws Exception {
        LoadedScenario small = InteropFixtures.load("small.yaml");
        NetboxObjects.Export e = NetboxExportBuilder.build(small.scenario(), InteropFixtures.route(small,
                "xconnect"));
        NetboxRestShapes.write(e, dir);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/dcim/", x -> {
            String endpoint = x.getRequestURI().getPath().replaceAll("^/api/dcim/|/$", "");
            Path file = dir.resolve(endpoint + ".json");
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : "{\"results\": []}".getBytes();
            x.sendResponseHeaders(200, body.length);
            try (OutputStream os = x.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        try {
            NetboxImport.Result fromUrl = NetboxImport.of(NetboxSnapshot.fromUrl(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort()), "nbt_test.token", e.site().slug()), CatalogReader.builtIn());
            NetboxImport.Result fromDir = NetboxImport.of(NetboxSnapshot.fromDir(dir, e.site().slug()),
                    CatalogReader.builtIn());
            assertEquals(fromDir.scenario(), fromUrl.scenario());
            assertEquals("cross-connect", fromUrl.scenario().at("/plans/0/tiers/leaf-spine/architecture").asText());
            assertEquals("network-rack", fromUrl.scenario().at("/plans/0/tiers/leaf-spine/panels/placement")
                    .asText());
        } finally {
            server.stop(0);
        }
    }

    /** Every generated object has exactly the fields of NetBox's example of its type. */
    private static void assertShapesAreNetBoxs(Map<String, ArrayNode> lists) {
        Map<String, String> example = Map.of("sites", "sites-list.json", "racks", "racks-list.json", "devices",
                "devices-list.json", "interfaces", "interfaces-list.json", "rear-ports", "rear-ports-list.json",
                "front-ports", "front-ports-list.json", "cables", "cables-list.json");
        example.forEach((list, file) -> {
            Set<String> want = fields(NetboxRestShapes.example(file));
            for (JsonNode o : lists.get(list)) {
                assertEquals(want, fields(o), list);
            }
        });
    }

    private static Set<String> fields(JsonNode o) {
        Set<String> out = new HashSet<>();
        for (Iterator<String> f = o.fieldNames(); f.hasNext();) {
            out.add(f.next());
        }
        return out;
    }

    /** A PDU (no fabric role) and a cable from a server's management port to its power port. */
    private static void addForeignObjects(Path rest) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        ObjectNode devices = (ObjectNode) json.readTree(rest.resolve("devices.json").toFile());
        ObjectNode pdu = ((ObjectNode) devices.get("results").get(0)).deepCopy();
        pdu.put("id", 900_001).put("name", "pdu-01").put("display", "pdu-01");
        ((ObjectNode) pdu.get("role")).put("name", "PDU").put("slug", "pdu");
        ((ArrayNode) devices.get("results")).add(pdu);
        json.writeValue(rest.resolve("devices.json").toFile(), devices);
        ObjectNode interfaces = (ObjectNode) json.readTree(rest.resolve("interfaces.json").toFile());
        ObjectNode mgmt = ((ObjectNode) interfaces.get("results").get(0)).deepCopy();
        mgmt.put("id", 900_002).put("name", "mgmt0").put("display", "mgmt0");
        mgmt.set("type", json.createObjectNode().put("value", "1000base-t").put("label", "1000BASE-T"));
        ((ArrayNode) interfaces.get("results")).add(mgmt);
        json.writeValue(rest.resolve("interfaces.json").toFile(), interfaces);
        ObjectNode cables = (ObjectNode) json.readTree(rest.resolve("cables.json").toFile());
        ObjectNode power = ((ObjectNode) cables.get("results").get(0)).deepCopy();
        power.put("id", 900_003).put("label", "mgmt to PDU").put("type", "cat6");
        ((ObjectNode) power.get("a_terminations").get(0)).put("object_type", "dcim.interface").put("object_id", 900_002);
        ((ObjectNode) power.get("b_terminations").get(0)).put("object_type", "dcim.powerport").put("object_id", 7);
        ((ArrayNode) cables.get("results")).add(power);
        json.writeValue(rest.resolve("cables.json").toFile(), cables);
    }
}
