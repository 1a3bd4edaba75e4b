package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds NetBox-shaped fixtures from an export: the GET list responses NetBox would return once the export is
 * loaded. Every object is a copy of the matching object in the NetBox 4.6.8 examples ({@code netbox/v4.6.8/rest/})
 * with its values replaced, so field names, nesting and choice shapes are NetBox's; ids are assigned in load
 * order. Device types (no example there) carry only what the import reads (model, slug, u_height).
 */
public final class NetboxRestShapes {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String BASE = "https://netbox.example.com";

    private final NetboxObjects.Export e;
    private final Map<String, ObjectNode> devices = new HashMap<>();
    private final Map<String, ObjectNode> components = new HashMap<>();
    private final Map<String, ArrayNode> lists = new HashMap<>();
    private long nextId = 1;

    private NetboxRestShapes(NetboxObjects.Export e) {
        this.e = e;
        for (String name : List.of("sites", "racks", "device-types", "devices", "interfaces", "rear-ports",
                "front-ports", "cables")) {
            list(name);
        }
    }

    /** The example object of a list fixture (first result). */
    static ObjectNode example(String file) {
        return (ObjectNode) NetboxDefinitions.read("rest/" + file).get("results").get(0);
    }

    /** Writes {@code sites.json} … {@code cables.json} (list responses) into {@code dir}; returns them by name. */
    public static Map<String, ArrayNode> write(NetboxObjects.Export e, Path dir) throws IOException {
        NetboxRestShapes s = new NetboxRestShapes(e);
        s.build();
        for (Map.Entry<String, ArrayNode> list : s.lists.entrySet()) {
            ObjectNode page = JSON.createObjectNode().put("count", list.getValue().size());
            page.putNull("next");
            page.putNull("previous");
            page.set("results", list.getValue());
            JSON.writeValue(dir.resolve(list.getKey() + ".json").toFile(), page);
        }
        return s.lists;
    }

    private ArrayNode list(String name) {
        return lists.computeIfAbsent(name, k -> JSON.createArrayNode());
    }

    private ObjectNode common(ObjectNode o, String endpoint, String display) {
        long id = nextId++;
        o.put("id", id).put("url", BASE + "/api/dcim/" + endpoint + "/" + id + "/").put("display", display);
        if (o.has("display_url")) {
            o.put("display_url", BASE + "/dcim/" + endpoint + "/" + id + "/");
        }
        return o;
    }

    private static ObjectNode choice(String value) {
        return JSON.createObjectNode().put("value", value).put("label", value);
    }

    private void build() {
        ObjectNode site = common(example("sites-list.json"), "sites", e.site().name()).put("name", e.site().name())
                .put("slug", e.site().slug()).put("description", e.site().description())
                .put("comments", e.site().comments());
        site.set("status", choice(e.site().status()));
        list("sites").add(site);
        Map<String, ObjectNode> locations = new HashMap<>();
        ObjectNode rackExample = example("racks-list.json");
        for (NetboxObjects.Location l : e.locations()) {
            ObjectNode brief = ((ObjectNode) rackExample.get("location").deepCopy());
            locations.put(l.name(), common(brief, "locations", l.name()).put("name", l.name()).put("slug", l.slug()));
        }
        Map<String, ObjectNode> racks = new HashMap<>();
        for (NetboxObjects.Rack r : e.racks()) {
            ObjectNode rack = common(example("racks-list.json"), "racks", r.name()).put("name", r.name())
                    .put("u_height", r.uHeight());
            rack.set("site", brief(rack.get("site"), site, "name", "slug"));
            rack.set("location", locations.get(r.location()));
            rack.set("status", choice(r.status()));
            rack.set("width", JSON.createObjectNode().put("value", r.width()).put("label", r.width() + " inches"));
            racks.put(r.name(), rack);
            list("racks").add(rack);
        }
        Map<String, ObjectNode> types = new HashMap<>();
        for (NetboxObjects.DeviceType t : e.deviceTypes()) {
            ObjectNode type = common(JSON.createObjectNode(), "device-types", t.model()).put("model", t.model())
                    .put("slug", t.slug()).put("u_height", t.uHeight());
            types.put(t.model(), type);
            list("device-types").add(type);
        }
        for (NetboxObjects.Device d : e.devices()) {
            ObjectNode device = common(example("devices-list.json"), "devices", d.name()).put("name", d.name())
                    .put("description", d.description());
            ObjectNode type = (ObjectNode) device.get("device_type");
            type.put("id", types.get(d.deviceType()).get("id").asLong()).put("model", d.deviceType())
                    .put("display", d.deviceType()).put("slug", types.get(d.deviceType()).get("slug").asText());
            ((ObjectNode) device.get("role")).put("name", d.role()).put("display", d.role())
                    .put("slug", e.roles().stream().filter(r -> r.name().equals(d.role())).findFirst().orElseThrow()
                            .slug());
            device.set("site", brief(device.get("site"), site, "name", "slug"));
            device.set("location", locations.get(d.location()));
            device.set("rack", brief(device.get("rack"), racks.get(d.rack()), "name"));
            device.set("status", choice(d.status()));
            devices.put(d.name(), device);
            list("devices").add(device);
            components(d, e.deviceTypes().stream().filter(t -> t.model().equals(d.deviceType())).findFirst()
                    .orElseThrow());
        }
        for (NetboxObjects.Interface i : e.interfaces()) {
            ObjectNode parent = components.get("dcim.interface|" + i.device() + "|" + i.parent());
            ObjectNode child = iface(i.device(), i.name(), i.type(), i.label(), i.description(), i.speedKbps());
            child.set("parent", termination(parent));
        }
        int k = 0;
        for (NetboxObjects.Cable c : e.cables()) {
            cable(c, ++k);
        }
    }

    private void components(NetboxObjects.Device d, NetboxObjects.DeviceType t) {
        for (NetboxObjects.InterfaceTemplate i : t.interfaces()) {
            iface(d.name(), i.name(), i.type(), "", "", 0);
        }
        Map<String, Long> rearIds = new HashMap<>();
        for (NetboxObjects.PortTemplate p : t.rearPorts()) {
            ObjectNode rear = port("rear-ports-list.json", "rear-ports", "dcim.rearport", d.name(), p);
            rear.putArray("front_ports");
            rearIds.put(p.name(), rear.get("id").asLong());
        }
        for (NetboxObjects.PortTemplate p : t.frontPorts()) {
            ObjectNode front = port("front-ports-list.json", "front-ports", "dcim.frontport", d.name(), p);
            ArrayNode mappings = front.putArray("rear_ports");
            for (NetboxObjects.PortMapping m : t.mappings()) {
                if (m.frontPort().equals(p.name())) {
                    mappings.addObject().put("position", m.frontPosition()).put("rear_port", rearIds.get(m.rearPort()))
                            .put("rear_port_position", m.rearPosition());
                    ArrayNode back = (ArrayNode) components.get("dcim.rearport|" + d.name() + "|" + m.rearPort())
                            .get("front_ports");
                    back.addObject().put("position", m.rearPosition()).put("front_port", front.get("id").asLong())
                            .put("front_port_position", m.frontPosition());
                }
            }
        }
    }

    private ObjectNode iface(String device, String name, String type, String label, String description, long speed) {
        ObjectNode i = common(example("interfaces-list.json"), "interfaces", name).put("name", name)
                .put("label", label).put("description", description);
        i.set("device", brief(i.get("device"), devices.get(device), "name"));
        i.set("type", choice(type));
        if (speed > 0) {
            i.put("speed", speed);
        }
        clearCable(i);
        components.put("dcim.interface|" + device + "|" + name, i);
        list("interfaces").add(i);
        return i;
    }

    private ObjectNode port(String exampleFile, String endpoint, String type, String device,
            NetboxObjects.PortTemplate p) {
        ObjectNode port = common(example(exampleFile), endpoint, p.name()).put("name", p.name())
                .put("positions", p.positions());
        port.set("device", brief(port.get("device"), devices.get(device), "name"));
        port.set("type", choice(p.type()));
        clearCable(port);
        components.put(type + "|" + device + "|" + p.name(), port);
        list(endpoint).add(port);
        return port;
    }

    private static void clearCable(ObjectNode o) {
        o.putNull("cable");
        o.putNull("cable_end");
        o.putArray("link_peers");
        o.putNull("link_peers_type");
        o.put("_occupied", false);
        if (o.has("connected_endpoints")) {
            o.putNull("connected_endpoints");
            o.putNull("connected_endpoints_type");
            o.put("connected_endpoints_reachable", false);
        }
    }

    private void cable(NetboxObjects.Cable c, int k) {
        ObjectNode cable = common(example("cables-list.json"), "cables", c.label()).put("label", c.label())
                .put("type", c.type()).put("color", c.color()).put("length", c.lengthM())
                .put("description", c.description());
        cable.set("status", choice(c.status()));
        cable.set("profile", c.profile().isEmpty() ? JSON.nullNode() : choice(c.profile()));
        cable.set("length_unit", choice(NetboxNames.LENGTH_UNIT));
        ObjectNode cableBrief = JSON.createObjectNode().put("id", cable.get("id").asLong())
                .put("url", cable.get("url").asText()).put("display", c.label()).put("label", c.label())
                .put("description", c.description());
        for (String side : List.of("a", "b")) {
            ArrayNode ends = cable.putArray(side + "_terminations");
            for (NetboxObjects.Termination t : side.equals("a") ? c.a() : c.b()) {
                ObjectNode target = components.get(t.type() + "|" + t.device() + "|" + t.name());
                target.set("cable", cableBrief);
                target.put("cable_end", side.toUpperCase(java.util.Locale.ROOT)).put("_occupied", true);
                ObjectNode end = ends.addObject().put("object_type", t.type()).put("object_id", target.get("id")
                        .asLong());
                end.set("object", termination(target));
            }
        }
        list("cables").add(cable);
    }

    /** A component's brief form (id, url, display, device, name, description, cable, _occupied). */
    private static ObjectNode termination(ObjectNode component) {
        ObjectNode b = JSON.createObjectNode();
        for (String f : List.of("id", "url", "display", "device", "name", "description", "cable", "_occupied")) {
            b.set(f, component.get(f));
        }
        return b;
    }

    /** A nested brief like the template's, with the object's id, url, display and given fields. */
    private static ObjectNode brief(JsonNode template, ObjectNode of, String... fields) {
        ObjectNode b = ((ObjectNode) template).deepCopy();
        b.put("id", of.get("id").asLong()).put("url", of.get("url").asText()).put("display", of.get("display")
                .asText());
        for (String f : fields) {
            b.set(f, of.get(f));
        }
        return b;
    }
}
