package org.cablesim.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The export against NetBox 4.6.8's own definitions (fixture {@code netbox/v4.6.8/import-forms.json}): every file of
 * the bulk import uses only its form's columns, fills every required one and only takes allowed choice values;
 * device-type YAML items likewise; references resolve; no port holds two cables.
 */
class NetboxExportTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** CSV file → the object type of its import form, and the choice set of each choice column. */
    private static final Map<String, String> OBJECT_OF = Map.of(NetboxFiles.MANUFACTURERS, "manufacturer",
            NetboxFiles.ROLES, "device_role", NetboxFiles.SITES, "site", NetboxFiles.LOCATIONS, "location",
            NetboxFiles.RACKS, "rack", NetboxFiles.DEVICES, "device", NetboxFiles.INTERFACES, "interface",
            NetboxFiles.BUNDLES, "cable_bundle", NetboxFiles.CABLES, "cable");

    @ParameterizedTest
    @CsvSource({"small.yaml,interconnect", "small.yaml,xconnect", "small.yaml,two-leg", "small.yaml,cassettes",
        "small.yaml,direct", "duplex.yaml,universal", "duplex.yaml,universal-u2",
        "duplex.yaml,universal-base8", "duplex.yaml,lc-panels"})
    void everyRowFitsNetBoxsForms(String scenario, String planName, @TempDir Path dir) throws IOException {
        LoadedScenario s = InteropFixtures.load(scenario);
        NetboxFiles.write(NetboxExportBuilder.build(s.scenario(), InteropFixtures.route(s, planName)), dir);
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        for (Map.Entry<String, String> e : OBJECT_OF.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (Files.exists(file)) {
                rows.put(e.getKey(), checkCsv(file, NetboxDefinitions.form(e.getValue())));
            }
        }
        Map<String, JsonNode> types = checkDeviceTypes(dir.resolve(NetboxFiles.DEVICE_TYPES));
        checkReferences(rows, types);
    }

    /** Header ⊆ form fields, required columns present and filled, choice values allowed. */
    private static List<Map<String, String>> checkCsv(Path file, JsonNode form) throws IOException {
        List<List<String>> lines = org.cablesim.io.CsvTable.parse(Files.readString(file));
        List<String> header = lines.get(0);
        Map<String, JsonNode> fields = NetboxDefinitions.fields(form);
        String object = form.get("object").asText();
        for (String column : header) {
            assertTrue(fields.containsKey(column), file.getFileName() + ": column " + column + " is no field of "
                    + form.get("form").asText());
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> cells : lines.subList(1, lines.size())) {
            String line = cells.toString();
            assertEquals(header.size(), cells.size(), line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            for (JsonNode f : form.get("fields")) {
                String name = f.get("name").asText();
                if (f.get("required").asBoolean()) {
                    assertFalse(row.getOrDefault(name, "").isEmpty(), file.getFileName() + ": required " + name
                            + " empty in " + line);
                }
                if (f.has("choices") && !row.getOrDefault(name, "").isEmpty()) {
                    assertTrue(NetboxDefinitions.choices(f.get("choices").asText()).contains(row.get(name)),
                            file.getFileName() + ": " + name + " = " + row.get(name) + " is no "
                                    + f.get("choices").asText() + " value");
                }
            }
            if (object.equals("rack")) {
                // RackImportForm.clean: without rack_type, width and u_height are required.
                assertFalse(row.get("width").isEmpty() || row.get("u_height").isEmpty(), line);
            }
            out.add(row);
        }
        return out;
    }

    /** Device-type YAML: parent fields of DeviceTypeImportForm, list items of their item forms, mappings valid. */
    private static Map<String, JsonNode> checkDeviceTypes(Path dir) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        Map<String, JsonNode> parent = NetboxDefinitions.fields(NetboxDefinitions.form("device_type"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                JsonNode t = YAML.readTree(file.toFile());
                for (String required : List.of("manufacturer", "model", "slug", "u_height")) {
                    assertTrue(t.hasNonNull(required), file + ": " + required);
                }
                t.fieldNames().forEachRemaining(k -> assertTrue(parent.containsKey(k) || List.of("interfaces",
                        "rear-ports", "front-ports", "port-mappings").contains(k), file + ": key " + k));
                for (String list : List.of("interfaces", "rear-ports", "front-ports", "port-mappings")) {
                    for (JsonNode item : t.path(list)) {
                        checkItem(file + " " + list, item, NetboxDefinitions.componentForm(list));
                    }
                }
                checkMappings(file.toString(), t);
                out.put(t.get("model").asText(), t);
            }
        }
        return out;
    }

    private static void checkItem(String where, JsonNode item, JsonNode form) {
        Map<String, JsonNode> fields = NetboxDefinitions.fields(form);
        item.fieldNames().forEachRemaining(k -> assertTrue(fields.containsKey(k), where + ": key " + k));
        for (JsonNode f : form.get("fields")) {
            String name = f.get("name").asText();
            if (f.get("required").asBoolean()) {
                assertTrue(item.hasNonNull(name), where + ": required " + name + " in " + item);
            }
            if (f.has("choices") && item.has(name)) {
                assertTrue(NetboxDefinitions.choices(f.get("choices").asText()).contains(item.get(name).asText()),
                        where + ": " + name + " = " + item.get(name));
            }
        }
        if (item.has("positions")) {
            int p = item.get("positions").asInt();
            assertTrue(p >= 1 && p <= 1024, where + ": positions " + p);
        }
    }

    /** Mappings name existing ports, stay within their positions, and are unique per (port, position). */
    private static void checkMappings(String where, JsonNode t) {
        Map<String, Integer> front = new HashMap<>();
        Map<String, Integer> rear = new HashMap<>();
        t.path("front-ports").forEach(p -> front.put(p.get("name").asText(), p.get("positions").asInt()));
        t.path("rear-ports").forEach(p -> rear.put(p.get("name").asText(), p.get("positions").asInt()));
        Set<String> frontUsed = new HashSet<>();
        Set<String> rearUsed = new HashSet<>();
        for (JsonNode m : t.path("port-mappings")) {
            String f = m.get("front_port").asText();
            String r = m.get("rear_port").asText();
            int fp = m.get("front_port_position").asInt();
            int rp = m.get("rear_port_position").asInt();
            assertTrue(front.containsKey(f) && fp >= 1 && fp <= front.get(f), where + ": " + m);
            assertTrue(rear.containsKey(r) && rp >= 1 && rp <= rear.get(r), where + ": " + m);
            assertTrue(frontUsed.add(f + "/" + fp), where + ": front position mapped twice " + m);
            assertTrue(rearUsed.add(r + "/" + rp), where + ": rear position mapped twice " + m);
        }
    }

    /** Devices name known roles, types, racks and locations; cables name existing ports, one cable per port. */
    private static void checkReferences(Map<String, List<Map<String, String>>> rows, Map<String, JsonNode> types) {
        Set<String> roles = column(rows.get(NetboxFiles.ROLES), "name");
        Set<String> racks = column(rows.get(NetboxFiles.RACKS), "name");
        Set<String> locations = column(rows.get(NetboxFiles.LOCATIONS), "name");
        Map<String, String> typeOf = new HashMap<>();
        for (Map<String, String> d : rows.get(NetboxFiles.DEVICES)) {
            assertTrue(roles.contains(d.get("role")) && types.containsKey(d.get("device_type"))
                    && racks.contains(d.get("rack")) && locations.contains(d.get("location")), d.toString());
            typeOf.put(d.get("name"), d.get("device_type"));
        }
        checkRackUnits(rows, types);
        Set<String> interfaces = new HashSet<>();
        typeOf.forEach((device, type) -> types.get(type).path("interfaces")
                .forEach(i -> interfaces.add(device + "|" + i.get("name").asText())));
        for (Map<String, String> i : rows.get(NetboxFiles.INTERFACES)) {
            assertTrue(interfaces.contains(i.get("device") + "|" + i.get("parent")), "parent of " + i);
            assertTrue(interfaces.add(i.get("device") + "|" + i.get("name")), "interface twice: " + i);
        }
        Set<String> used = new HashSet<>();
        for (Map<String, String> c : rows.get(NetboxFiles.CABLES)) {
            for (String side : List.of("side_a_", "side_b_")) {
                String device = c.get(side + "device");
                String type = c.get(side + "type");
                String name = c.get(side + "name");
                String list = switch (type) {
                    case "dcim.interface" -> null;
                    case "dcim.frontport" -> "front-ports";
                    case "dcim.rearport" -> "rear-ports";
                    default -> throw new AssertionError("termination type " + type);
                };
                boolean exists = list == null ? interfaces.contains(device + "|" + name)
                        : types.get(typeOf.get(device)).path(list).findValuesAsText("name").contains(name);
                assertTrue(exists, "no " + type + " " + device + " " + name);
                assertTrue(used.add(type + "|" + device + "|" + name), "two cables on " + device + " " + name);
            }
        }
    }

    /**
     * Every device has a front position inside its rack's height (NetBox's Device.clean) and no two devices of a rack
     * share a rack unit.
     */
    private static void checkRackUnits(Map<String, List<Map<String, String>>> rows, Map<String, JsonNode> types) {
        Map<String, Integer> height = new HashMap<>();
        rows.get(NetboxFiles.RACKS).forEach(r -> height.put(r.get("name"), Integer.parseInt(r.get("u_height"))));
        Set<String> taken = new HashSet<>();
        for (Map<String, String> d : rows.get(NetboxFiles.DEVICES)) {
            assertEquals("front", d.get("face"), d.toString());
            int position = Integer.parseInt(d.get("position"));
            int units = types.get(d.get("device_type")).get("u_height").asInt();
            assertTrue(position >= 1 && position + units - 1 <= height.get(d.get("rack")), d.toString());
            for (int u = position; u < position + units; u++) {
                assertTrue(taken.add(d.get("rack") + "|" + u), "two devices at " + d.get("rack") + " U" + u);
            }
        }
    }

    private static Set<String> column(List<Map<String, String>> rows, String column) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get(column)));
        return out;
    }

    /** The profiles the export chooses have NetBox's shapes, and the values it emits are NetBox's. */
    @Test
    void profilesAndValuesAreNetBoxs() {
        Map<String, JsonNode> profiles = new HashMap<>();
        NetboxDefinitions.PROFILES.get("profiles").forEach(p -> profiles.put(p.get("id").asText(), p));
        for (CableProfiles.Shape s : CableProfiles.SHAPES) {
            JsonNode p = profiles.get(s.id());
            assertEquals(s.aConnectors(), p.get("a_connectors").size(), s.id());
            assertEquals(s.bConnectors(), p.get("b_connectors").size(), s.id());
            assertEquals(s.aPositions(), p.get("a_connectors").get("1").asInt(), s.id());
            assertEquals(s.bPositions(), p.get("b_connectors").get("1").asInt(), s.id());
            for (JsonNode m : p.get("mapping_a_to_b")) {
                boolean breakout = s.id().startsWith("breakout");
                int ac = m.get("a").get(0).asInt();
                int ap = m.get("a").get(1).asInt();
                assertEquals(breakout ? List.of(ap, 1) : List.of(ac, ap), List.of(m.get("b").get(0).asInt(),
                        m.get("b").get(1).asInt()), s.id());
            }
        }
        Set<String> interfaceTypes = NetboxDefinitions.choices("InterfaceTypeChoices");
        assertTrue(interfaceTypes.containsAll(NetboxNames.PMD_INTERFACE_TYPES));
        for (int gbps : new int[] {10, 25, 50, 100, 200, 400, 800, 1600}) {
            assertTrue(interfaceTypes.contains(NetboxNames.cageType(gbps)), "cage " + gbps);
        }
        assertTrue(interfaceTypes.contains(NetboxNames.OTHER));
        assertTrue(NetboxDefinitions.choices("PortTypeChoices").containsAll(List.of("mpo", "lc-apc", "lc-upc",
                "lc-pc", NetboxNames.OTHER)));
        assertTrue(NetboxDefinitions.choices("CableTypeChoices").containsAll(List.of("smf", "smf-os1", "smf-os2",
                "mmf", "mmf-om1", "mmf-om2", "mmf-om3", "mmf-om4", "mmf-om5")));
        assertTrue(NetboxDefinitions.choices("CableLengthUnitChoices").contains(NetboxNames.LENGTH_UNIT));
    }
}
