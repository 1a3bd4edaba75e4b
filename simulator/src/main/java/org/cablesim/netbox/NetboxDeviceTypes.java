package org.cablesim.netbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cablesim.report.TreeFiles;

/**
 * A device type as NetBox's device-type import YAML: the DeviceTypeImportForm fields, then the component lists in
 * the order NetBox processes them ({@code interfaces}, {@code rear-ports}, {@code front-ports},
 * {@code port-mappings}). Front-port items carry no {@code rear_port}: since 4.5 that key is ignored and the
 * mappings are their own list.
 */
final class NetboxDeviceTypes {
    private NetboxDeviceTypes() {
    }

    static ObjectNode yaml(NetboxObjects.DeviceType t) {
        ObjectNode n = TreeFiles.json().createObjectNode();
        n.put("manufacturer", t.manufacturer()).put("model", t.model()).put("slug", t.slug())
                .put("u_height", t.uHeight()).put("is_full_depth", t.fullDepth()).put("comments", t.comments());
        if (!t.interfaces().isEmpty()) {
            ArrayNode list = n.putArray("interfaces");
            t.interfaces().forEach(i -> list.addObject().put("name", i.name()).put("type", i.type()));
        }
        if (!t.rearPorts().isEmpty()) {
            ArrayNode list = n.putArray("rear-ports");
            t.rearPorts().forEach(p -> list.addObject().put("name", p.name()).put("type", p.type())
                    .put("positions", p.positions()));
        }
        if (!t.frontPorts().isEmpty()) {
            ArrayNode list = n.putArray("front-ports");
            t.frontPorts().forEach(p -> list.addObject().put("name", p.name()).put("type", p.type())
                    .put("positions", p.positions()));
        }
        if (!t.mappings().isEmpty()) {
            ArrayNode list = n.putArray("port-mappings");
            t.mappings().forEach(m -> list.addObject().put("front_port", m.frontPort())
                    .put("front_port_position", m.frontPosition()).put("rear_port", m.rearPort())
                    .put("rear_port_position", m.rearPosition()));
        }
        return n;
    }
}
