package org.cablesim.netbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.cablesim.plant.Plugs;
import org.cablesim.polarity.ConversionModule;
import org.cablesim.polarity.ConversionModules;
import org.cablesim.polarity.PortPosition;
import org.cablesim.report.TreeFiles;

/**
 * Reads one tier's cabling off its traced paths: the architecture from the panels a path passes (none direct, two
 * interconnect, four cross-connect), a cassette from the trunk-side panel's port mappings (matched against the
 * catalog's cassette fibre maps), the trunk's connector, legs and polarity type and the cords' and jumpers' types
 * from the cable descriptions cablesim writes ({@code 12xMPO-12 144f Type-B}, {@code MPO-12 cord Type-B}) or, for
 * other NetBox data, the trunk's profile and positions; the fibre from the cable type; panel placement and size
 * from the panels. NetBox holds no polarity, so without those descriptions the trunk and cords get the defaults.
 */
final class NetboxCablingInference {
    private static final Pattern BUILD = Pattern.compile("(\\d+)x([A-Za-z0-9._-]+) \\d+f Type-([ABC])( legs-reversed)?");
    private static final Pattern CORD = Pattern.compile("(cord|jumper|assembly) Type-([ABC])");
    private static final Pattern TRUNK_PROFILE = Pattern.compile("^trunk-(\\d+)c(\\d+)p$");
    private static final Map<String, String> FIBRES = Map.of("smf-os2", "OS2", "smf-os1", "OS1a", "mmf-om3", "OM3",
            "mmf-om4", "OM4", "mmf-om5", "OM5");

    private NetboxCablingInference() {
    }

    static ObjectNode tier(NetboxSite site, List<NetboxLinks.Link> links, Map<String, Integer> uHeights,
            Catalog catalog, String tier, List<Unmapped> unmapped) {
        ObjectNode t = TreeFiles.json().createObjectNode();
        NetboxLinks.Mdi m = links.get(0).first();
        List<String> panels = m.path().devices();
        long odd = links.stream().filter(l -> l.first().path().devices().size() != panels.size()).count();
        if (odd > 0) {
            unmapped.add(new Unmapped("assumption", "", tier, odd + " of its " + links.size() + " links pass another"
                    + " number of panels than " + panels.size() + ": the plan cables them all alike"));
        }
        Map<String, NetboxSite.Cable> byLabel = new HashMap<>();
        site.cables().forEach(c -> byLabel.put(c.label().isEmpty() ? "#" + c.id() : c.label(), c));
        List<NetboxSite.Cable> path = m.path().cables().stream().map(byLabel::get).toList();
        fibre(path.get(0), catalog, t);
        cordTypes(path, t);
        if (panels.isEmpty()) {
            return t.put("architecture", "direct");
        }
        if (panels.size() != 2 && panels.size() != 4) {
            unmapped.add(new Unmapped("assumption", "", tier, "its paths pass " + panels.size() + " panels (2 for"
                    + " interconnect, 4 for cross-connect): read as interconnect"));
        }
        boolean xc = panels.size() == 4;
        t.put("architecture", xc ? "cross-connect" : "interconnect");
        String nearPanel = panels.get(xc ? 1 : 0);
        String farPanel = panels.get(xc ? 2 : panels.size() - 1);
        Optional<CassetteType> cassette = cassette(site, nearPanel, catalog, unmapped);
        cassette.ifPresent(c -> t.putObject("cassette").put("id", c.id()));
        ObjectNode trunk = t.putObject("trunk");
        NetboxSite.Cable leg = path.stream().filter(c -> c.a().get(0).type().equals("dcim.rearport")
                && c.b().get(0).type().equals("dcim.rearport")).findFirst().orElse(null);
        if (leg != null) {
            trunk(site, leg, catalog, cassette.isPresent(), trunk, t);
        }
        if (trunk.isEmpty()) {
            t.remove("trunk");
        }
        panels(site, nearPanel, farPanel, m, uHeights, xc, t);
        return t;
    }

    private static void fibre(NetboxSite.Cable c, Catalog catalog, ObjectNode t) {
        String fibre = FIBRES.get(c.type());
        if (fibre != null && catalog.findFibre(fibre).isPresent()) {
            t.put("fibre", fibre);
        }
    }

    /** Cord and jumper polarity types from cablesim's cable descriptions, when present. */
    private static void cordTypes(List<NetboxSite.Cable> path, ObjectNode t) {
        Matcher lower = CORD.matcher(path.get(0).description());
        Matcher upper = CORD.matcher(path.get(path.size() - 1).description());
        if (lower.find() && lower.group(1).equals("cord") && upper.find()) {
            ObjectNode cords = t.putObject("cords");
            cords.putObject("lower").put("type", lower.group(2));
            cords.putObject("upper").put("type", upper.group(2));
        }
        for (NetboxSite.Cable c : path) {
            Matcher j = CORD.matcher(c.description());
            if (j.find() && j.group(1).equals("jumper")) {
                t.putObject("jumpers").put("type", j.group(2));
                break;
            }
        }
    }

    private static void trunk(NetboxSite site, NetboxSite.Cable leg, Catalog catalog, boolean cassette,
            ObjectNode trunk, ObjectNode t) {
        Matcher b = BUILD.matcher(leg.description());
        Matcher p = TRUNK_PROFILE.matcher(leg.profile());
        NetboxSite.Port rear = site.port(leg.a().get(0));
        if (b.find()) {
            if (catalog.findConnector(b.group(2)).isPresent()) {
                trunk.put("connector", b.group(2));
            }
            trunk.put("legs", Integer.parseInt(b.group(1))).put("type", b.group(3));
            if (b.group(4) != null) {
                trunk.put("legsReversed", true);
            }
            // a Type-B trunk is Method B or, with APC plugs, U1: left to the default, which the polish decides
            if (!b.group(3).equals("B")) {
                t.put("polarityMethod", b.group(3));
            }
            return;
        }
        if (p.matches()) {
            trunk.put("legs", Integer.parseInt(p.group(1)));
        }
        if (!cassette && rear != null) {
            connectorFor(rear, catalog).ifPresent(id -> trunk.put("connector", id));
        }
    }

    /** The catalog connector of a port: LC for {@code lc*}, else the MPO with as many ferrule positions. */
    private static Optional<String> connectorFor(NetboxSite.Port port, Catalog catalog) {
        String id = port.type().startsWith("lc") ? "LC-duplex" : switch (port.positions()) {
            case 8 -> "MPO-8";
            case 12 -> "MPO-12";
            case 16 -> "MPO-16";
            case 24 -> "MPO-24";
            case 32 -> "MPO-32";
            default -> null;
        };
        return id != null && catalog.findConnector(id).isPresent() ? Optional.of(id) : Optional.empty();
    }

    /**
     * The catalog cassette whose fibre map the panel's first cassette has: the front ports mapped onto rear ports
     * other than one-to-one and position for position.
     */
    private static Optional<CassetteType> cassette(NetboxSite site, String panel, Catalog catalog,
            List<Unmapped> unmapped) {
        List<NetboxSite.Port> front = new ArrayList<>();
        List<String> rear = new ArrayList<>();
        for (NetboxSite.Port p : site.ports()) {
            if (p.device().equals(panel)) {
                if (p.front()) {
                    front.add(p);
                } else {
                    rear.add(p.name());
                }
            }
        }
        boolean straight = front.size() == rear.size();
        for (NetboxSite.Port f : front) {
            Set<String> rears = new HashSet<>();
            f.mappings().forEach(m -> rears.add(m.rearPort()));
            straight &= rears.size() == 1 && f.mappings().stream().allMatch(m -> m.frontPosition() == m.rearPosition());
        }
        if (straight) {
            return Optional.empty();
        }
        for (CassetteType c : catalog.cassettes().values()) {
            if (matches(c, front, rear, catalog)) {
                return Optional.of(c);
            }
        }
        unmapped.add(new Unmapped("dcim.device", "", panel, "its port mappings match no catalog cassette's fibre"
                + " map (cassettes: " + catalog.cassetteIds() + "): read as an adapter panel"));
        return Optional.empty();
    }

    private static boolean matches(CassetteType c, List<NetboxSite.Port> front, List<String> rear, Catalog catalog) {
        int f = c.frontPorts();
        int r = c.rearPorts();
        if (front.size() < f || front.size() % f != 0 || rear.size() != front.size() / f * r) {
            return false;
        }
        ConnectorType rc = catalog.connector(c.rearConnectorId());
        ConnectorType fc = catalog.connector(c.frontConnectorId());
        ConversionModule module;
        try {
            module = ConversionModules.of(c.conversion(), "match", Plugs.of(rc, Gender.PINNED, Polish.APC),
                    Plugs.of(fc, Gender.PINNED, Polish.APC));
        } catch (IllegalArgumentException e) {
            return false;
        }
        Set<String> want = new HashSet<>();
        for (Map.Entry<PortPosition, PortPosition> e : module.nearToFar().entrySet()) {
            want.add(e.getValue().port() + ":" + e.getValue().position() + ">" + e.getKey().port() + ":"
                    + e.getKey().position());
        }
        Set<String> have = new HashSet<>();
        for (int k = 0; k < f; k++) {
            for (NetboxObjects.PortMapping m : front.get(k).mappings()) {
                have.add((k + 1) + ":" + m.frontPosition() + ">" + (rear.indexOf(m.rearPort()) + 1) + ":"
                        + m.rearPosition());
            }
        }
        return want.equals(have);
    }

    /** Panel placement (the upper end's panel in the switch's rack or not) and panel size. */
    private static void panels(NetboxSite site, String nearPanel, String farPanel, NetboxLinks.Mdi m,
            Map<String, Integer> uHeights, boolean xc, ObjectNode t) {
        NetboxSite.Device panel = site.devices().get(farPanel);
        NetboxSite.Device upper = site.devices().get(m.upperDevice());
        ObjectNode p = TreeFiles.json().createObjectNode();
        if (panel != null && upper != null && !panel.rack().equals(upper.rack())) {
            p.put("placement", "network-rack");
        }
        NetboxSite.Device near = site.devices().get(nearPanel);
        long ports = site.ports().stream().filter(x -> x.front() && x.device().equals(nearPanel)).count();
        int ru = near == null ? 1 : uHeights.getOrDefault(near.deviceType(), 1);
        if (ports > 0 && (ru != 1 || ports != 48)) {
            p.put("portsPerRu", ports / ru).put("ruPerPanel", ru);
        }
        if (!p.isEmpty()) {
            t.set("panels", p);
        }
    }

}
