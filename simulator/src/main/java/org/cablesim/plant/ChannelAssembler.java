package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.polarity.TransceiverPort;
import org.cablesim.scenario.Architecture;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalLink;

/**
 * Places one routed channel of a plan: the tier's resolved templates at the channel's panels, ports, cable ids and
 * lengths. Labels: cables {@code cord C000001}, adapters {@code panel <port>}, cassettes by their port range.
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
        int m = tp.pmd().mdiConnectorCount();
        int breakout = tp.tier().breakout();
        int lane = logical.switchPortBreakoutLane();
        boolean lowerIsSwitch = lower.role() != DeviceRole.SERVER;
        this.lowerPort = mdiName(lower, logical.fromPort(), lowerIsSwitch ? (lane - 1) * m + mdi : mdi,
                lowerIsSwitch ? breakout * m : m);
        this.upperPort = mdiName(upper, logical.toPort(), (lane - 1) * m + mdi, breakout * m);
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

    ResolvedChannel build() {
        if (tp.architecture() == Architecture.DIRECT) {
            String id = Labels.cable('D', sub + 1L);
            elements.add(tp.cable(ElementKind.ASSEMBLY, TrunkSide.NEAR).placed(id, "assembly " + id, lowerEnd,
                    upperEnd, plan.assemblyLengthM(tp, link)));
            return channel();
        }
        int t = layout.subTrunk()[sub];
        int nearStack = layout.trunkNearStack()[t];
        int farStack = layout.trunkFarStack()[t];
        int nearSlot = layout.subNearSlot()[sub];
        int farSlot = tp.farSlot(nearSlot);
        boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
        String trunkId = CablingPlan.trunkId(t);
        String nearFront = plan.stackPortLabel(nearStack, layout.trunkNearStart()[t] + nearSlot);
        String farFront = plan.stackPortLabel(farStack, layout.trunkFarStart()[t] + farSlot);
        String nearXc = xc ? plan.stackPortLabel(plan.xcStackAt(nearStack), layout.subNearXc()[sub]) : nearFront;
        String farXc = xc ? plan.stackPortLabel(plan.xcStackAt(farStack), layout.subFarXc()[sub]) : farFront;

        String lowerCordId = Labels.cable('C', 2L * sub + 1);
        elements.add(tp.cable(ElementKind.CORD, TrunkSide.NEAR).placed(lowerCordId, "cord " + lowerCordId,
                lowerEnd, nearXc, plan.lowerCordLengthM(tp, link, t)));
        if (xc) {
            mate(MatingRole.CROSS_CONNECT, TrunkSide.NEAR, "panel " + nearXc, Map.of(), plate(nearXc), "adapter:"
                    + tp.lowerEquip().connectorTypeId());
            String j = Labels.cable('J', 2L * sub + 1);
            elements.add(tp.cable(ElementKind.JUMPER, TrunkSide.NEAR).placed(j, "jumper " + j, nearXc, nearFront,
                    CablingPlan.jumperLengthM(tp)));
        }
        String trunkEndNear = CablingPlan.trunkEnd(t, TrunkSide.NEAR);
        String trunkEndFar = CablingPlan.trunkEnd(t, TrunkSide.FAR);
        String adapterPrice = "adapter:" + tp.trunkConnector().id();
        String nearTrunkPort;
        String farTrunkPort;
        if (tp.cassette() == null) {
            mate(MatingRole.PANEL, TrunkSide.NEAR, "panel " + nearFront, Map.of(1, nearSlot + 1), trunkEndNear,
                    adapterPrice);
            nearTrunkPort = nearFront;
            farTrunkPort = farFront;
        } else {
            int f = tp.slotsPerCassette();
            int c = nearSlot / f;
            String where = plan.stackPortRange(nearStack, layout.trunkNearStart()[t] + c * f, f);
            String cassette = "cassette:cassette " + where;
            mate(MatingRole.CASSETTE_FRONT, TrunkSide.NEAR, "cassette front " + nearFront,
                    Map.of(1, nearSlot % f + 1), cassette, "");
            elements.add(new CassetteModule(tp.cassette(), tp.nearCassetteTemplate().module()
                    .withLabel("cassette " + where), tp.nearCassetteTemplate().priceId()));
            mate(MatingRole.CASSETTE_REAR, TrunkSide.NEAR, "cassette rear " + where, legs(c, true), cassette, "");
            nearTrunkPort = where;
            int fc = farSlot / f;
            farTrunkPort = plan.stackPortRange(farStack, layout.trunkFarStart()[t] + fc * f, f);
        }
        elements.add(tp.trunkTemplate().placed(trunkId, "trunk " + trunkId, nearTrunkPort, farTrunkPort,
                plan.trunkLengthM(t)));
        if (tp.cassette() == null) {
            mate(MatingRole.PANEL, TrunkSide.FAR, "panel " + farFront, Map.of(farSlot + 1, 1), trunkEndFar,
                    adapterPrice);
        } else {
            int f = tp.slotsPerCassette();
            int c = farSlot / f;
            String cassette = "cassette:cassette " + farTrunkPort;
            mate(MatingRole.CASSETTE_REAR, TrunkSide.FAR, "cassette rear " + farTrunkPort, legs(c, false),
                    cassette, "");
            elements.add(new CassetteModule(tp.cassette(), tp.farCassetteTemplate().module()
                    .withLabel("cassette " + farTrunkPort), tp.farCassetteTemplate().priceId()));
            mate(MatingRole.CASSETTE_FRONT, TrunkSide.FAR, "cassette front " + farFront, Map.of(farSlot % f + 1, 1),
                    cassette, "");
        }
        if (xc) {
            String j = Labels.cable('J', 2L * sub + 2);
            elements.add(tp.cable(ElementKind.JUMPER, TrunkSide.FAR).placed(j, "jumper " + j, farFront, farXc,
                    CablingPlan.jumperLengthM(tp)));
            mate(MatingRole.CROSS_CONNECT, TrunkSide.FAR, "panel " + farXc, Map.of(), plate(farXc), "adapter:"
                    + tp.upperEquip().connectorTypeId());
        }
        String upperCordId = Labels.cable('C', 2L * sub + 2);
        elements.add(tp.cable(ElementKind.CORD, TrunkSide.FAR).placed(upperCordId, "cord " + upperCordId, farXc,
                upperEnd, plan.upperCordLengthM(tp, link, t)));
        return channel();
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

    /** A cross-connect port's neighbours: the ports of its adapter plate, e.g. {@code panel R000-00.P01/plate1}. */
    private static String plate(String portLabel) {
        int dot = portLabel.lastIndexOf('.');
        int port = Integer.parseInt(portLabel.substring(dot + 1));
        return "panel " + portLabel.substring(0, dot) + "/plate" + ((port - 1) / PORTS_PER_PLATE + 1);
    }

    private void mate(MatingRole role, TrunkSide side, String label, Map<Integer, Integer> routing,
            String neighbourhood, String priceId) {
        ResolvedElement before = elements.get(elements.size() - 1);
        var arriving = ((org.cablesim.polarity.PluggedElement) before.polarity()).farEnd(1);
        elements.add(new MatedPair(role, side, tp.adapter(label, routing), arriving, arriving,
                tp.optics(role, side), neighbourhood, priceId));
    }

    private ResolvedChannel channel() {
        fixLeavingPlugs();
        var first = (org.cablesim.polarity.PluggedElement) elements.get(0).polarity();
        var last = (org.cablesim.polarity.PluggedElement) elements.get(elements.size() - 1).polarity();
        MdiEnd near = new MdiEnd(lower.id(), tp.pmd(), transceiver(lowerPort), first.nearEnd(1),
                tp.optics(MatingRole.MDI, TrunkSide.NEAR));
        MdiEnd far = new MdiEnd(upper.id(), tp.pmd(), transceiver(upperPort), last.farEnd(1),
                tp.optics(MatingRole.MDI, TrunkSide.FAR));
        return new ResolvedChannel(logical.id(), link, layout.subMdi()[sub], sub, tp.index(), tp.tier().name(), near,
                elements, far, tp.budget());
    }

    /** A mated pair's leaving plug is the near plug of the element after it, known once that element is placed. */
    private void fixLeavingPlugs() {
        for (int i = 1; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof MatedPair m) {
                var next = (org.cablesim.polarity.PluggedElement) elements.get(i + 1).polarity();
                elements.set(i, new MatedPair(m.role(), m.side(), m.adapter(), m.arriving(), next.nearEnd(1),
                        m.optics(), m.neighbourhood(), m.priceId()));
            }
        }
    }

    private TransceiverPort transceiver(String label) {
        int[] tx = tp.pmd().txPositions().stream().mapToInt(Integer::intValue).toArray();
        int[] rx = tp.pmd().rxPositions().stream().mapToInt(Integer::intValue).toArray();
        TransceiverPort port = TransceiverPort.of(label, tx, rx);
        return tp.mdiPlug().isArray() ? port.withMdi(tp.mdiPlug()) : port;
    }
}
