package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cablesim.report.TreeFiles;

/**
 * Pushes an export into a NetBox through its REST API, idempotently: every object is looked up by its natural key
 * (NetBox's unique constraints: slug, (device type, name), (site, device name) …) and created only when missing,
 * patched only in the fields that differ; a cable is found by its terminations (a port holds one cable). A second
 * push of the same export changes nothing. Objects are created in NetBox's load order, in list POSTs of at most
 * {@value #CHUNK} (each one transaction); when a request fails the push stops and its report lists what was
 * created, so it can be fixed and run again.
 */
public final class NetboxPush {
    /** Objects per POST or PATCH request. */
    static final int CHUNK = 500;

    private final NetboxHttp http;
    private final List<PushReport.Change> created = new ArrayList<>();
    private final List<PushReport.Change> updated = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, String> deviceNames = new HashMap<>();
    private int unchanged;

    /**
     * @param url   the NetBox URL (without {@code /api})
     * @param token API token (from the environment, never from a file or the command line)
     */
    public NetboxPush(URI url, String token) {
        this.http = new NetboxHttp(url, token);
    }

    /** Pushes one export; never throws for NetBox's answers: a failure ends up in the report. */
    public PushReport push(NetboxObjects.Export e) {
        try {
            run(e);
            return report(Optional.empty());
        } catch (NetboxException ex) {
            return report(Optional.of(ex.getMessage()));
        } catch (MissingIdException ex) {
            return report(Optional.of(ex.getMessage()));
        }
    }

    private PushReport report(Optional<String> failure) {
        return new PushReport(created, updated, unchanged, failure);
    }

    private void run(NetboxObjects.Export e) throws NetboxException {
        NetboxRest.Refs refs = new IdRefs();
        upsert("tag", "/api/extras/tags/", Map.of("slug", NetboxRest.TAG), List.of(TreeFiles.json()
                .createObjectNode().put("name", NetboxRest.TAG).put("slug", NetboxRest.TAG).put("color", "9e9e9e")
                .put("description", "written by cablesim")), n -> NetboxJson.text(n.get("slug")));
        upsert("manufacturer", "/api/dcim/manufacturers/", Map.of(), bodies(e.manufacturers(),
                NetboxRest::manufacturer), n -> NetboxJson.text(n.get("name")));
        upsert("role", "/api/dcim/device-roles/", Map.of(), bodies(e.roles(), NetboxRest::role),
                n -> NetboxJson.text(n.get("name")));
        long maker = ids.get("manufacturer|" + NetboxNames.MANUFACTURER);
        upsert("type", "/api/dcim/device-types/", Map.of("manufacturer_id", Long.toString(maker)),
                bodies(e.deviceTypes(), t -> NetboxRest.deviceType(t, refs)), n -> NetboxJson.text(n.get("model")));
        for (NetboxObjects.DeviceType t : e.deviceTypes()) {
            Map<String, String> byType = Map.of("device_type_id", Long.toString(ids.get("type|" + t.model())));
            Function<JsonNode, String> name = n -> t.model() + "|" + NetboxJson.text(n.get("name"));
            upsert("ifT", "/api/dcim/interface-templates/", byType, bodies(t.interfaces(),
                    i -> NetboxRest.interfaceTemplate(t, i, refs)), name);
            upsert("rearT", "/api/dcim/rear-port-templates/", byType, bodies(t.rearPorts(),
                    p -> NetboxRest.rearPortTemplate(t, p, refs)), name);
            upsert("frontT", "/api/dcim/front-port-templates/", byType, bodies(t.frontPorts(),
                    p -> NetboxRest.frontPortTemplate(t, p, refs)), name);
        }
        upsert("site", "/api/dcim/sites/", Map.of("slug", e.site().slug()), List.of(NetboxRest.site(e.site())),
                n -> NetboxJson.text(n.get("name")));
        Map<String, String> bySite = Map.of("site_id", Long.toString(ids.get("site|" + e.site().name())));
        upsert("location", "/api/dcim/locations/", bySite, bodies(e.locations(), l -> NetboxRest.location(l, refs)),
                n -> NetboxJson.text(n.get("name")));
        upsert("rack", "/api/dcim/racks/", bySite, bodies(e.racks(), r -> NetboxRest.rack(r, refs)),
                n -> NetboxJson.text(n.get("name")));
        upsert("device", "/api/dcim/devices/", bySite, bodies(e.devices(), d -> NetboxRest.device(d, refs)),
                n -> NetboxJson.text(n.get("name")));
        componentIds(bySite);
        upsert("dcim.interface", "/api/dcim/interfaces/", bySite, bodies(e.interfaces(),
                i -> NetboxRest.deviceInterface(i, refs)), this::componentKey);
        upsert("bundle", "/api/dcim/cable-bundles/", Map.of(), bodies(e.bundles(), NetboxRest::bundle),
                n -> NetboxJson.text(n.get("name")));
        NetboxPushCables.push(http, bySite, bodies(e.cables(), c -> NetboxRest.cable(c, refs)), created, updated,
                () -> unchanged++);
    }

    private static <T> List<ObjectNode> bodies(List<T> items, Function<T, ObjectNode> body) {
        List<ObjectNode> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(body.apply(i)));
        return out;
    }

    /** Looks up the ids of the interfaces and ports NetBox created with the devices. */
    private void componentIds(Map<String, String> bySite) throws NetboxException {
        for (String[] kind : new String[][] {{"dcim.interface", "/api/dcim/interfaces/"},
            {"dcim.frontport", "/api/dcim/front-ports/"}, {"dcim.rearport", "/api/dcim/rear-ports/"}}) {
            for (JsonNode n : http.list(kind[1], bySite)) {
                if (deviceNames.containsKey(NetboxJson.id(n.get("device")))) {
                    ids.put(kind[0] + "|" + componentKey(n), NetboxJson.id(n.get("id")));
                }
            }
        }
    }

    /** {@code device name|component name} of an interface or port (its device by the ids the push knows). */
    private String componentKey(JsonNode n) {
        long device = NetboxJson.id(n.get("device"));
        return deviceNames.getOrDefault(device, "#" + device) + "|" + NetboxJson.text(n.get("name"));
    }

    /**
     * Creates what is missing and patches what differs, by natural key; records every id under
     * {@code kind|key}.
     */
    private void upsert(String kind, String path, Map<String, String> filters, List<ObjectNode> bodies,
            Function<JsonNode, String> key) throws NetboxException {
        if (bodies.isEmpty()) {
            return;
        }
        Map<String, JsonNode> existing = new HashMap<>();
        for (JsonNode n : http.list(path, filters)) {
            existing.putIfAbsent(scope(kind, n) + key.apply(n), n);
        }
        List<ObjectNode> toCreate = new ArrayList<>();
        List<ObjectNode> patches = new ArrayList<>();
        for (ObjectNode body : bodies) {
            String k = scope(kind, body) + key.apply(body);
            JsonNode have = existing.get(k);
            if (have == null) {
                toCreate.add(body);
                continue;
            }
            long id = NetboxJson.id(have.get("id"));
            remember(kind, key.apply(body), id);
            ObjectNode diff = TreeFiles.json().createObjectNode();
            for (Iterator<String> f = body.fieldNames(); f.hasNext();) {
                String field = f.next();
                if (!NetboxJson.same(field, body.get(field), have.get(field))) {
                    diff.set(field, body.get(field));
                }
            }
            if (diff.isEmpty()) {
                unchanged++;
            } else {
                diff.put("id", id);
                patches.add(diff);
                updated.add(new PushReport.Change(path, key.apply(body), id));
            }
        }
        for (int i = 0; i < toCreate.size(); i += CHUNK) {
            List<ObjectNode> chunk = toCreate.subList(i, Math.min(toCreate.size(), i + CHUNK));
            List<JsonNode> made = http.create(path, chunk);
            for (int j = 0; j < made.size(); j++) {
                long id = NetboxJson.id(made.get(j).get("id"));
                String k = key.apply(chunk.get(j));
                remember(kind, k, id);
                created.add(new PushReport.Change(path, k, id));
            }
        }
        for (int i = 0; i < patches.size(); i += CHUNK) {
            http.update(path, patches.subList(i, Math.min(patches.size(), i + CHUNK)));
        }
    }

    private void remember(String kind, String key, long id) {
        ids.put(kind + "|" + key, id);
        if (kind.equals("device")) {
            deviceNames.put(id, key);
        }
    }

    /** The parent part of a natural key: the manufacturer, device type, site or location an object belongs to. */
    private static String scope(String kind, JsonNode n) {
        String field = switch (kind) {
            case "type" -> "manufacturer";
            case "ifT", "rearT", "frontT" -> "device_type";
            case "location", "device" -> "site";
            case "rack" -> "location";
            default -> null;
        };
        return field == null ? "" : NetboxJson.text(n.get(field)) + "#";
    }

    /** Refers to objects by the ids the push has found or created. */
    private final class IdRefs implements NetboxRest.Refs {
        private JsonNode id(String key) {
            Long id = ids.get(key);
            if (id == null) {
                throw new MissingIdException("NetBox has no " + key.replace('|', ' ') + " (expected after the"
                        + " objects before it were created)");
            }
            return TreeFiles.json().getNodeFactory().numberNode(id);
        }

        @Override
        public JsonNode manufacturer(String name) {
            return id("manufacturer|" + name);
        }

        @Override
        public JsonNode role(String name) {
            return id("role|" + name);
        }

        @Override
        public JsonNode deviceType(String model) {
            return id("type|" + model);
        }

        @Override
        public JsonNode site(String name) {
            return id("site|" + name);
        }

        @Override
        public JsonNode location(String name) {
            return id("location|" + name);
        }

        @Override
        public JsonNode rack(String name) {
            return id("rack|" + name);
        }

        @Override
        public JsonNode device(String name) {
            return id("device|" + name);
        }

        @Override
        public JsonNode deviceInterface(String device, String name) {
            return id("dcim.interface|" + device + "|" + name);
        }

        @Override
        public JsonNode rearPortTemplate(String deviceTypeModel, String name) {
            return id("rearT|" + deviceTypeModel + "|" + name);
        }

        @Override
        public JsonNode terminationId(NetboxObjects.Termination t) {
            return id(t.type() + "|" + t.device() + "|" + t.name());
        }

        @Override
        public JsonNode bundle(String name) {
            return id("bundle|" + name);
        }
    }

    /** An object the export refers to that NetBox does not have (e.g. a port its device type should create). */
    private static final class MissingIdException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingIdException(String message) {
            super(message);
        }
    }
}
