package org.cablesim.netbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cablesim.report.TreeFiles;

/**
 * The REST payloads of an export: one JSON list per endpoint, in load order, each the body of a POST to that
 * endpoint (a list POST creates all its objects in one transaction). File names carry the endpoint.
 */
final class NetboxPayloads {
    /** One payload file: its name and the endpoint it is posted to. */
    record Endpoint(String file, String path) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("01-manufacturers.json", "/api/dcim/manufacturers/"),
            new Endpoint("02-device-roles.json", "/api/dcim/device-roles/"),
            new Endpoint("03-device-types.json", "/api/dcim/device-types/"),
            new Endpoint("03a-interface-templates.json", "/api/dcim/interface-templates/"),
            new Endpoint("03b-rear-port-templates.json", "/api/dcim/rear-port-templates/"),
            new Endpoint("03c-front-port-templates.json", "/api/dcim/front-port-templates/"),
            new Endpoint("04-sites.json", "/api/dcim/sites/"),
            new Endpoint("05-locations.json", "/api/dcim/locations/"),
            new Endpoint("06-racks.json", "/api/dcim/racks/"),
            new Endpoint("07-devices.json", "/api/dcim/devices/"),
            new Endpoint("08-interfaces.json", "/api/dcim/interfaces/"),
            new Endpoint("10-cable-bundles.json", "/api/dcim/cable-bundles/"),
            new Endpoint("11-cables.json", "/api/dcim/cables/"));

    private NetboxPayloads() {
    }

    static void write(NetboxObjects.Export e, NetboxRest.Refs refs, Path dir) throws IOException {
        for (Endpoint endpoint : ENDPOINTS) {
            TreeFiles.writeJson(dir.resolve(endpoint.file()), bodies(e, refs, endpoint.path()));
        }
    }

    /** The bodies an export posts to one endpoint. */
    static ArrayNode bodies(NetboxObjects.Export e, NetboxRest.Refs refs, String path) {
        ArrayNode out = TreeFiles.json().createArrayNode();
        switch (path) {
            case "/api/dcim/manufacturers/" -> e.manufacturers().forEach(m -> out.add(NetboxRest.manufacturer(m)));
            case "/api/dcim/device-roles/" -> e.roles().forEach(r -> out.add(NetboxRest.role(r)));
            case "/api/dcim/device-types/" -> e.deviceTypes().forEach(t -> out.add(NetboxRest.deviceType(t, refs)));
            case "/api/dcim/interface-templates/" -> e.deviceTypes().forEach(t -> t.interfaces()
                    .forEach(i -> out.add(NetboxRest.interfaceTemplate(t, i, refs))));
            case "/api/dcim/rear-port-templates/" -> e.deviceTypes().forEach(t -> t.rearPorts()
                    .forEach(p -> out.add(NetboxRest.rearPortTemplate(t, p, refs))));
            case "/api/dcim/front-port-templates/" -> e.deviceTypes().forEach(t -> t.frontPorts()
                    .forEach(p -> out.add(NetboxRest.frontPortTemplate(t, p, refs))));
            case "/api/dcim/sites/" -> out.add(NetboxRest.site(e.site()));
            case "/api/dcim/locations/" -> e.locations().forEach(l -> out.add(NetboxRest.location(l, refs)));
            case "/api/dcim/racks/" -> e.racks().forEach(r -> out.add(NetboxRest.rack(r, refs)));
            case "/api/dcim/devices/" -> e.devices().forEach(d -> out.add(NetboxRest.device(d, refs)));
            case "/api/dcim/interfaces/" -> e.interfaces().forEach(i -> out.add(NetboxRest.deviceInterface(i, refs)));
            case "/api/dcim/cable-bundles/" -> e.bundles().forEach(b -> out.add(NetboxRest.bundle(b)));
            case "/api/dcim/cables/" -> e.cables().forEach(c -> out.add(NetboxRest.cable(c, refs)));
            default -> throw new IllegalArgumentException("no payloads for " + path);
        }
        return out;
    }
}
