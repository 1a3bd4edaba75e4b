package org.cablesim.netbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A NetBox site's cabling as plain facts, whether read from a NetBox (REST JSON) or built from cablesim's own export:
 * devices, interfaces, front and rear ports with their positions and port mappings, and cables with their ordered
 * terminations. {@link NetboxTrace} follows paths through it the way NetBox's cable trace does.
 */
public final class NetboxSite {
    /** A device: name, role (slug or name), device type model, rack name (may be empty). */
    public record Device(String name, String role, String deviceType, String rack, String description) {
    }

    /** An interface: type value, parent interface name (or empty), label, description, speed (Kbps, 0 unknown). */
    public record Interface(String device, String name, String type, String parent, String label,
            String description, long speedKbps) {
    }

    /** A front or rear port: type value, positions; a front port's mappings to rear ports. */
    public record Port(String device, String name, boolean front, String type, int positions,
            List<NetboxObjects.PortMapping> mappings) {
        public Port {
            mappings = List.copyOf(mappings);
        }
    }

    /**
     * A cable with its terminations in connector order.
     *
     * @param id      NetBox id (or the index in an export)
     * @param profile profile value or ""
     * @param lengthM length in metres, NaN when unknown
     */
    public record Cable(int id, List<NetboxObjects.Termination> a, List<NetboxObjects.Termination> b, String type,
            String status, String profile, String label, double lengthM, String description) {
        public Cable {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }

    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final Map<String, Port> ports = new LinkedHashMap<>();
    private final List<Cable> cables = new ArrayList<>();
    private final Map<String, Cable> cableAt = new HashMap<>();
    private final Map<String, Integer> connectorAt = new HashMap<>();
    private final Map<String, List<Port>> frontsOfRear = new HashMap<>();

    static String key(String type, String device, String name) {
        return type + "|" + device + "|" + name;
    }

    static String key(NetboxObjects.Termination t) {
        return key(t.type(), t.device(), t.name());
    }

    void add(Device d) {
        devices.put(d.name(), d);
    }

    void add(Interface i) {
        interfaces.put(key("dcim.interface", i.device(), i.name()), i);
    }

    void add(Port p) {
        ports.put(key(p.front() ? "dcim.frontport" : "dcim.rearport", p.device(), p.name()), p);
        for (NetboxObjects.PortMapping m : p.mappings()) {
            List<Port> fronts = frontsOfRear.computeIfAbsent(key("dcim.rearport", p.device(), m.rearPort()),
                    k -> new ArrayList<>());
            if (fronts.stream().noneMatch(f -> f == p)) {
                fronts.add(p);
            }
        }
    }

    /** The front ports with a mapping onto a rear port. */
    List<Port> frontsOf(Port rear) {
        return frontsOfRear.getOrDefault(key("dcim.rearport", rear.device(), rear.name()), List.of());
    }

    /**
     * Adds a cable.
     *
     * @throws IllegalArgumentException when an end already holds a cable (NetBox allows one per port)
     */
    void add(Cable c) {
        cables.add(c);
        for (List<NetboxObjects.Termination> side : List.of(c.a(), c.b())) {
            for (int i = 0; i < side.size(); i++) {
                String k = key(side.get(i));
                if (cableAt.put(k, c) != null) {
                    throw new IllegalArgumentException(side.get(i) + " holds two cables");
                }
                connectorAt.put(k, i + 1);
            }
        }
    }

    public Map<String, Device> devices() {
        return devices;
    }

    public List<Interface> interfaces() {
        return List.copyOf(interfaces.values());
    }

    public List<Port> ports() {
        return List.copyOf(ports.values());
    }

    public List<Cable> cables() {
        return cables;
    }

    Interface interfaceOf(String device, String name) {
        return interfaces.get(key("dcim.interface", device, name));
    }

    Port port(NetboxObjects.Termination t) {
        return ports.get(key(t));
    }

    Port port(String type, String device, String name) {
        return ports.get(key(type, device, name));
    }

    /** The cable at an end, or null. */
    Cable cableAt(NetboxObjects.Termination t) {
        return cableAt.get(key(t));
    }

    /** The connector number (1-based index in its side's terminations) of an end on its cable. */
    int connectorOf(NetboxObjects.Termination t) {
        return Objects.requireNonNull(connectorAt.get(key(t)), () -> t + " holds no cable");
    }

    /** Builds the site of cablesim's own export (for checking it by tracing). */
    public static NetboxSite of(NetboxObjects.Export e) {
        NetboxSite site = new NetboxSite();
        Map<String, NetboxObjects.DeviceType> types = new HashMap<>();
        e.deviceTypes().forEach(t -> types.put(t.model(), t));
        for (NetboxObjects.Device d : e.devices()) {
            site.add(new Device(d.name(), d.role(), d.deviceType(), d.rack(), d.description()));
            NetboxObjects.DeviceType t = types.get(d.deviceType());
            t.interfaces().forEach(i -> site.add(new Interface(d.name(), i.name(), i.type(), "", "", "", 0)));
            t.rearPorts().forEach(p -> site.add(new Port(d.name(), p.name(), false, p.type(), p.positions(),
                    List.of())));
            for (NetboxObjects.PortTemplate p : t.frontPorts()) {
                site.add(new Port(d.name(), p.name(), true, p.type(), p.positions(), t.mappings().stream()
                        .filter(m -> m.frontPort().equals(p.name())).toList()));
            }
        }
        e.interfaces().forEach(i -> site.add(new Interface(i.device(), i.name(), i.type(), i.parent(), i.label(),
                i.description(), i.speedKbps())));
        for (int k = 0; k < e.cables().size(); k++) {
            NetboxObjects.Cable c = e.cables().get(k);
            site.add(new Cable(k + 1, c.a(), c.b(), c.type(), c.status(), c.profile(), c.label(), c.lengthM(),
                    c.description()));
        }
        return site;
    }
}
