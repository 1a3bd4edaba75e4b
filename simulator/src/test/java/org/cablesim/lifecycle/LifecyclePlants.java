package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.PartKind;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;
import org.cablesim.topology.RackLocation;

/** Builds simple lifecycle plants from a logical fabric, for end-to-end use before the real plant builder. */
public final class LifecyclePlants {
    private LifecyclePlants() {
    }

    /**
     * Lays a simple plant under every logical link. Per link: a transceiver and a switch port (a NIC port on a
     * server) at each end, shared by the breakout lanes of the same physical port; a cord at each end; one
     * trunk shared by up to {@code shape.maxLinksPerTrunk} links of the same tier between the same two racks
     * (in link order); two connections (cord–trunk at each panel, neighbours = the trunk end's other links) or,
     * with cassettes, four (cord–cassette and cassette–trunk at each end; a cassette per trunk end). Fixed loss
     * = attenuation × (Manhattan rack distance + extra length).
     *
     * @param fabric the logical fabric
     * @param shape  the plant's parameters
     * @return the plant, links in fabric order
     */
    public static LifecyclePlant fromFabric(LogicalFabric fabric, PlantShape shape) {
        Map<String, PartKind> kinds = new LinkedHashMap<>();
        Map<String, List<String>> carried = new HashMap<>();
        Map<String, Integer> trunkFill = new HashMap<>();
        List<PhysicalLink> links = new ArrayList<>(fabric.links().size());
        for (LogicalLink link : fabric.links()) {
            Device lower = fabric.device(link.fromDeviceId());
            Device upper = fabric.device(link.toDeviceId());
            String id = link.id();
            String portA = lower.id() + "/" + link.fromPort();
            String portB = upper.id() + "/" + link.toPort();
            RackLocation ra = lower.rack();
            RackLocation rb = upper.rack();
            String rackPair = link.tierName() + ":r" + ra.row() + "." + ra.position() + "-r" + rb.row() + "."
                    + rb.position();
            int filled = trunkFill.merge(rackPair, 1, Integer::sum) - 1;
            String trunk = "trunk:" + rackPair + ":" + (filled / shape.maxLinksPerTrunk());

            List<String> components = new ArrayList<>(9);
            add(kinds, carried, components, "xcvr:" + portA, PartKind.TRANSCEIVER, id);
            add(kinds, carried, components, "xcvr:" + portB, PartKind.TRANSCEIVER, id);
            add(kinds, carried, components, "port:" + portA, PartKind.SWITCH_PORT, id);
            add(kinds, carried, components, "port:" + portB, PartKind.SWITCH_PORT, id);
            String cordA = add(kinds, carried, components, "cord:" + id + ":a", PartKind.CORD, id);
            String cordB = add(kinds, carried, components, "cord:" + id + ":b", PartKind.CORD, id);
            String t = add(kinds, carried, components, trunk, PartKind.TRUNK, id);
            List<LinkConnection> connections = new ArrayList<>(4);
            if (shape.cassettes()) {
                String casA = add(kinds, carried, components, "cas:" + trunk + ":a", PartKind.CASSETTE, id);
                String casB = add(kinds, carried, components, "cas:" + trunk + ":b", PartKind.CASSETTE, id);
                connections.add(connection(shape, id + ":a-front", casA, cordA, casA));
                connections.add(connection(shape, id + ":a-rear", trunk + ":a", casA, t));
                connections.add(connection(shape, id + ":b-rear", trunk + ":b", casB, t));
                connections.add(connection(shape, id + ":b-front", casB, cordB, casB));
            } else {
                connections.add(connection(shape, id + ":a", trunk + ":a", cordA, t));
                connections.add(connection(shape, id + ":b", trunk + ":b", cordB, t));
            }
            double lengthM = Math.abs(ra.xM() - rb.xM()) + Math.abs(ra.yM() - rb.yM()) + shape.extraLengthM();
            boolean serverFacing = lower.role() == DeviceRole.SERVER;
            links.add(new PhysicalLink(id, link.tierIndex(), link.tierName(), serverFacing,
                    serverFacing ? lower.id() : null, components, connections,
                    shape.attenuationDbPerKm() * lengthM / 1000, shape.budgetDb(), shape.lanes(),
                    org.cablesim.optics.ReflectanceRule.ieee8023cdFr(), false));
        }
        LifecyclePlant.Builder builder = LifecyclePlant.builder();
        links.forEach(builder::link);
        kinds.forEach((cid, kind) -> builder.component(new Component(cid, kind, carried.get(cid))));
        return builder.build();
    }

    private static String add(Map<String, PartKind> kinds, Map<String, List<String>> carried,
            List<String> onLink, String componentId, PartKind kind, String linkId) {
        if (kinds.putIfAbsent(componentId, kind) == null) {
            carried.put(componentId, new ArrayList<>(2));
        }
        carried.get(componentId).add(linkId);
        onLink.add(componentId);
        return componentId;
    }

    private static LinkConnection connection(PlantShape shape, String id, String sharedPart, String... mated) {
        int[] inOrder = java.util.stream.IntStream.range(0, shape.lanes()).toArray();
        return new LinkConnection(id, sharedPart, List.of(mated), new org.cablesim.optics.OpticalConnection(id,
                new org.cablesim.optics.IndependentPositions(shape.connectionLoss()), shape.lanes(), inOrder,
                shape.reflectanceDb()));
    }
}
