package org.cablesim.netbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablesim.topology.DeviceRole;

/**
 * The logical links of a NetBox site, found by tracing every cabled interface of a server, leaf or spine up to the
 * next layer (server → leaf → spine → core). An MDI is an interface; the MDIs of one link share their cage ports at
 * both ends ({@code 3/1} and {@code 3/2} of port {@code 3}).
 */
final class NetboxLinks {
    /** One traced MDI: its ends (device, interface, cage port) and the path between them. */
    record Mdi(String lowerDevice, String lowerInterface, String lowerPort, String upperDevice, String upperInterface,
            String upperPort, NetboxTrace.Path path) {
    }

    /** One logical link: its tier (0 server–leaf, 1 leaf–spine, 2 spine–core) and its MDIs. */
    record Link(int tier, List<Mdi> mdis) {
        Mdi first() {
            return mdis.get(0);
        }
    }

    private NetboxLinks() {
    }

    /** The layer of a device role (slug or name), or null when it is no fabric device or panel. */
    static DeviceRole role(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains("server")) {
            return DeviceRole.SERVER;
        }
        if (r.contains("leaf")) {
            return DeviceRole.LEAF;
        }
        if (r.contains("spine")) {
            return DeviceRole.SPINE;
        }
        if (r.contains("core")) {
            return DeviceRole.CORE;
        }
        return null;
    }

    static boolean isPanel(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return r.contains("panel") || r.contains("patch");
    }

    /** Every link, in device then interface order, and the interfaces whose path does not end one layer up. */
    static List<Link> of(NetboxSite site, List<Unmapped> unmapped) {
        Map<String, List<Mdi>> byLink = new LinkedHashMap<>();
        Map<String, Integer> tierOf = new LinkedHashMap<>();
        for (NetboxSite.Interface i : site.interfaces()) {
            NetboxSite.Device device = site.devices().get(i.device());
            DeviceRole lower = device == null ? null : role(device.role());
            NetboxObjects.Termination end = new NetboxObjects.Termination("dcim.interface", i.device(), i.name());
            if (lower == null || lower == DeviceRole.CORE || site.cableAt(end) == null) {
                continue;
            }
            NetboxTrace.Path path = NetboxTrace.from(site, i.device(), i.name());
            if (path.ends().size() != 1) {
                unmapped.add(new Unmapped("dcim.interface", "", i.device() + " " + i.name(), path.ends().isEmpty()
                        ? "its cable path ends at no interface" : "its cable path splits to " + path.ends().size()
                                + " interfaces"));
                continue;
            }
            NetboxObjects.Termination far = path.ends().get(0);
            NetboxSite.Device upper = site.devices().get(far.device());
            DeviceRole upperRole = upper == null ? null : role(upper.role());
            if (upperRole == null || upperRole.ordinal() < lower.ordinal()) {
                if (upperRole == null) {
                    unmapped.add(new Unmapped("dcim.interface", "", i.device() + " " + i.name(), "its path ends at "
                            + far.device() + ", which is no server, leaf, spine or core"));
                }
                continue;
            }
            if (upperRole.ordinal() != lower.ordinal() + 1) {
                unmapped.add(new Unmapped("dcim.interface", "", i.device() + " " + i.name(), "its path joins a "
                        + lower.name().toLowerCase(Locale.ROOT) + " to a " + upperRole.name().toLowerCase(Locale.ROOT)
                        + ": not a tier of a 2- or 3-tier fabric"));
                continue;
            }
            NetboxSite.Interface farIf = site.interfaceOf(far.device(), far.name());
            String lowerPort = i.parent().isEmpty() ? i.name() : i.parent();
            String upperPort = farIf == null || farIf.parent().isEmpty() ? far.name() : farIf.parent();
            Mdi mdi = new Mdi(i.device(), i.name(), lowerPort, far.device(), far.name(), upperPort, path);
            String key = i.device() + "|" + lowerPort + "|" + far.device() + "|" + upperPort;
            byLink.computeIfAbsent(key, k -> new ArrayList<>()).add(mdi);
            tierOf.put(key, lower.ordinal());
        }
        List<Link> out = new ArrayList<>();
        byLink.forEach((key, mdis) -> out.add(new Link(tierOf.get(key), mdis)));
        return out;
    }
}
