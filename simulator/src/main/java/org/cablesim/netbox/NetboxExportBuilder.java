package org.cablesim.netbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PanelLayout;
import org.cablesim.plant.RackElevations;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.MdiEnd;
import org.cablesim.polarity.ConversionModule;
import org.cablesim.polarity.ConversionModules;
import org.cablesim.polarity.PortPosition;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.Scenario;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalLink;

/**
 * Builds the NetBox objects of one routed plan: one site per plan (device names are only unique per site), one
 * location per floor row, its racks, a device per server, switch and patch panel, the MDI interfaces of every
 * routed channel and every cable ({@link NetboxCables}). Device types carry the ports and the port mappings, so
 * creating a device creates them (NetBox 4.5+).
 */
public final class NetboxExportBuilder {
    static final String ROLE_PANEL = "Patch panel";

    private NetboxExportBuilder() {
    }

    /**
     * @param scenario the scenario the plan belongs to (switch radix and speeds, floor facts for the site)
     * @param plan     the routed plan
     * @return the plan's NetBox objects
     */
    public static NetboxObjects.Export build(Scenario scenario, CablingPlan plan) {
        String siteName = scenario.name() + " " + plan.planName();
        NetboxObjects.Site site = new NetboxObjects.Site(siteName, NetboxNames.slug(scenario.name() + "-"
                + plan.planName()), NetboxNames.STATUS_PLANNED, "cablesim plan " + plan.planName() + " of scenario "
                + scenario.name(), siteComments(scenario));
        List<NetboxObjects.DeviceRole> roles = List.of(
                new NetboxObjects.DeviceRole("Server", "server", "4caf50", "GPU server"),
                new NetboxObjects.DeviceRole("Leaf", "leaf", "2196f3", "leaf switch"),
                new NetboxObjects.DeviceRole("Spine", "spine", "3f51b5", "spine switch"),
                new NetboxObjects.DeviceRole("Core", "core", "673ab7", "core switch"),
                new NetboxObjects.DeviceRole(ROLE_PANEL, "patch-panel", "9e9e9e", "patch panel or cassette panel"));
        Map<String, NetboxObjects.DeviceType> types = new LinkedHashMap<>();
        NetboxObjects.DeviceType server = portsType(types, "GPU server " + scenario.cluster().nicsPerServer() + "x"
                + plan.tiers().get(0).pmd().portSpeedGbps() + "G", plan.racks().serverRu(),
                scenario.cluster().nicsPerServer(),
                plan.tiers().get(0).pmd().portSpeedGbps());
        NetboxObjects.DeviceType sw = portsType(types, "Switch " + scenario.fabric().switchRadix() + "x"
                + scenario.fabric().switchPortSpeedGbps() + "G", plan.racks().switchRu(),
                scenario.fabric().switchRadix(),
                scenario.fabric().switchPortSpeedGbps());
        Map<String, String> locationOfRack = new TreeMap<>();
        List<NetboxObjects.Location> locations = new ArrayList<>();
        List<NetboxObjects.Rack> racks = new ArrayList<>();
        Map<Integer, NetboxObjects.Location> rows = new TreeMap<>();
        // the racks that stand, as the elevations have them, every device and panel at the rack unit of its
        // elevation (a mount above the top has no position)
        Map<String, Integer> unitOf = new HashMap<>();
        for (RackElevations.Rack r : RackElevations.of(plan).racks()) {
            NetboxObjects.Location row = rows.computeIfAbsent(r.row(), n -> new NetboxObjects.Location(siteName,
                    "Row " + String.format(Locale.ROOT, "%03d", n), "row-" + String.format(Locale.ROOT, "%03d", n),
                    NetboxNames.STATUS_PLANNED));
            locationOfRack.put(r.label(), row.name());
            for (RackElevations.Mount m : r.mounts()) {
                unitOf.put(m.device(), m.topRu() <= r.heightRu() ? m.ru() : 0);
            }
        }
        locations.addAll(rows.values());
        locationOfRack.forEach((rack, location) -> racks.add(new NetboxObjects.Rack(siteName, location, rack,
                NetboxNames.STATUS_PLANNED, NetboxNames.RACK_WIDTH_IN, plan.racks().heightRu())));
        List<NetboxObjects.Device> devices = new ArrayList<>();
        for (Device d : plan.fabric().devices()) {
            String rack = plan.pathways().rack(d.rack()).label();
            boolean isServer = d.role() == DeviceRole.SERVER;
            devices.add(new NetboxObjects.Device(d.id(), roleName(d.role()), NetboxNames.MANUFACTURER,
                    (isServer ? server : sw).model(), NetboxNames.STATUS_PLANNED, siteName, locationOfRack.get(rack),
                    rack, unitOf.getOrDefault(d.id(), 0), face(unitOf.getOrDefault(d.id(), 0)),
                    d.role().name().toLowerCase(Locale.ROOT) + " of unit " + d.unit()));
        }
        for (PanelLayout.Panel p : PanelLayout.panels(plan)) {
            NetboxObjects.DeviceType type = panelType(types, p);
            devices.add(new NetboxObjects.Device(p.label(), ROLE_PANEL, NetboxNames.MANUFACTURER, type.model(),
                    NetboxNames.STATUS_PLANNED, siteName, locationOfRack.get(p.rackLabel()), p.rackLabel(),
                    unitOf.getOrDefault(p.label(), 0), face(unitOf.getOrDefault(p.label(), 0)),
                    p.tierName() + (p.crossConnect() ? " cross-connect" : " trunk") + " panel"));
        }
        NetboxCables cables = new NetboxCables(plan);
        return new NetboxObjects.Export(scenario.name(), plan.planName(),
                List.of(new NetboxObjects.Manufacturer(NetboxNames.MANUFACTURER, NetboxNames.slug(
                        NetboxNames.MANUFACTURER))), roles, List.copyOf(types.values()), site, locations, racks,
                devices, mdiInterfaces(plan), cables.bundles(), cables.cables());
    }

    /** The floor and cluster facts NetBox has no field for, one {@code cablesim.<path>: value} line each. */
    static String siteComments(Scenario scenario) {
        FloorSpec f = scenario.floor();
        return String.join("\n",
                "cablesim.cluster.gpusPerServer: " + scenario.cluster().gpusPerServer(),
                "cablesim.floor.rackPitchM: " + f.rackPitchM(),
                "cablesim.floor.rowPitchM: " + f.rowPitchM(),
                "cablesim.floor.racksPerRow: " + f.racksPerRow(),
                "cablesim.floor.serversPerRack: " + f.serversPerRack(),
                "cablesim.floor.switchesPerRack: " + f.switchesPerRack(),
                "cablesim.floor.leafPlacement: " + f.leafPlacement().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "cablesim.floor.trayHeightM: " + f.trayHeightM(),
                "cablesim.floor.crossAisleEveryRacks: " + f.crossAisleEveryRacks(),
                "cablesim.floor.networkRowGapM: " + f.networkRowGapM());
    }

    private static String face(int position) {
        return position > 0 ? NetboxNames.FACE_FRONT : "";
    }

    static String roleName(DeviceRole role) {
        return switch (role) {
            case SERVER -> "Server";
            case LEAF -> "Leaf";
            case SPINE -> "Spine";
            case CORE -> "Core";
        };
    }

    /** A server or switch type: ports {@code 1..n}, each a cage of the port speed. */
    private static NetboxObjects.DeviceType portsType(Map<String, NetboxObjects.DeviceType> types, String model,
            int uHeight, int ports, int gbps) {
        List<NetboxObjects.InterfaceTemplate> interfaces = new ArrayList<>();
        for (int i = 1; i <= ports; i++) {
            interfaces.add(new NetboxObjects.InterfaceTemplate(Integer.toString(i), NetboxNames.cageType(gbps)));
        }
        return types.computeIfAbsent(model, m -> new NetboxObjects.DeviceType(NetboxNames.MANUFACTURER, m,
                NetboxNames.slug(m), uHeight, true, interfaces, List.of(), List.of(), List.of(),
                "cablesim: " + ports + " transceiver cages of " + gbps + " Gb/s"));
    }

    /**
     * A panel type: an adapter panel passes front port k straight to rear port {@code Rk}, position for position; a
     * cassette panel maps each cassette's front ports onto its rear ports by the cassette's fibre map.
     */
    private static NetboxObjects.DeviceType panelType(Map<String, NetboxObjects.DeviceType> types,
            PanelLayout.Panel p) {
        String model = p.cassette() == null
                ? "Panel " + p.frontPorts() + "x " + p.frontPlug().connectorTypeId() + " " + p.frontPlug().polish()
                        + " " + p.rackUnits() + "U"
                : "Panel " + p.frontPorts() / p.frontPortsPerModule() + "x " + p.cassette().id() + " "
                        + p.frontPlug().polish() + " " + p.rackUnits() + "U";
        return types.computeIfAbsent(model, m -> {
            List<NetboxObjects.PortTemplate> front = new ArrayList<>();
            List<NetboxObjects.PortTemplate> rear = new ArrayList<>();
            List<NetboxObjects.PortMapping> mappings = new ArrayList<>();
            for (int k = 1; k <= p.frontPorts(); k++) {
                front.add(new NetboxObjects.PortTemplate(Integer.toString(k), NetboxNames.portType(p.frontPlug()),
                        p.frontPlug().positions()));
            }
            for (int k = 1; k <= p.rearPorts(); k++) {
                rear.add(new NetboxObjects.PortTemplate(rearPort(k), NetboxNames.portType(p.rearPlug()),
                        p.rearPlug().positions()));
            }
            if (p.cassette() == null) {
                for (int k = 1; k <= p.frontPorts(); k++) {
                    for (int pos = 1; pos <= p.frontPlug().positions(); pos++) {
                        mappings.add(new NetboxObjects.PortMapping(Integer.toString(k), pos, rearPort(k), pos));
                    }
                }
            } else {
                cassetteMappings(p, mappings);
            }
            String what = p.cassette() == null ? "adapter panel, front port k to rear port Rk"
                    : "cassette panel, " + p.cassette().id() + " (" + p.cassette().conversion().name()
                            .toLowerCase(Locale.ROOT).replace('_', '-') + ")";
            return new NetboxObjects.DeviceType(NetboxNames.MANUFACTURER, m, NetboxNames.slug(m), p.rackUnits(),
                    false, List.of(), rear, front, mappings, "cablesim: " + what);
        });
    }

    private static void cassetteMappings(PanelLayout.Panel p, List<NetboxObjects.PortMapping> mappings) {
        ConversionModule module = ConversionModules.of(p.cassette().conversion(), "template", p.rearPlug(),
                p.frontPlug());
        int f = p.frontPortsPerModule();
        int r = p.rearPortsPerModule();
        for (int c = 0; c < p.frontPorts() / f; c++) {
            for (Map.Entry<PortPosition, PortPosition> e : module.nearToFar().entrySet()) {
                mappings.add(new NetboxObjects.PortMapping(Integer.toString(c * f + e.getValue().port()),
                        e.getValue().position(), rearPort(c * r + e.getKey().port()), e.getKey().position()));
            }
        }
        mappings.sort(java.util.Comparator.comparingInt((NetboxObjects.PortMapping m) -> Integer.parseInt(
                m.frontPort())).thenComparingInt(NetboxObjects.PortMapping::frontPosition));
    }

    static String rearPort(int k) {
        return "R" + k;
    }

    /** One interface per routed MDI: {@code <port>/<k>}, child of the port's cage interface {@code <port>}. */
    private static List<NetboxObjects.Interface> mdiInterfaces(CablingPlan plan) {
        List<NetboxObjects.Interface> out = new ArrayList<>();
        for (int l = 0; l < plan.linkCount(); l++) {
            LogicalLink link = plan.fabric().links().get(l);
            List<ResolvedChannel> channels = plan.channels(l);
            for (ResolvedChannel rc : channels) {
                for (MdiEnd end : List.of(rc.near(), rc.far())) {
                    String port = NetboxCables.mdiInterface(end);
                    out.add(new NetboxObjects.Interface(end.deviceId(), port, end.label(),
                            port.substring(0, port.indexOf('/')), NetboxNames.mdiType(end.pmd()),
                            (long) link.linkSpeedGbps() * 1_000_000 / channels.size(),
                            "cablesim MDI; PMD " + end.pmd().id() + "; link " + link.id()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(NetboxObjects.Interface::device)
                .thenComparing(i -> Integer.parseInt(i.parent())).thenComparing(NetboxObjects.Interface::name));
        return out;
    }
}
