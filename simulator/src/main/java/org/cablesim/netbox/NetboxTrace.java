package org.cablesim.netbox;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a cable path through a {@link NetboxSite} the way NetBox's trace does (CablePath.from_origin, 4.5+):
 * positions travel with the path; a profiled cable maps (connector, position) to the far end's (straight for
 * {@code single-*} and {@code trunk-*}, connector k ↔ position k for {@code breakout-1cNp-Nc1p}); a cable without a
 * profile joins every termination of one end to every one of the other and passes positions unchanged; a front or
 * rear port passes each position through its port mappings. Shuffle profiles are not modelled (read as straight).
 */
public final class NetboxTrace {
    /** Every position of a port (an interface on an unprofiled cable carries no position list). */
    private static final int ALL = 0;
    private static final Pattern STRAIGHT = Pattern.compile("^(single|trunk)-(\\d+)c(\\d+)p(-shuffle)?$");
    private static final Pattern BREAKOUT = Pattern.compile("^breakout-1c(\\d+)p-(\\d+)c1p$");

    /**
     * Where a trace from an interface ends.
     *
     * @param ends    the interfaces reached (empty when the path stops at a port without a cable)
     * @param cables  labels of the cables crossed, in order of first crossing
     * @param devices the devices passed through (panels), in order of first visit
     */
    public record Path(List<NetboxObjects.Termination> ends, List<String> cables, List<String> devices) {
        public Path {
            ends = List.copyOf(ends);
            cables = List.copyOf(cables);
            devices = List.copyOf(devices);
        }
    }

    private record State(NetboxObjects.Termination at, int position) {
    }

    private NetboxTrace() {
    }

    /** Traces from an interface that holds a cable. */
    public static Path from(NetboxSite site, String device, String interfaceName) {
        NetboxObjects.Termination origin = new NetboxObjects.Termination("dcim.interface", device, interfaceName);
        Set<NetboxObjects.Termination> ends = new LinkedHashSet<>();
        Set<String> cables = new LinkedHashSet<>();
        Set<String> devices = new LinkedHashSet<>();
        Set<State> seen = new HashSet<>();
        Deque<State[]> leaving = new ArrayDeque<>();
        NetboxSite.Cable first = site.cableAt(origin);
        if (first == null) {
            return new Path(List.of(), List.of(), List.of());
        }
        for (int p : positionsOf(first, first.a().contains(origin), site.connectorOf(origin))) {
            leaving.add(new State[] {new State(origin, p)});
        }
        while (!leaving.isEmpty()) {
            State from = leaving.poll()[0];
            NetboxSite.Cable cable = site.cableAt(from.at());
            if (cable == null) {
                continue;
            }
            cables.add(cable.label().isEmpty() ? "#" + cable.id() : cable.label());
            for (State arrived : cross(site, cable, from)) {
                if (!seen.add(arrived)) {
                    continue;
                }
                if (arrived.at().type().equals("dcim.interface")) {
                    ends.add(arrived.at());
                    continue;
                }
                devices.add(arrived.at().device());
                for (State next : throughDevice(site, arrived)) {
                    leaving.add(new State[] {next});
                }
            }
        }
        List<NetboxObjects.Termination> reached = new ArrayList<>(ends);
        reached.remove(origin);
        return new Path(reached, new ArrayList<>(cables), new ArrayList<>(devices));
    }

    /** The positions of one connector of a cable at an end (ALL for a cable without a known profile). */
    private static List<Integer> positionsOf(NetboxSite.Cable cable, boolean sideA, int connector) {
        Matcher s = STRAIGHT.matcher(cable.profile());
        Matcher b = BREAKOUT.matcher(cable.profile());
        int n = s.matches() ? Integer.parseInt(s.group(3)) : b.matches() ? (sideA ? Integer.parseInt(b.group(1)) : 1)
                : 0;
        List<Integer> out = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            out.add(p);
        }
        return n == 0 ? List.of(ALL) : out;
    }

    /** Where a position leaving at one end of a cable arrives at the other. */
    private static List<State> cross(NetboxSite site, NetboxSite.Cable cable, State from) {
        boolean sideA = cable.a().contains(from.at());
        List<NetboxObjects.Termination> far = sideA ? cable.b() : cable.a();
        int connector = site.connectorOf(from.at());
        Matcher b = BREAKOUT.matcher(cable.profile());
        List<State> out = new ArrayList<>();
        if (STRAIGHT.matcher(cable.profile()).matches()) {
            if (connector <= far.size()) {
                out.add(new State(far.get(connector - 1), from.position()));
            }
        } else if (b.matches()) {
            int farConnector = sideA ? from.position() : 1;
            int farPosition = sideA ? 1 : connector;
            if (from.position() == ALL) {
                far.forEach(t -> out.add(new State(t, ALL)));
            } else if (farConnector <= far.size()) {
                out.add(new State(far.get(farConnector - 1), farPosition));
            }
        } else {
            far.forEach(t -> out.add(new State(t, from.position())));
        }
        return out;
    }

    /** A position arriving at a port continues through the port mappings to the other side of the device. */
    private static List<State> throughDevice(NetboxSite site, State arrived) {
        NetboxSite.Port port = site.port(arrived.at());
        List<State> out = new ArrayList<>();
        if (port == null) {
            return out;
        }
        int p = arrived.position();
        if (port.front()) {
            for (NetboxObjects.PortMapping m : port.mappings()) {
                if (p == ALL || m.frontPosition() == p) {
                    out.add(new State(new NetboxObjects.Termination("dcim.rearport", port.device(), m.rearPort()),
                            m.rearPosition()));
                }
            }
            return out;
        }
        Map<String, Set<Integer>> fronts = new LinkedHashMap<>();
        for (NetboxSite.Port f : site.frontsOf(port)) {
            for (NetboxObjects.PortMapping m : f.mappings()) {
                if (m.rearPort().equals(port.name()) && (p == ALL || m.rearPosition() == p)) {
                    fronts.computeIfAbsent(f.name(), k -> new TreeSet<>()).add(m.frontPosition());
                }
            }
        }
        fronts.forEach((name, positions) -> positions.forEach(q -> out.add(new State(
                new NetboxObjects.Termination("dcim.frontport", port.device(), name), q))));
        return out;
    }
}
