package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cablesim.report.Csv;
import org.cablesim.report.TreeFiles;

/**
 * Writes an export as NetBox bulk-import files, one per object type in NetBox's load order (CSV; device types as
 * YAML with their component lists and port mappings), plus the REST payloads under {@code rest/}, and a README
 * naming the order and what cannot go through the import form (cables with several terminations per side).
 */
public final class NetboxFiles {
    public static final String MANUFACTURERS = "01-manufacturers.csv";
    public static final String ROLES = "02-device-roles.csv";
    public static final String DEVICE_TYPES = "03-device-types";
    public static final String SITES = "04-sites.csv";
    public static final String LOCATIONS = "05-locations.csv";
    public static final String RACKS = "06-racks.csv";
    public static final String DEVICES = "07-devices.csv";
    public static final String INTERFACES = "08-interfaces.csv";
    public static final String BUNDLES = "10-cable-bundles.csv";
    public static final String CABLES = "11-cables.csv";
    public static final String CABLES_REST_ONLY = "11-cables-rest-only.json";
    public static final String REST = "rest";
    public static final String README = "README.md";

    private NetboxFiles() {
    }

    /** Writes every file of the export into the existing directory {@code dir}. */
    public static void write(NetboxObjects.Export e, Path dir) throws IOException {
        csv(dir.resolve(MANUFACTURERS), List.of("name", "slug"), e.manufacturers(), m -> row(m.name(), m.slug()));
        csv(dir.resolve(ROLES), List.of("name", "slug", "color", "vm_role", "description"), e.roles(),
                r -> row(r.name(), r.slug(), r.color(), "false", r.description()));
        Path types = Files.createDirectories(dir.resolve(DEVICE_TYPES));
        for (NetboxObjects.DeviceType t : e.deviceTypes()) {
            TreeFiles.writeYaml(types.resolve(t.slug() + ".yaml"), "NetBox device type (Devices > Device Types >"
                    + " Import, YAML); NetBox 4.5+ (port-mappings)", NetboxDeviceTypes.yaml(t));
        }
        csv(dir.resolve(SITES), List.of("name", "slug", "status", "description", "comments"), List.of(e.site()),
                s -> row(s.name(), s.slug(), s.status(), s.description(), s.comments()));
        csv(dir.resolve(LOCATIONS), List.of("site", "name", "slug", "status"), e.locations(),
                l -> row(l.site(), l.name(), l.slug(), l.status()));
        csv(dir.resolve(RACKS), List.of("site", "location", "name", "status", "width", "u_height"), e.racks(),
                r -> row(r.site(), r.location(), r.name(), r.status(), r.width(), r.uHeight()));
        csv(dir.resolve(DEVICES), List.of("name", "role", "manufacturer", "device_type", "status", "site",
                "location", "rack", "position", "face", "description"), e.devices(), d -> row(d.name(), d.role(),
                d.manufacturer(), d.deviceType(), d.status(), d.site(), d.location(), d.rack(),
                d.position() > 0 ? Integer.toString(d.position()) : "", d.face(), d.description()));
        csv(dir.resolve(INTERFACES), List.of("device", "name", "label", "parent", "type", "speed", "description"),
                e.interfaces(), i -> row(i.device(), i.name(), i.label(), i.parent(), i.type(), i.speedKbps(),
                        i.description()));
        if (!e.bundles().isEmpty()) {
            csv(dir.resolve(BUNDLES), List.of("name", "description"), e.bundles(), b -> row(b.name(), b.description()));
        }
        csv(dir.resolve(CABLES), List.of("side_a_site", "side_a_device", "side_a_type", "side_a_name", "side_b_site",
                "side_b_device", "side_b_type", "side_b_name", "type", "status", "profile", "bundle", "label", "color",
                "length", "length_unit", "description"), e.cables().stream().filter(NetboxObjects.Cable::csvImportable)
                .toList(), c -> row(e.site().name(), c.a().get(0).device(), c.a().get(0).type(), c.a().get(0).name(),
                        e.site().name(), c.b().get(0).device(), c.b().get(0).type(), c.b().get(0).name(), c.type(),
                        c.status(), c.profile(), c.bundle(), c.label(), c.color(), c.lengthM(),
                        NetboxNames.LENGTH_UNIT, c.description()));
        NetboxRest.Refs refs = fileRefs(e);
        ArrayNode multi = TreeFiles.json().createArrayNode();
        e.cables().stream().filter(c -> !c.csvImportable()).forEach(c -> multi.add(NetboxRest.cable(c, refs)));
        TreeFiles.writeJson(dir.resolve(CABLES_REST_ONLY), multi);
        NetboxPayloads.write(e, refs, Files.createDirectories(dir.resolve(REST)));
        Files.writeString(dir.resolve(README), NetboxReadme.text(e, multi.size()), StandardCharsets.UTF_8);
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static <T> void csv(Path file, List<String> header, List<T> items, Function<T, Object[]> cells)
            throws IOException {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row(header.toArray());
        for (T item : items) {
            csv.row(cells.apply(item));
        }
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
    }

    /** Lookup dictionaries NetBox resolves; object ids it needs but that no file can know are written as names. */
    static NetboxRest.Refs fileRefs(NetboxObjects.Export e) {
        Map<String, String> typeSlugs = new HashMap<>();
        e.deviceTypes().forEach(t -> typeSlugs.put(t.model(), t.slug()));
        Map<String, String> roleSlugs = new HashMap<>();
        e.roles().forEach(r -> roleSlugs.put(r.name(), r.slug()));
        Map<String, String> locationSlugs = new HashMap<>();
        e.locations().forEach(l -> locationSlugs.put(l.name(), l.slug()));
        String site = e.site().slug();
        return new NetboxRest.Refs() {
            private ObjectNode obj() {
                return TreeFiles.json().createObjectNode();
            }

            private ObjectNode siteRef() {
                return obj().put("slug", site);
            }

            @Override
            public JsonNode manufacturer(String name) {
                return obj().put("slug", NetboxNames.slug(name));
            }

            @Override
            public JsonNode role(String name) {
                return obj().put("slug", roleSlugs.get(name));
            }

            @Override
            public JsonNode deviceType(String model) {
                ObjectNode n = obj();
                n.set("manufacturer", manufacturer(NetboxNames.MANUFACTURER));
                return n.put("slug", typeSlugs.get(model));
            }

            @Override
            public JsonNode site(String name) {
                return siteRef();
            }

            @Override
            public JsonNode location(String name) {
                ObjectNode n = obj();
                n.set("site", siteRef());
                return n.put("slug", locationSlugs.get(name));
            }

            @Override
            public JsonNode rack(String name) {
                ObjectNode n = obj();
                n.set("site", siteRef());
                return n.put("name", name);
            }

            @Override
            public JsonNode device(String name) {
                return rack(name);
            }

            @Override
            public JsonNode deviceInterface(String device, String name) {
                ObjectNode n = obj();
                n.set("device", device(device));
                return n.put("name", name);
            }

            @Override
            public JsonNode rearPortTemplate(String deviceTypeModel, String name) {
                return obj().put("name", name);
            }

            @Override
            public JsonNode terminationId(NetboxObjects.Termination t) {
                return obj().put("device", t.device()).put("name", t.name());
            }

            @Override
            public JsonNode bundle(String name) {
                return obj().put("name", name);
            }
        };
    }
}
