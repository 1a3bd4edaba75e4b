package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a snapshot of NetBox REST responses into a {@link NetboxSite}, setting aside (as {@link Unmapped}) what is
 * not fibre plant: cables to power or console ports, cables without a length in a known unit still count with an
 * unknown length.
 */
final class NetboxSiteReader {
    private static final Map<String, Double> METRES_PER = Map.of("km", 1000.0, "m", 1.0, "cm", 0.01,
            "mi", 1609.344, "ft", 0.3048, "in", 0.0254);

    /**
     * @param site       the site's cabling
     * @param unmapped   objects set aside
     * @param uHeights   rack units per device-type model (from {@code device-types}, when read)
     */
    record Result(NetboxSite site, List<Unmapped> unmapped, Map<String, Integer> uHeights) {
    }

    private NetboxSiteReader() {
    }

    static Result read(NetboxSnapshot s) {
        NetboxSite site = new NetboxSite();
        List<Unmapped> unmapped = new ArrayList<>();
        Map<String, Integer> uHeights = new HashMap<>();
        s.of("device-types").forEach(t -> uHeights.put(NetboxJson.text(t.get("model")), t.path("u_height")
                .asInt(1)));
        for (JsonNode d : s.of("devices")) {
            JsonNode role = d.path("role");
            site.add(new NetboxSite.Device(NetboxJson.text(d.get("name")), role.has("slug")
                    ? role.get("slug").asText() : NetboxJson.text(role), d.path("device_type").path("model").asText(),
                    d.path("rack").path("name").asText(""), NetboxJson.text(d.get("description"))));
        }
        Map<String, NetboxObjects.Termination> byId = new HashMap<>();
        for (JsonNode i : s.of("interfaces")) {
            String device = deviceName(i);
            site.add(new NetboxSite.Interface(device, NetboxJson.text(i.get("name")), NetboxJson.text(i.get("type")),
                    i.path("parent").path("name").asText(""), NetboxJson.text(i.get("label")),
                    NetboxJson.text(i.get("description")), i.path("speed").asLong(0)));
            byId.put(key("dcim.interface", i), new NetboxObjects.Termination("dcim.interface", device,
                    NetboxJson.text(i.get("name"))));
        }
        Map<Long, String> rearName = new HashMap<>();
        for (JsonNode r : s.of("rear-ports")) {
            rearName.put(NetboxJson.id(r.get("id")), NetboxJson.text(r.get("name")));
            site.add(new NetboxSite.Port(deviceName(r), NetboxJson.text(r.get("name")), false,
                    NetboxJson.text(r.get("type")), r.path("positions").asInt(1), List.of()));
            byId.put(key("dcim.rearport", r), new NetboxObjects.Termination("dcim.rearport", deviceName(r),
                    NetboxJson.text(r.get("name"))));
        }
        for (JsonNode f : s.of("front-ports")) {
            List<NetboxObjects.PortMapping> mappings = new ArrayList<>();
            for (JsonNode m : f.path("rear_ports")) {
                String rear = rearName.get(NetboxJson.id(m.get("rear_port")));
                if (rear == null) {
                    unmapped.add(new Unmapped("dcim.frontport", NetboxJson.text(f.get("id")), deviceName(f) + " "
                            + NetboxJson.text(f.get("name")), "maps to rear port id " + NetboxJson.text(m.get("rear_port"))
                            + ", which is not among the site's rear ports"));
                    continue;
                }
                mappings.add(new NetboxObjects.PortMapping(NetboxJson.text(f.get("name")), m.path("position").asInt(1),
                        rear, m.path("rear_port_position").asInt(1)));
            }
            site.add(new NetboxSite.Port(deviceName(f), NetboxJson.text(f.get("name")), true,
                    NetboxJson.text(f.get("type")), f.path("positions").asInt(1), mappings));
            byId.put(key("dcim.frontport", f), new NetboxObjects.Termination("dcim.frontport", deviceName(f),
                    NetboxJson.text(f.get("name"))));
        }
        for (JsonNode c : s.of("cables")) {
            cable(site, c, byId, unmapped);
        }
        return new Result(site, unmapped, uHeights);
    }

    private static void cable(NetboxSite site, JsonNode c, Map<String, NetboxObjects.Termination> byId,
            List<Unmapped> unmapped) {
        String label = NetboxJson.text(c.get("label"));
        String id = NetboxJson.text(c.get("id"));
        List<List<NetboxObjects.Termination>> sides = new ArrayList<>();
        for (String side : List.of("a_terminations", "b_terminations")) {
            List<NetboxObjects.Termination> ends = new ArrayList<>();
            for (JsonNode t : c.path(side)) {
                String type = NetboxJson.text(t.get("object_type"));
                NetboxObjects.Termination end = byId.get(type + "#" + NetboxJson.text(t.get("object_id")));
                if (!type.equals("dcim.interface") && !type.equals("dcim.frontport") && !type.equals("dcim.rearport")) {
                    unmapped.add(new Unmapped("dcim.cable", id, label, "ends on a " + type
                            + ": not fibre plant (only interfaces, front and rear ports are mapped)"));
                    return;
                }
                if (end == null) {
                    unmapped.add(new Unmapped("dcim.cable", id, label, "ends on " + type + " id "
                            + NetboxJson.text(t.get("object_id")) + ", which is not in the site's objects read"));
                    return;
                }
                ends.add(end);
            }
            sides.add(ends);
        }
        double length = Double.NaN;
        if (c.hasNonNull("length")) {
            Double factor = METRES_PER.get(NetboxJson.text(c.get("length_unit")));
            if (factor == null) {
                unmapped.add(new Unmapped("dcim.cable", id, label, "length unit '" + NetboxJson.text(c.get(
                        "length_unit")) + "' unknown: length ignored"));
            } else {
                length = c.get("length").asDouble() * factor;
            }
        }
        try {
            site.add(new NetboxSite.Cable((int) NetboxJson.id(c.get("id")), sides.get(0), sides.get(1),
                    NetboxJson.text(c.get("type")), NetboxJson.text(c.get("status")), NetboxJson.text(c.get("profile")),
                    label, length, NetboxJson.text(c.get("description"))));
        } catch (IllegalArgumentException e) {
            unmapped.add(new Unmapped("dcim.cable", id, label, e.getMessage()));
        }
    }

    private static String deviceName(JsonNode component) {
        return component.path("device").path("name").asText(NetboxJson.text(component.get("device")));
    }

    /** Ids are unique per object type only: key by type and id. */
    private static String key(String type, JsonNode o) {
        return type + "#" + NetboxJson.text(o.get("id"));
    }
}
