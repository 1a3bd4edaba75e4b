package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cablesim.report.TreeFiles;

/**
 * REST request bodies of the exported objects (NetBox 4.6 serializers' writable fields). Related objects come from
 * a {@link Refs}: lookup dictionaries in the payload files ({@code {"slug": "dc1"}}, which NetBox resolves), ids
 * in the push client. Every object carries the tag {@value #TAG} so that what cablesim wrote can be told apart.
 */
final class NetboxRest {
    /** Slug of the tag on every object cablesim writes. */
    static final String TAG = "cablesim";

    /** How a body refers to other objects. */
    interface Refs {
        JsonNode manufacturer(String name);

        JsonNode role(String name);

        JsonNode deviceType(String model);

        JsonNode site(String name);

        JsonNode location(String name);

        JsonNode rack(String name);

        JsonNode device(String name);

        /** An interface of a device (a parent interface). */
        JsonNode deviceInterface(String device, String name);

        /** A rear-port template of a device type (in a front-port template's mapping). */
        JsonNode rearPortTemplate(String deviceTypeModel, String name);

        /** A cable end: the {@code object_id} of the termination object. */
        JsonNode terminationId(NetboxObjects.Termination t);

        JsonNode bundle(String name);
    }

    private NetboxRest() {
    }

    private static ObjectNode node() {
        return TreeFiles.json().createObjectNode();
    }

    private static ObjectNode withTag(ObjectNode n) {
        n.putArray("tags").addObject().put("slug", TAG);
        return n;
    }

    static ObjectNode manufacturer(NetboxObjects.Manufacturer m) {
        return withTag(node().put("name", m.name()).put("slug", m.slug()));
    }

    static ObjectNode role(NetboxObjects.DeviceRole r) {
        return withTag(node().put("name", r.name()).put("slug", r.slug()).put("color", r.color())
                .put("description", r.description()));
    }

    static ObjectNode deviceType(NetboxObjects.DeviceType t, Refs refs) {
        ObjectNode n = node();
        n.set("manufacturer", refs.manufacturer(t.manufacturer()));
        return withTag(n.put("model", t.model()).put("slug", t.slug()).put("u_height", t.uHeight())
                .put("is_full_depth", t.fullDepth()).put("comments", t.comments()));
    }

    static ObjectNode interfaceTemplate(NetboxObjects.DeviceType t, NetboxObjects.InterfaceTemplate i, Refs refs) {
        ObjectNode n = node();
        n.set("device_type", refs.deviceType(t.model()));
        return n.put("name", i.name()).put("type", i.type());
    }

    static ObjectNode rearPortTemplate(NetboxObjects.DeviceType t, NetboxObjects.PortTemplate p, Refs refs) {
        ObjectNode n = node();
        n.set("device_type", refs.deviceType(t.model()));
        return n.put("name", p.name()).put("type", p.type()).put("positions", p.positions());
    }

    /** A front-port template with its mappings ({@code rear_ports}: position, rear port, rear position). */
    static ObjectNode frontPortTemplate(NetboxObjects.DeviceType t, NetboxObjects.PortTemplate p, Refs refs) {
        ObjectNode n = node();
        n.set("device_type", refs.deviceType(t.model()));
        n.put("name", p.name()).put("type", p.type()).put("positions", p.positions());
        ArrayNode rear = n.putArray("rear_ports");
        for (NetboxObjects.PortMapping m : t.mappings()) {
            if (m.frontPort().equals(p.name())) {
                ObjectNode e = rear.addObject().put("position", m.frontPosition());
                e.set("rear_port", refs.rearPortTemplate(t.model(), m.rearPort()));
                e.put("rear_port_position", m.rearPosition());
            }
        }
        return n;
    }

    static ObjectNode site(NetboxObjects.Site s) {
        return withTag(node().put("name", s.name()).put("slug", s.slug()).put("status", s.status())
                .put("description", s.description()).put("comments", s.comments()));
    }

    static ObjectNode location(NetboxObjects.Location l, Refs refs) {
        ObjectNode n = node();
        n.set("site", refs.site(l.site()));
        return withTag(n.put("name", l.name()).put("slug", l.slug()).put("status", l.status()));
    }

    static ObjectNode rack(NetboxObjects.Rack r, Refs refs) {
        ObjectNode n = node();
        n.set("site", refs.site(r.site()));
        n.set("location", refs.location(r.location()));
        return withTag(n.put("name", r.name()).put("status", r.status()).put("width", r.width())
                .put("u_height", r.uHeight()));
    }

    static ObjectNode device(NetboxObjects.Device d, Refs refs) {
        ObjectNode n = node().put("name", d.name());
        n.set("device_type", refs.deviceType(d.deviceType()));
        n.set("role", refs.role(d.role()));
        n.set("site", refs.site(d.site()));
        n.set("location", refs.location(d.location()));
        n.set("rack", refs.rack(d.rack()));
        if (d.position() > 0) {
            n.put("position", d.position()).put("face", d.face());
        }
        return withTag(n.put("status", d.status()).put("description", d.description()));
    }

    static ObjectNode deviceInterface(NetboxObjects.Interface i, Refs refs) {
        ObjectNode n = node();
        n.set("device", refs.device(i.device()));
        n.put("name", i.name()).put("label", i.label());
        n.set("parent", refs.deviceInterface(i.device(), i.parent()));
        return withTag(n.put("type", i.type()).put("speed", i.speedKbps()).put("description", i.description()));
    }

    static ObjectNode bundle(NetboxObjects.CableBundle b) {
        return withTag(node().put("name", b.name()).put("description", b.description()));
    }

    static ObjectNode cable(NetboxObjects.Cable c, Refs refs) {
        ObjectNode n = node();
        terminations(n.putArray("a_terminations"), c.a(), refs);
        terminations(n.putArray("b_terminations"), c.b(), refs);
        n.put("type", c.type()).put("status", c.status()).put("profile", c.profile());
        if (!c.bundle().isEmpty()) {
            n.set("bundle", refs.bundle(c.bundle()));
        }
        return withTag(n.put("label", c.label()).put("color", c.color()).put("length", c.lengthM())
                .put("length_unit", NetboxNames.LENGTH_UNIT).put("description", c.description()));
    }

    private static void terminations(ArrayNode out, java.util.List<NetboxObjects.Termination> ts, Refs refs) {
        for (NetboxObjects.Termination t : ts) {
            ObjectNode e = out.addObject().put("object_type", t.type());
            e.set("object_id", refs.terminationId(t));
        }
    }
}
