package org.cablesim.netbox;

import java.util.List;
import java.util.Objects;

/** The NetBox objects an export holds, by NetBox's own field names and choice values (v4.6). */
public final class NetboxObjects {
    private NetboxObjects() {
    }

    /** dcim.Manufacturer. */
    public record Manufacturer(String name, String slug) {
    }

    /** dcim.DeviceRole; {@code color} is 6 hex digits. */
    public record DeviceRole(String name, String slug, String color, String description) {
    }

    /** An interface template of a device type. */
    public record InterfaceTemplate(String name, String type) {
    }

    /** A front- or rear-port template of a device type; {@code positions} 1..1024. */
    public record PortTemplate(String name, String type, int positions) {
    }

    /** A port mapping (4.5+): front port position ↔ rear port position, on one device (type). */
    public record PortMapping(String frontPort, int frontPosition, String rearPort, int rearPosition) {
    }

    /**
     * dcim.DeviceType with its component templates (created with every device of the type).
     *
     * @param model    model name, unique per manufacturer
     * @param slug     slug
     * @param uHeight  rack units
     * @param fullDepth whether it takes the rack's full depth
     * @param comments free text (what the type stands for)
     */
    public record DeviceType(String manufacturer, String model, String slug, int uHeight, boolean fullDepth,
            List<InterfaceTemplate> interfaces, List<PortTemplate> rearPorts, List<PortTemplate> frontPorts,
            List<PortMapping> mappings, String comments) {
        public DeviceType {
            interfaces = List.copyOf(interfaces);
            rearPorts = List.copyOf(rearPorts);
            frontPorts = List.copyOf(frontPorts);
            mappings = List.copyOf(mappings);
        }
    }

    /** dcim.Site; {@code comments} carries cablesim's floor facts NetBox has no field for. */
    public record Site(String name, String slug, String status, String description, String comments) {
    }

    /** dcim.Location (one per floor row). */
    public record Location(String site, String name, String slug, String status) {
    }

    /** dcim.Rack: width in inches, height in units. */
    public record Rack(String site, String location, String name, String status, int width, int uHeight) {
    }

    /** dcim.Device; {@code deviceType} is the type's model name, {@code role} the role's name. */
    /**
     * A device in a rack.
     *
     * @param position the lowest rack unit it occupies, ≥ 1, or 0 when it has no place in the rack
     * @param face     {@code front} when it has a position, else empty (NetBox's Device.clean wants both or neither)
     */
    public record Device(String name, String role, String manufacturer, String deviceType, String status, String site,
            String location, String rack, int position, String face, String description) {
        public Device {
            if (position < 0 || (position > 0) == face.isEmpty()) {
                throw new IllegalArgumentException(name + ": position must be >= 1 with a face, or 0 without");
            }
        }
    }

    /** An interface not in the device type: an MDI of a transceiver port, child of the port's cage interface. */
    public record Interface(String device, String name, String label, String parent, String type, long speedKbps,
            String description) {
    }

    /** One cable end object: {@code type} dcim.interface, dcim.frontport or dcim.rearport, on a device, by name. */
    public record Termination(String type, String device, String name) {
        public Termination {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(name, "name");
        }
    }

    /** dcim.CableBundle (4.6): the legs of one trunk that no profile fits as one cable. */
    public record CableBundle(String name, String description) {
    }

    /**
     * dcim.Cable. The i-th termination of a side is its connector i under the profile.
     *
     * @param profile profile id, or "" for none
     * @param bundle  bundle name, or "" for none
     * @param lengthM length in metres
     */
    public record Cable(List<Termination> a, List<Termination> b, String type, String status, String profile,
            String bundle, String label, String color, double lengthM, String description) {
        public Cable {
            a = List.copyOf(a);
            b = List.copyOf(b);
            if (a.isEmpty() || b.isEmpty()) {
                throw new IllegalArgumentException("cable " + label + " needs terminations on both sides");
            }
        }

        /** Whether NetBox's CSV import can take it (one termination per side). */
        public boolean csvImportable() {
            return a.size() == 1 && b.size() == 1;
        }
    }

    /**
     * Everything one plan exports, each list in NetBox's load order.
     *
     * @param scenario    scenario name
     * @param plan        plan name
     */
    public record Export(String scenario, String plan, List<Manufacturer> manufacturers, List<DeviceRole> roles,
            List<DeviceType> deviceTypes, Site site, List<Location> locations, List<Rack> racks,
            List<Device> devices, List<Interface> interfaces, List<CableBundle> bundles, List<Cable> cables) {
        public Export {
            manufacturers = List.copyOf(manufacturers);
            roles = List.copyOf(roles);
            deviceTypes = List.copyOf(deviceTypes);
            locations = List.copyOf(locations);
            racks = List.copyOf(racks);
            devices = List.copyOf(devices);
            interfaces = List.copyOf(interfaces);
            bundles = List.copyOf(bundles);
            cables = List.copyOf(cables);
        }
    }
}
