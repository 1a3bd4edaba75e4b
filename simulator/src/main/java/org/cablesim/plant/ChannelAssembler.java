package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.catalog.PortShare;
import org.cablesim.polarity.PluggedElement;
import org.cablesim.polarity.Splice;
import org.cablesim.polarity.TransceiverPort;
import org.cablesim.scenario.Architecture;
import org.cablesim.topology.Device;
import org.cablesim.topology.LogicalLink;

/**
 * Places one routed channel of a plan: the tier's resolved templates at the channel's panels, ports, cable ids and
 * lengths, with the Tx/Rx positions the link lights at each end ({@link PortShare#lanes}). Labels: cables
 * {@code cord C000001}, harnesses {@code harness H000001 leg 2}, adapters {@code panel <port>}, cassettes by their
 * port range.
 */
final class ChannelAssembler {
    /** MPO adapter ports per plate (module) of a patch panel: a 48-port panel holds four [assume]. */
    static final int PORTS_PER_PLATE = 12;

    private final CablingPlan plan;
    private final PlantLayout layout;
    private final int sub;
    private final int link;
    private final LogicalLink logical;
    private final TierPlant tp;
    private final Device lower;
    private final Device upper;
    private final PortShare.Lanes lowerLanes;
    private final PortShare.Lanes upperLanes;
    private final String lowerPort;
    private final String upperPort;
    private final String lowerEnd;
    private final String upperEnd;
    private final List<ResolvedElement> elements = new ArrayList<>();

    ChannelAssembler(CablingPlan plan, int sub) {
        this.plan = plan;
        this.layout = plan.layout();
        this.sub = sub;
        this.link = layout.subLink()[sub];
        this.logical = plan.fabric().links().get(link);
        this.tp = plan.tiers().get(logical.tierIndex());
        this.lower = plan.fabric().device(logical.fromDeviceId());
        this.upper = plan.fabric().device(logical.toDeviceId());
        int mdi = layout.subMdi()[sub];
        PortShare lowerShare = tp.ends().lower();
        PortShare upperShare = tp.ends().upper();
        this.lowerLanes = lowerShare.lanes(lowerShare.links() == 1 ? 1 : logical.lowerPortLane(), mdi);
        this.upperLanes = upperShare.lanes(logical.switchPortBreakoutLane(), mdi);
        this.lowerPort = mdiName(lower, logical.fromPort(), lowerLanes.mdiOnModule(), lowerShare.mdisOnModule());
        this.upperPort = mdiName(upper, logical.toPort(), upperLanes.mdiOnModule(), upperShare.mdisOnModule());
        this.lowerEnd = plan.pathways().rack(lower.rack()).label() + "." + lowerPort;
        this.upperEnd = plan.pathways().rack(upper.rack()).label() + "." + upperPort;
    }

    /** The lower device's MDI, {@code device:port[/mdi]}. */
    String lowerPort() {
        return lowerPort;
    }

    /** The upper device's MDI. */
    String upperPort() {
        return upperPort;
    }

    /** Port name of one MDI at one end of a link: {@code device:port}, with {@code /mdi} on multi-MDI modules. */
    static String mdiName(Device d, int port, int mdiOnModule, int mdisOnModule) {
        return d.id() + ":" + port + (mdisOnModule > 1 ? "/" + mdiOnModule : "");
    }

    /** The harness leg this channel uses at one end: the link's lane on that split port. */
    private int leg(TrunkSide side) {
        return side == TrunkSide.NEAR ? logical.lowerPortLane() : logical.switchPortBreakoutLane();
    }

    ResolvedChannel build() {
        if (tp.architecture() == Architecture.DIRECT) {
            String id = Labels.cable('D', sub + 1L);
            HarnessRun h = tp.harness(TrunkSide.FAR) != null ? tp.harness(TrunkSide.FAR) : tp.harness(TrunkSide.NEAR);
            if (h != null) {
                int harness = h.side() == TrunkSide.NEAR ? layout.subLowerHarness()[sub]
                        : layout.subUpperHarness()[sub];
                String hid = Labels.cable('H', harness + 1L);
                elements.add(h.placed(hid, "harness " + hid + " leg " + leg(h.side()), lowerEnd, upperEnd,
                        plan.harnessLengthM(harness), leg(h.side())));
            } else {
                elements.add(tp.cable(ElementKind.ASSEMBLY, TrunkSide.NEAR).placed(id, "assembly " + id, lowerEnd,
                        upperEnd, plan.assemblyLengthM(tp, link)));
            }
            return channel();
        }
        int t = layout.subTrunk()[sub];
        int nearStack = layout.trunkNearStack()[t];
        int farStack = layout.trunkFarStack()[t];
        int nearSlot = layout.subNearSlot()[sub];
        int farSlot = tp.farSlot(nearSlot);
        boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
        String trunkId = CablingPlan.trunkId(t);
        String nearFront = Labels.stackPort(plan, nearStack, layout.trunkNearStart()[t] + nearSlot);
        String farFront = Labels.stackPort(plan, farStack, layout.trunkFarStart()[t] + farSlot);
        String nearXc = xc ? Labels.stackPort(plan, plan.xcStackAt(nearStack), layout.subNearXc()[sub]) : nearFront;
        String farXc = xc ? Labels.stackPort(plan, plan.xcStackAt(farStack), layout.subFarXc()[sub]) : farFront;
        int farEntry = tp.harness(TrunkSide.FAR) == null ? 1 : leg(TrunkSide.FAR);

        equipmentCable(TrunkSide.NEAR, 'C', 2L * sub + 1, lowerEnd, nearXc, plan.lowerCordLengthM(tp, link, t));
        if (xc) {
            mate(MatingRole.CROSS_CONNECT, TrunkSide.NEAR, "panel " + nearXc, 1, plate(nearXc), "adapter:"
                    + tp.lowerPanelPlug().connectorTypeId());
            String j = Labels.cable('J', 2L * sub + 1);
            elements.add(tp.cable(ElementKind.JUMPER, TrunkSide.NEAR).placed(j, "jumper " + j, nearXc, nearFront,
                    CablingPlan.jumperLengthM(tp)));
        }
        String trunkEndNear = TrunkSide.NEAR.trunkEnd(trunkId);
        String trunkEndFar = TrunkSide.FAR.trunkEnd(trunkId);
        String adapterPrice = "adapter:" + tp.trunkConnector().id();
        String nearTrunkPort;
        String farTrunkPort;
        if (tp.cassette() == null) {
            mate(MatingRole.PANEL, TrunkSide.NEAR, "panel " + nearFront, nearSlot + 1, trunkEndNear, adapterPrice);
            nearTrunkPort = nearFront;
            farTrunkPort = farFront;
        } else {
            int f = tp.slotsPerCassette();
            int c = nearSlot / f;
            String where = Labels.stackPortRange(plan, nearStack, layout.trunkNearStart()[t] + c * f, f);
            String cassette = "cassette:cassette " + where;
            mate(MatingRole.CASSETTE_FRONT, TrunkSide.NEAR, "cassette front " + nearFront, nearSlot % f + 1,
                    cassette, "");
            elements.add(new CassetteModule(tp.cassette(), tp.nearCassetteTemplate().module()
                    .withLabel("cassette " + where), tp.nearCassetteTemplate().priceId()));
            mateRouted(MatingRole.CASSETTE_REAR, TrunkSide.NEAR, "cassette rear " + where, legs(c, true), cassette);
            nearTrunkPort = where;
            int fc = farSlot / f;
            farTrunkPort = Labels.stackPortRange(plan, farStack, layout.trunkFarStart()[t] + fc * f, f);
        }
        placeTrunk(trunkId, nearTrunkPort, farTrunkPort, plan.trunkLengthM(t));
        if (tp.cassette() == null) {
            mateRouted(MatingRole.PANEL, TrunkSide.FAR, "panel " + farFront, Map.of(farSlot + 1, xc ? 1 : farEntry),
                    trunkEndFar, adapterPrice);
        } else {
            int f = tp.slotsPerCassette();
            int c = farSlot / f;
            String cassette = "cassette:cassette " + farTrunkPort;
            mateRouted(MatingRole.CASSETTE_REAR, TrunkSide.FAR, "cassette rear " + farTrunkPort, legs(c, false),
                    cassette);
            elements.add(new CassetteModule(tp.cassette(), tp.farCassetteTemplate().module()
                    .withLabel("cassette " + farTrunkPort), tp.farCassetteTemplate().priceId()));
            mateRouted(MatingRole.CASSETTE_FRONT, TrunkSide.FAR, "cassette front " + farFront,
                    Map.of(farSlot % f + 1, xc ? 1 : farEntry), cassette, "");
        }
        if (xc) {
            String j = Labels.cable('J', 2L * sub + 2);
            elements.add(tp.cable(ElementKind.JUMPER, TrunkSide.FAR).placed(j, "jumper " + j, farFront, farXc,
                    CablingPlan.jumperLengthM(tp)));
            mateRouted(MatingRole.CROSS_CONNECT, TrunkSide.FAR, "panel " + farXc, Map.of(1, farEntry), plate(farXc),
                    "adapter:" + tp.upperPanelPlug().connectorTypeId());
        }
        equipmentCable(TrunkSide.FAR, 'C', 2L * sub + 2, farXc, upperEnd, plan.upperCordLengthM(tp, link, t));
        return channel();
    }

    /** The trunk, or its spans between splice points (equal shares of its length) with the splices between. */
    private void placeTrunk(String trunkId, String nearPort, String farPort, double lengthM) {
        int n = tp.splicePoints();
        if (n == 0) {
            elements.add(tp.trunkTemplate().placed(trunkId, "trunk " + trunkId, nearPort, farPort, lengthM));
            return;
        }
        double spanM = lengthM / (n + 1);
        for (int k = 0; k <= n; k++) {
            String near = k == 0 ? nearPort : "splice " + trunkId + " #" + k;
            String far = k == n ? farPort : "splice " + trunkId + " #" + (k + 1);
            CableRun template = k == 0 ? tp.trunkTemplate() : tp.trunkSpanTemplate();
            elements.add(template.placed(trunkId, "trunk " + trunkId + " span " + (k + 1) + "/" + (n + 1), near, far,
                    spanM));
            if (k < n) {
                String label = "splice " + trunkId + " #" + (k + 1);
                elements.add(new SplicePoint(label, new Splice(label), tp.optics(MatingRole.SPLICE, TrunkSide.NEAR),
                        k + 1, trunkId));
            }
        }
    }

    /** The cord at one end, or the harness that takes its place at a split port. */
    private void equipmentCable(TrunkSide side, char kind, long number, String nearEnd, String farEnd,
            double cordLengthM) {
        HarnessRun h = tp.harness(side);
        if (h == null) {
            String id = Labels.cable(kind, number);
            elements.add(tp.cable(ElementKind.CORD, side).placed(id, "cord " + id, nearEnd, farEnd, cordLengthM));
            return;
        }
        int harness = side == TrunkSide.NEAR ? layout.subLowerHarness()[sub] : layout.subUpperHarness()[sub];
        String id = Labels.cable('H', harness + 1L);
        elements.add(h.placed(id, "harness " + id + " leg " + leg(side), nearEnd, farEnd, plan.harnessLengthM(harness),
                leg(side)));
    }

    /** The cassette rear routing: the channel's cassette c uses trunk legs c·r+1 … c·r+r. */
    private Map<Integer, Integer> legs(int c, boolean toTrunk) {
        int r = tp.cassette().rearPorts();
        Map<Integer, Integer> m = new TreeMap<>();
        for (int k = 1; k <= r; k++) {
            if (toTrunk) {
                m.put(k, c * r + k);
            } else {
                m.put(c * r + k, k);
            }
        }
        return m;
    }

    /** A cross-connect port's neighbours: the ports of its adapter plate, e.g. {@code panel R01-01.U42/plate1}. */
    private static String plate(String portLabel) {
        int dot = portLabel.lastIndexOf('.');
        int port = Integer.parseInt(portLabel.substring(dot + 1));
        return "panel " + portLabel.substring(0, dot) + "/plate" + ((port - 1) / PORTS_PER_PLATE + 1);
    }

    /** A mated pair continuing the previous element's channel port onto port {@code toPort} of the next. */
    private void mate(MatingRole role, TrunkSide side, String label, int toPort, String neighbourhood,
            String priceId) {
        mateRouted(role, side, label, Map.of(arrivingPort(), toPort), neighbourhood, priceId);
    }

    private void mateRouted(MatingRole role, TrunkSide side, String label, Map<Integer, Integer> routing,
            String neighbourhood) {
        mateRouted(role, side, label, routing, neighbourhood, "");
    }

    private void mateRouted(MatingRole role, TrunkSide side, String label, Map<Integer, Integer> routing,
            String neighbourhood, String priceId) {
        ResolvedElement before = elements.get(elements.size() - 1);
        var arriving = ((PluggedElement) before.polarity()).farEnd(arrivingPort());
        elements.add(new MatedPair(role, side, tp.adapter(label, routing), arriving, arriving,
                tp.optics(role, side), neighbourhood, priceId));
    }

    /** The far port of the last element the channel's lanes leave by: its harness leg, else port 1. */
    private int arrivingPort() {
        ResolvedElement before = elements.get(elements.size() - 1);
        return before instanceof HarnessRun h && h.side() == TrunkSide.NEAR ? h.leg() : 1;
    }

    private ResolvedChannel channel() {
        fixLeavingPlugs();
        var first = (PluggedElement) elements.get(0).polarity();
        var last = (PluggedElement) elements.get(elements.size() - 1).polarity();
        int nearPort = elements.get(0) instanceof HarnessRun h && h.side() == TrunkSide.FAR ? h.leg() : 1;
        int farPort = elements.get(elements.size() - 1) instanceof HarnessRun h && h.side() == TrunkSide.NEAR
                ? h.leg() : 1;
        MdiEnd near = new MdiEnd(lower.id(), tp.lowerPmd(), transceiver(lowerPort, lowerLanes, TrunkSide.NEAR)
                .onPort(nearPort), first.nearEnd(nearPort), tp.optics(MatingRole.MDI, TrunkSide.NEAR));
        MdiEnd far = new MdiEnd(upper.id(), tp.pmd(), transceiver(upperPort, upperLanes, TrunkSide.FAR)
                .onPort(farPort), last.farEnd(farPort), tp.optics(MatingRole.MDI, TrunkSide.FAR));
        return new ResolvedChannel(logical.id(), link, layout.subMdi()[sub], sub, tp.index(), tp.tier().name(), near,
                elements, far, tp.budget());
    }

    /** A mated pair's leaving plug is the near plug of the element after it, known once that element is placed. */
    private void fixLeavingPlugs() {
        for (int i = 1; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof MatedPair m) {
                var next = (PluggedElement) elements.get(i + 1).polarity();
                int port = m.adapter().portRouting().isEmpty() ? 1
                        : m.adapter().portRouting().values().iterator().next();
                int nextPort = Math.min(port, next.nearPortCount());
                elements.set(i, new MatedPair(m.role(), m.side(), m.adapter(), m.arriving(), next.nearEnd(nextPort),
                        m.optics(), m.neighbourhood(), m.priceId()));
            }
        }
    }

    private TransceiverPort transceiver(String label, PortShare.Lanes lanes, TrunkSide side) {
        int[] tx = lanes.tx().stream().mapToInt(Integer::intValue).toArray();
        int[] rx = lanes.rx().stream().mapToInt(Integer::intValue).toArray();
        TransceiverPort port = TransceiverPort.of(label, tx, rx);
        return tp.mdiPlug(side).isArray() ? port.withMdi(tp.mdiPlug(side)) : port;
    }
}
