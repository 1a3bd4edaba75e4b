package org.cablesim.study;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.plant.CableRun;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.CassetteModule;
import org.cablesim.plant.HarnessRun;
import org.cablesim.plant.MatedPair;
import org.cablesim.plant.MatingRole;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.ResolvedElement;
import org.cablesim.plant.SplicePoint;
import org.cablesim.plant.TrunkSide;
import org.cablesim.scenario.PartKind;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;

/**
 * Names the lifecycle parts and connections of every routed channel of a plan (the rules are in
 * {@link PlanLifecycleInputs}) and hands them to a {@link PlantSink}, channel by channel.
 *
 * <p>The element sequence comes from the channel's shape ({@link CablingPlan#shape}), the same for every channel of
 * the shape; what differs per channel is read from the plant's instance data: the MDI names, the trunk and its ends.
 * A shape with cassettes, harnesses or cross-connects has further per-channel labels (cassette and adapter-plate
 * positions, harness ids), so its channels are resolved one by one ({@link CablingPlan#channel}).
 */
final class ChannelParts {
    private final CablingPlan plan;
    private final boolean countMdi;
    private final PlantSink sink;
    private final Map<String, Integer> sharedParts;
    /** Per trunk: its component (−1 until first used) and the neighbourhoods of its two ends. */
    private final int[] trunkPart;
    private final String[][] trunkEnds;
    private final StringBuilder name = new StringBuilder(64);

    private ChannelParts(CablingPlan plan, boolean countMdi, PlantSink sink) {
        this.plan = plan;
        this.countMdi = countMdi;
        this.sink = sink;
        this.sharedParts = new HashMap<>(2 * plan.linkCount() + 16);
        this.trunkPart = new int[plan.trunkCount()];
        Arrays.fill(trunkPart, -1);
        this.trunkEnds = new String[plan.trunkCount()][];
    }

    /**
     * Lays every routed channel of {@code plan}, in channel order (lifecycle link i is the plan's channel i), then
     * every routed copper link in link order.
     */
    static void lay(CablingPlan plan, boolean countMdi, PlantSink sink) {
        ChannelParts parts = new ChannelParts(plan, countMdi, sink);
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            parts.add(sub);
        }
        for (int l = 0; l < plan.linkCount(); l++) {
            if (plan.isRouted(l) && plan.isCopper(l)) {
                parts.addCopper(l);
            }
        }
        sink.finish();
    }

    private void add(int sub) {
        LogicalFabric fabric = plan.fabric();
        int link = plan.linkOf(sub);
        LogicalLink logical = fabric.links().get(link);
        String id = plan.channelCount(link) == 1 ? logical.id()
                : logical.id() + "/" + (sub - plan.firstChannel(link) + 1);
        Device lower = fabric.device(logical.fromDeviceId());
        Device upper = fabric.device(logical.toDeviceId());
        ResolvedChannel example = plan.shape(sub).example();
        ResolvedChannel own = byShape(example) ? null : plan.channel(sub);
        ResolvedChannel structure = own == null ? example : own;
        int trunk = plan.trunkOf(sub);

        List<ResolvedElement> elements = structure.elements();
        Parts parts = new Parts(4 + elements.size());
        int nearXcvr = parts.add(shared("xcvr:" + lower.id() + ":" + logical.fromPort(), PartKind.TRANSCEIVER));
        int farXcvr = parts.add(shared("xcvr:" + upper.id() + ":" + logical.toPort(), PartKind.TRANSCEIVER));
        parts.add(shared("port:" + lower.id() + ":" + logical.fromPort(), PartKind.SWITCH_PORT));
        parts.add(shared("port:" + upper.id() + ":" + logical.toPort(), PartKind.SWITCH_PORT));
        int trunkAt = structure.trunkIndex();
        int[] elementPart = new int[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            String side = i <= trunkAt ? "near" : "far";
            ResolvedElement e = elements.get(i);
            if (e instanceof HarnessRun h) {
                elementPart[i] = parts.add(shared("harness:" + h.cableId(), PartKind.CORD));
            } else if (e instanceof CableRun run) {
                elementPart[i] = parts.add(switch (run.kind()) {
                    case CORD -> own(name("cord:", id).append(':').append(side), PartKind.CORD);
                    case JUMPER -> own(name("jumper:", id).append(':').append(side), PartKind.CORD);
                    case ASSEMBLY -> own(name("assembly:", id), PartKind.CORD);
                    default -> own == null ? trunkPart(trunk) : shared("trunk:" + run.cableId(), PartKind.TRUNK);
                });
            } else if (e instanceof CassetteModule c) {
                elementPart[i] = parts.add(shared("cassette:" + c.label(), PartKind.CASSETTE));
            }
        }

        OpticalChannel optical = plan.operatingOptical(sub, countMdi);
        boolean serverFacing = lower.role() == DeviceRole.SERVER;
        double fixedDb = optical.attenuationDbPerKm() * optical.lengthM() / 1000;
        int l = sink.link(id, logical.tierIndex(), logical.tierName(), serverFacing ? lower.id() : null, fixedDb,
                optical.budgetDb(), optical.lanes(), optical.rule(), plan.isBrokenByDesign(link), parts.toArray());

        List<OpticalConnection> optics = optical.connections();
        int k = 0;
        if (countMdi) {
            sink.connection(l, name(id, ":mdi-near"), null, optics.get(k++), nearXcvr, elementPart[0]);
        }
        List<MatedPair> pairs = structure.matedPairs();
        int nearPairs = 0;
        for (MatedPair m : pairs) {
            nearPairs += m.side() == TrunkSide.NEAR ? 1 : 0;
        }
        int adapterNo = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof SplicePoint sp) {
                // A splice has no neighbours to disturb; replacing its trunk re-makes it.
                sink.connection(l, name(id, ":splice-").append(sp.point()), null, optics.get(k++),
                        elementPart[i - 1]);
                continue;
            }
            if (!(elements.get(i) instanceof MatedPair m)) {
                continue;
            }
            adapterNo++;
            StringBuilder position = adapterNo <= nearPairs ? name(id, ":near-").append(adapterNo)
                    : name(id, ":far-").append(pairs.size() - adapterNo + 1);
            String neighbourhood = own == null ? trunkEnd(trunk, m.side()) : m.neighbourhood();
            sink.connection(l, position, neighbourhood, optics.get(k++), elementPart[i - 1], elementPart[i + 1]);
        }
        if (countMdi) {
            sink.connection(l, name(id, ":mdi-far"), null, optics.get(k), farXcvr, elementPart[elements.size() - 1]);
        }
    }

    /**
     * A copper link: its cable (kind CORD: it fails at the cord rate; a 1:b split cable is shared by the port's
     * links) and the two ports; no optics, connections or fibre, so no loss, dirt or reflectance.
     */
    private void addCopper(int link) {
        LogicalFabric fabric = plan.fabric();
        LogicalLink logical = fabric.links().get(link);
        Device lower = fabric.device(logical.fromDeviceId());
        Device upper = fabric.device(logical.toDeviceId());
        String id = logical.id();
        Parts parts = new Parts(3);
        if (plan.tiers().get(logical.tierIndex()).copper().ends() == 1) {
            parts.add(own(name("copper:", id), PartKind.CORD));
        } else {
            parts.add(shared("copper:" + upper.id() + ":" + logical.toPort(), PartKind.CORD));
        }
        parts.add(shared("port:" + lower.id() + ":" + logical.fromPort(), PartKind.SWITCH_PORT));
        parts.add(shared("port:" + upper.id() + ":" + logical.toPort(), PartKind.SWITCH_PORT));
        boolean serverFacing = lower.role() == DeviceRole.SERVER;
        sink.link(id, logical.tierIndex(), logical.tierName(), serverFacing ? lower.id() : null, 0, 1, 1,
                ReflectanceRule.none(), plan.isBrokenByDesign(link), parts.toArray());
    }

    /** The components on one link, in order; a part met again right after itself (a trunk's spans) is listed once. */
    private static final class Parts {
        private final int[] parts;
        private int count;

        Parts(int capacity) {
            parts = new int[capacity];
        }

        int add(int part) {
            if (count == 0 || parts[count - 1] != part) {
                parts[count++] = part;
            }
            return part;
        }

        int[] toArray() {
            return Arrays.copyOf(parts, count);
        }
    }

    /**
     * Whether the channels of this shape are laid from its example and the plant's instance data: no cassettes, no
     * harnesses and no adapters but trunk-end panels (interconnect and direct channels).
     */
    private static boolean byShape(ResolvedChannel example) {
        for (ResolvedElement e : example.elements()) {
            if (e instanceof CassetteModule || e instanceof HarnessRun
                    || e instanceof MatedPair m && m.role() != MatingRole.PANEL) {
                return false;
            }
        }
        return true;
    }

    /** The component of trunk {@code t}, named once. */
    private int trunkPart(int t) {
        if (trunkPart[t] < 0) {
            trunkPart[t] = shared("trunk:" + CablingPlan.trunkId(t), PartKind.TRUNK);
        }
        return trunkPart[t];
    }

    /** The neighbourhood of one end of trunk {@code t}, named once. */
    private String trunkEnd(int t, TrunkSide side) {
        if (trunkEnds[t] == null) {
            String trunkId = CablingPlan.trunkId(t);
            trunkEnds[t] = new String[] {TrunkSide.NEAR.trunkEnd(trunkId), TrunkSide.FAR.trunkEnd(trunkId)};
        }
        return trunkEnds[t][side.ordinal()];
    }

    private StringBuilder name(String prefix, String rest) {
        name.setLength(0);
        return name.append(prefix).append(rest);
    }

    /** A part only this link uses (an optic at one MDI, a cord, a jumper, an assembly). */
    private int own(CharSequence componentId, PartKind kind) {
        return sink.component(componentId, kind);
    }

    /** A part other links may share (a port, a trunk, a cassette). */
    private int shared(String componentId, PartKind kind) {
        Integer index = sharedParts.get(componentId);
        if (index == null) {
            index = sink.component(componentId, kind);
            sharedParts.put(componentId, index);
        }
        return index;
    }
}
