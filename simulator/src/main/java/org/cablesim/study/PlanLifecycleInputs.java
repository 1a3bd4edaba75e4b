package org.cablesim.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.lifecycle.Component;
import org.cablesim.scenario.PartKind;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.LinkConnection;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.CableRun;
import org.cablesim.plant.CassetteModule;
import org.cablesim.plant.HarnessRun;
import org.cablesim.plant.MatedPair;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.ResolvedElement;
import org.cablesim.plant.SplicePoint;
import org.cablesim.plant.TierPlant;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalLink;

/**
 * Lays a routed plan under the lifecycle simulation: one {@link PhysicalLink} per resolved channel (a logical link
 * with one MDI keeps its id; a twin-port link becomes {@code <id>/1} and {@code <id>/2}, whose two ports fail and
 * are repaired independently). A projection of the plant model with no physical rules of its own: every loss model,
 * reflectance, lane position, budget and reflectance rule comes from the channel's operating optical view
 * ({@link CablingPlan#operatingOptical}), the same view the loss engine reads.
 *
 * <p>What it adds is the lifecycle's naming of parts, by meaning so that two plans of one fabric run with one seed
 * share the random streams of everything they have in common: the transceiver module in each port
 * ({@code xcvr:<device>:<port>}, shared by the port's MDIs and breakout links: a twin-port module fails as one), the
 * switch or NIC port at each end ({@code port:<device>:<port>}, shared likewise), each cord, jumper and assembly of
 * the channel ({@code cord:<link>:<side>}, kind CORD), a breakout harness ({@code harness:<id>}, kind CORD, shared by
 * the port's links), the trunk ({@code trunk:<id>}, shared by its links), and each cassette
 * ({@code cassette:<label>}). A copper link (architecture copper) is one lifecycle link with its cable as a part of
 * kind CORD (the cord failure rate; a split cable shared by its port's links) and its two ports, and no connections:
 * no loss, dirt or reflectance. A connection joins the parts on its two sides (replacing either re-mates it); its
 * neighbours are the matings of the plant's neighbourhood of that pair. A trunk splice is a connection of the trunk
 * alone, without neighbours (only rework and a trunk replacement re-make it; the lifecycle gives a re-made splice a
 * mating's dirt risk, a conservative simplification).
 */
public final class PlanLifecycleInputs {
    private final CablingPlan plan;
    private final LifecyclePlant plant;
    private final int[] channelOf;
    private final int[] linkOf;
    private final Map<String, Integer> indexOf;

    private PlanLifecycleInputs(CablingPlan plan, boolean countTransceiverMatedPairs) {
        this.plan = plan;
        Builder b = new Builder(plan, countTransceiverMatedPairs);
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            b.add(plan.channel(sub), plan.operatingOptical(sub, countTransceiverMatedPairs));
        }
        for (int l = 0; l < plan.linkCount(); l++) {
            if (plan.isRouted(l) && plan.isCopper(l)) {
                b.addCopper(l);
            }
        }
        this.plant = b.build();
        this.channelOf = b.channels.stream().mapToInt(Integer::intValue).toArray();
        this.linkOf = b.logicalLinks.stream().mapToInt(Integer::intValue).toArray();
        this.indexOf = new HashMap<>(channelOf.length * 2);
        for (int i = 0; i < channelOf.length; i++) {
            indexOf.put(b.links.get(i).linkId(), i);
        }
    }

    /**
     * Builds the lifecycle inputs of a routed plan.
     *
     * @param plan                       the routed plan
     * @param countTransceiverMatedPairs whether the two MDI matings are connections of the channel
     * @return the inputs
     * @throws IllegalArgumentException when no link of the plan is cabled
     */
    public static PlanLifecycleInputs of(CablingPlan plan, boolean countTransceiverMatedPairs) {
        return new PlanLifecycleInputs(plan, countTransceiverMatedPairs);
    }

    /** The routed plan. */
    public CablingPlan plan() {
        return plan;
    }

    /** The lifecycle plant: links in channel order (link order, MDIs in order), components by first use. */
    public LifecyclePlant plant() {
        return plant;
    }

    /** Index of a lifecycle link in {@link #plant()}, or −1. */
    int indexOf(String linkId) {
        return indexOf.getOrDefault(linkId, -1);
    }

    /** The plan's channel index of lifecycle link {@code i}, −1 for a copper link (no channel). */
    int channel(int i) {
        return channelOf[i];
    }

    /** The tier plant of a lifecycle link. */
    TierPlant tier(int i) {
        return plan.tiers().get(plan.fabric().links().get(linkOf[i]).tierIndex());
    }

    int size() {
        return channelOf.length;
    }

    /** Accumulates links and components channel by channel. */
    private static final class Builder {
        private final CablingPlan plan;
        private final boolean countMdi;
        /** Components in order of first use; only shared parts are looked up by id. */
        private final List<String> partIds = new ArrayList<>();
        private final List<PartKind> partKinds = new ArrayList<>();
        private final List<List<String>> partLinks = new ArrayList<>();
        private final Map<String, Integer> sharedParts;
        final List<PhysicalLink> links = new ArrayList<>();
        final List<Integer> channels = new ArrayList<>();
        final List<Integer> logicalLinks = new ArrayList<>();

        Builder(CablingPlan plan, boolean countMdi) {
            this.plan = plan;
            this.countMdi = countMdi;
            this.sharedParts = new HashMap<>(2 * plan.linkCount() + 16);
        }

        void add(ResolvedChannel rc, OpticalChannel optical) {
            LogicalLink logical = plan.fabric().links().get(rc.linkIndex());
            String id = plan.channelCount(rc.linkIndex()) == 1 ? rc.linkId() : rc.linkId() + "/" + rc.mdi();
            Device lower = plan.fabric().device(logical.fromDeviceId());
            Device upper = plan.fabric().device(logical.toDeviceId());
            List<String> parts = new ArrayList<>();
            String nearXcvr = shared(parts, "xcvr:" + lower.id() + ":" + logical.fromPort(), PartKind.TRANSCEIVER, id);
            String farXcvr = shared(parts, "xcvr:" + upper.id() + ":" + logical.toPort(), PartKind.TRANSCEIVER, id);
            shared(parts, "port:" + lower.id() + ":" + logical.fromPort(), PartKind.SWITCH_PORT, id);
            shared(parts, "port:" + upper.id() + ":" + logical.toPort(), PartKind.SWITCH_PORT, id);

            List<ResolvedElement> elements = rc.elements();
            int trunkAt = rc.trunkIndex();
            String[] elementPart = new String[elements.size()];
            for (int i = 0; i < elements.size(); i++) {
                String side = i <= trunkAt ? "near" : "far";
                ResolvedElement e = elements.get(i);
                if (e instanceof HarnessRun h) {
                    elementPart[i] = shared(parts, "harness:" + h.cableId(), PartKind.CORD, id);
                } else if (e instanceof CableRun run) {
                    elementPart[i] = switch (run.kind()) {
                        case CORD -> own(parts, "cord:" + id + ":" + side, PartKind.CORD, id);
                        case JUMPER -> own(parts, "jumper:" + id + ":" + side, PartKind.CORD, id);
                        case ASSEMBLY -> own(parts, "assembly:" + id, PartKind.CORD, id);
                        default -> shared(parts, "trunk:" + run.cableId(), PartKind.TRUNK, id);
                    };
                } else if (e instanceof CassetteModule c) {
                    elementPart[i] = shared(parts, "cassette:" + c.label(), PartKind.CASSETTE, id);
                }
            }

            List<OpticalConnection> optics = optical.connections();
            List<LinkConnection> connections = new ArrayList<>(optics.size());
            int k = 0;
            if (countMdi) {
                connections.add(new LinkConnection(id + ":mdi-near", null, List.of(nearXcvr, elementPart[0]),
                        optics.get(k++)));
            }
            List<MatedPair> pairs = rc.matedPairs();
            int nearPairs = 0;
            for (MatedPair m : pairs) {
                nearPairs += m.side() == org.cablesim.plant.TrunkSide.NEAR ? 1 : 0;
            }
            int adapterNo = 0;
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof SplicePoint sp) {
                    // A splice has no neighbours to disturb; replacing its trunk re-makes it.
                    connections.add(new LinkConnection(id + ":splice-" + sp.point(), null,
                            List.of(elementPart[i - 1]), optics.get(k++)));
                    continue;
                }
                if (!(elements.get(i) instanceof MatedPair m)) {
                    continue;
                }
                adapterNo++;
                String position = adapterNo <= nearPairs ? "near-" + adapterNo
                        : "far-" + (pairs.size() - adapterNo + 1);
                connections.add(new LinkConnection(id + ":" + position, m.neighbourhood(),
                        List.of(elementPart[i - 1], elementPart[i + 1]), optics.get(k++)));
            }
            if (countMdi) {
                connections.add(new LinkConnection(id + ":mdi-far", null,
                        List.of(farXcvr, elementPart[elements.size() - 1]), optics.get(k)));
            }
            boolean serverFacing = lower.role() == DeviceRole.SERVER;
            double fixedDb = optical.attenuationDbPerKm() * optical.lengthM() / 1000;
            links.add(new PhysicalLink(id, logical.tierIndex(), logical.tierName(), serverFacing,
                    serverFacing ? lower.id() : null, parts, connections, fixedDb, optical.budgetDb(),
                    optical.lanes(), optical.rule(), plan.isBrokenByDesign(rc.linkIndex())));
            channels.add(rc.index());
            logicalLinks.add(rc.linkIndex());
        }

        /**
         * A copper link: its cable (kind CORD: it fails at the cord rate; a 1:b split cable is shared by the port's
         * links) and the two ports; no optics, connections or fibre, so no loss, dirt or reflectance.
         */
        void addCopper(int l) {
            LogicalLink logical = plan.fabric().links().get(l);
            Device lower = plan.fabric().device(logical.fromDeviceId());
            Device upper = plan.fabric().device(logical.toDeviceId());
            TierPlant tp = plan.tiers().get(logical.tierIndex());
            String id = logical.id();
            List<String> parts = new ArrayList<>();
            if (tp.copper().ends() == 1) {
                own(parts, "copper:" + id, PartKind.CORD, id);
            } else {
                shared(parts, "copper:" + upper.id() + ":" + logical.toPort(), PartKind.CORD, id);
            }
            shared(parts, "port:" + lower.id() + ":" + logical.fromPort(), PartKind.SWITCH_PORT, id);
            shared(parts, "port:" + upper.id() + ":" + logical.toPort(), PartKind.SWITCH_PORT, id);
            boolean serverFacing = lower.role() == DeviceRole.SERVER;
            links.add(new PhysicalLink(id, logical.tierIndex(), logical.tierName(), serverFacing,
                    serverFacing ? lower.id() : null, parts, List.of(), 0, 1, 1,
                    ReflectanceRule.none(), plan.isBrokenByDesign(l)));
            channels.add(-1);
            logicalLinks.add(l);
        }

        /** A part only this link uses (an optic at one MDI, a cord, a jumper, an assembly). */
        private String own(List<String> onLink, String componentId, PartKind kind, String linkId) {
            partIds.add(componentId);
            partKinds.add(kind);
            partLinks.add(List.of(linkId));
            onLink.add(componentId);
            return componentId;
        }

        /** A part other links may share (a port, a trunk, a cassette). */
        private String shared(List<String> onLink, String componentId, PartKind kind, String linkId) {
            Integer index = sharedParts.get(componentId);
            if (index == null) {
                index = partIds.size();
                sharedParts.put(componentId, index);
                partIds.add(componentId);
                partKinds.add(kind);
                partLinks.add(new ArrayList<>(2));
            }
            List<String> onPart = partLinks.get(index);
            if (onPart.isEmpty() || !onPart.get(onPart.size() - 1).equals(linkId)) {
                onPart.add(linkId);
            }
            // A trunk's spans between splice points are one part: list it once on the link.
            if (onLink.isEmpty() || !onLink.get(onLink.size() - 1).equals(componentId)) {
                onLink.add(componentId);
            }
            return componentId;
        }

        LifecyclePlant build() {
            if (links.isEmpty()) {
                throw new IllegalArgumentException("plan " + plan.planName() + " has no cabled link to simulate");
            }
            LifecyclePlant.Builder b = LifecyclePlant.builder();
            links.forEach(b::link);
            for (int c = 0; c < partIds.size(); c++) {
                b.component(new Component(partIds.get(c), partKinds.get(c), partLinks.get(c)));
            }
            return b.build();
        }
    }
}
