package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.cablesim.catalog.Catalog;
import org.cablesim.polarity.Cable;
import org.cablesim.polarity.Channel;
import org.cablesim.polarity.ChannelElement;
import org.cablesim.polarity.TransceiverPort;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.topology.Device;
import org.cablesim.topology.DeviceRole;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;

/**
 * The routed plant of one plan: pathways, panels, trunks, cords and, for every logical link, one channel per MDI.
 * Immutable. Allocation is held in compact arrays; {@link #channels(int)}, {@link #forEachCable} and lane traces are
 * built on demand, so a 100k-GPU plan needs no object per fibre.
 */
public final class CablingPlan {
    private final String planName;
    private final LogicalFabric fabric;
    private final Catalog catalog;
    private final CapacityPolicy policy;
    private final List<TierPlant> tiers;
    private final PathwayGraph pathways;
    private final RouteTable routes;
    private final PlantLayout layout;
    private final List<PlantViolation> capacityViolations;
    private volatile List<PlantViolation> violations;
    private volatile PlantCounts counts;
    private volatile Bom bom;

    CablingPlan(String planName, LogicalFabric fabric, Catalog catalog, CapacityPolicy policy, List<TierPlant> tiers,
            PathwayGraph pathways, RouteTable routes, PlantLayout layout, List<PlantViolation> capacityViolations) {
        this.planName = Objects.requireNonNull(planName, "planName");
        this.fabric = fabric;
        this.catalog = catalog;
        this.policy = policy;
        this.tiers = List.copyOf(tiers);
        this.pathways = pathways;
        this.routes = routes;
        this.layout = layout;
        this.capacityViolations = List.copyOf(capacityViolations);
    }

    public String planName() {
        return planName;
    }

    public LogicalFabric fabric() {
        return fabric;
    }

    /** The catalog the plan was routed with (for prices). */
    public Catalog catalog() {
        return catalog;
    }

    public CapacityPolicy capacityPolicy() {
        return policy;
    }

    /** The resolved cabling of each fabric tier, by tier index. */
    public List<TierPlant> tiers() {
        return tiers;
    }

    public PathwayGraph pathways() {
        return pathways;
    }

    /** Logical links in the fabric. */
    public int linkCount() {
        return layout.linkFirstSub().length;
    }

    /** Whether a link got cables (false only when capacity ran out under {@code fail}). */
    public boolean isRouted(int link) {
        return layout.linkFirstSub()[link] >= 0;
    }

    /** Routed channels (one per MDI of every cabled link). */
    public int subChannelCount() {
        return layout.subChannels();
    }

    /** Trunks in the plant (including provisioned spares). */
    public int trunkCount() {
        return layout.trunks();
    }

    /** MDIs per end of a link of the tier (its routed channels). */
    int mdisOf(int link) {
        return tiers.get(fabric.links().get(link).tierIndex()).pmd().mdiConnectorCount();
    }

    /** Length of the shortest pathway between a link's two device racks, metres (0 inside one rack). */
    public double routedLengthM(int link) {
        return routes.route(layout.linkLowerNode()[link], layout.linkUpperNode()[link]).lengthM();
    }

    /** The routed channels of a link, one per MDI; empty when the link is not cabled. */
    public List<RoutedChannel> channels(int link) {
        int first = layout.linkFirstSub()[link];
        if (first < 0) {
            return List.of();
        }
        List<RoutedChannel> out = new ArrayList<>();
        for (int k = 0; k < mdisOf(link); k++) {
            out.add(channel(first + k));
        }
        return out;
    }

    /** Index of a link's first routed channel (its others follow, one per MDI), −1 when the link is not cabled. */
    public int firstChannel(int link) {
        return layout.linkFirstSub()[link];
    }

    /** Routed channels of a link: one per MDI, 0 when the link is not cabled. */
    public int channelCount(int link) {
        return isRouted(link) ? mdisOf(link) : 0;
    }

    /**
     * A routed channel's shape: channels of one plan with equal shapes have the same elements, plugs, port
     * routings and fibre maps (hence the same lane traces), differing only in labels and cable lengths. The
     * shape is the tier and the trunk slot the channel uses (the far slot follows from the near one).
     */
    public int shapeOf(int sub) {
        TierPlant tp = tiers.get(fabric.links().get(layout.subLink()[sub]).tierIndex());
        int slot = tp.architecture() == Architecture.DIRECT ? 0 : layout.subNearSlot()[sub] + 1;
        return (tp.index() << 24) | slot;
    }

    /** The routed channel with a given index, 0..subChannelCount()−1. */
    public RoutedChannel channel(int sub) {
        return new ChannelBuilder(sub).build();
    }

    /** Adapters between the MDIs of a routed channel (the MDI matings are not counted). */
    public int matedPairs(int sub) {
        return tiers.get(fabric.links().get(layout.subLink()[sub]).tierIndex()).matedPairs();
    }

    /** The link a routed channel belongs to. */
    public int linkOf(int sub) {
        return layout.subLink()[sub];
    }

    /** Total stock length of a routed channel's cables, metres, without building the channel. */
    public double channelLengthM(int sub) {
        int link = layout.subLink()[sub];
        TierPlant tp = tiers.get(fabric.links().get(link).tierIndex());
        if (tp.architecture() == Architecture.DIRECT) {
            return assemblyLengthM(tp, link);
        }
        int t = layout.subTrunk()[sub];
        double sum = lowerCordLengthM(tp, link, t) + trunkLengthM(t) + upperCordLengthM(tp, link, t);
        if (tp.architecture() == Architecture.CROSS_CONNECT) {
            sum += 2 * jumperLengthM(tp);
        }
        return sum;
    }

    /** Every violation: capacity first, then the per-channel checks in link order. Computed once. */
    public List<PlantViolation> violations() {
        List<PlantViolation> v = violations;
        if (v == null) {
            synchronized (this) {
                v = violations;
                if (v == null) {
                    List<PlantViolation> all = new ArrayList<>(capacityViolations);
                    all.addAll(PlantChecker.check(this));
                    v = Collections.unmodifiableList(all);
                    violations = v;
                }
            }
        }
        return v;
    }

    /** Counts of fibres, cables, panels, transceivers and mated pairs. Computed once. */
    public PlantCounts counts() {
        PlantCounts c = counts;
        if (c == null) {
            synchronized (this) {
                c = counts;
                if (c == null) {
                    c = PlantCounts.of(this);
                    counts = c;
                }
            }
        }
        return c;
    }

    /** The bill of materials priced from the catalog. Computed once. */
    public Bom bom() {
        Bom b = bom;
        if (b == null) {
            synchronized (this) {
                b = bom;
                if (b == null) {
                    b = Bom.of(this);
                    bom = b;
                }
            }
        }
        return b;
    }

    /** Physical cables per pathway edge (indexed by {@link PathwayEdge#id()}): every trunk, cord and assembly. */
    public int[] cablesPerEdge() {
        int[] counts = new int[pathways.edges().size()];
        for (int t = 0; t < layout.trunks(); t++) {
            add(counts, stackNode(layout.trunkNearStack()[t]), stackNode(layout.trunkFarStack()[t]), 1);
        }
        for (int s = 0; s < layout.subChannels(); s++) {
            int link = layout.subLink()[s];
            int t = layout.subTrunk()[s];
            int lower = layout.linkLowerNode()[link];
            int upper = layout.linkUpperNode()[link];
            if (t < 0) {
                add(counts, lower, upper, 1);
            } else {
                add(counts, lower, stackNode(layout.trunkNearStack()[t]), 1);
                add(counts, stackNode(layout.trunkFarStack()[t]), upper, 1);
            }
        }
        return counts;
    }

    private void add(int[] counts, int a, int b, int n) {
        for (int e : routes.route(a, b).edgeIds()) {
            counts[e] += n;
        }
    }

    // ---- cables ----

    /**
     * Visits every physical cable: trunks in id order, then per routed channel its cords, jumpers or assembly.
     * Ids: trunk t is {@code T(t+1)}; channel s has cords {@code C(2s+1)} (lower) and {@code C(2s+2)} (upper),
     * jumpers {@code J(2s+1)}, {@code J(2s+2)}, or assembly {@code D(s+1)}.
     */
    public void forEachCable(Consumer<PhysicalCable> visitor) {
        for (int t = 0; t < layout.trunks(); t++) {
            visitor.accept(trunkCable(t));
        }
        for (int s = 0; s < layout.subChannels(); s++) {
            ChannelBuilder b = new ChannelBuilder(s);
            b.cables().forEach(visitor);
        }
    }

    /** The physical trunk with index t. */
    public PhysicalCable trunkCable(int t) {
        TierPlant tp = tiers.get(layout.trunkTier()[t]);
        int near = layout.trunkNearStack()[t];
        int far = layout.trunkFarStack()[t];
        return new PhysicalCable(trunkId(t), CableKind.TRUNK, tp.tier().name(),
                stackPortLabel(near, layout.trunkNearStart()[t]), stackPortLabel(far, layout.trunkFarStart()[t]),
                tp.trunkPlug(), tp.trunkPlug(), tp.legs(), tp.trunkFibres(), tp.trunkType(), trunkLengthM(t),
                pathways.node(stackNode(near)).label(), pathways.node(stackNode(far)).label());
    }

    /** The trunk a routed channel crosses, −1 for a direct assembly. */
    public int trunkOf(int sub) {
        return layout.subTrunk()[sub];
    }

    /** Tier index of a trunk. */
    public int trunkTier(int t) {
        return layout.trunkTier()[t];
    }

    /** Slots (MDIs) in use on a trunk. */
    public int trunkSlotsUsed(int t) {
        return layout.trunkUsed()[t];
    }

    /** Stock length of a trunk, metres. */
    public double trunkLengthM(int t) {
        TierPlant tp = tiers.get(layout.trunkTier()[t]);
        double routed = routes.route(stackNode(layout.trunkNearStack()[t]), stackNode(layout.trunkFarStack()[t]))
                .lengthM();
        return tp.trunkBins().binFor(routed + 2 * tp.slackPerEndM());
    }

    double lowerCordLengthM(TierPlant tp, int link, int trunk) {
        double routed = routes.route(layout.linkLowerNode()[link], stackNode(layout.trunkNearStack()[trunk]))
                .lengthM();
        return tp.cordBins().binFor(routed + 2 * tp.slackPerEndM());
    }

    double upperCordLengthM(TierPlant tp, int link, int trunk) {
        double routed = routes.route(stackNode(layout.trunkFarStack()[trunk]), layout.linkUpperNode()[link])
                .lengthM();
        return tp.cordBins().binFor(routed + 2 * tp.slackPerEndM());
    }

    static double jumperLengthM(TierPlant tp) {
        return tp.jumperBins().binFor(2 * tp.slackPerEndM());
    }

    double assemblyLengthM(TierPlant tp, int link) {
        return tp.assemblyBins().binFor(routedLengthM(link) + 2 * tp.slackPerEndM());
    }

    // ---- panels ----

    /** Panel stacks (one tier's panels of one role at one location). */
    int stackCount() {
        return layout.stackTier().length;
    }

    PlantLayout layout() {
        return layout;
    }

    int stackNode(int stack) {
        return layout.stackNode()[stack];
    }

    String stackPortLabel(int stack, int port) {
        int ppp = tiers.get(layout.stackTier()[stack]).panels().portsPerPanel();
        String rack = pathways.node(stackNode(stack)).label();
        return Labels.port(rack, layout.stackPanelOffset()[stack] + port / ppp + 1, port % ppp + 1);
    }

    private String stackPortRange(int stack, int first, int count) {
        int ppp = tiers.get(layout.stackTier()[stack]).panels().portsPerPanel();
        return stackPortLabel(stack, first) + "-" + Labels.pad((first + count - 1) % ppp + 1, 2);
    }

    static String trunkId(int t) {
        return Labels.cable('T', t + 1L);
    }

    /** Port name of one MDI at one end of a link: {@code device:port}, with {@code /mdi} on multi-MDI modules. */
    static String mdiName(Device d, int port, int mdiOnModule, int mdisOnModule) {
        return d.id() + ":" + port + (mdisOnModule > 1 ? "/" + mdiOnModule : "");
    }

    /** Builds the labelled channel and cable rows of one routed channel. */
    private final class ChannelBuilder {
        private final int sub;
        private final int link;
        private final LogicalLink logical;
        private final TierPlant tp;
        private final Device lower;
        private final Device upper;
        private final String lowerPort;
        private final String upperPort;

        ChannelBuilder(int sub) {
            this.sub = sub;
            this.link = layout.subLink()[sub];
            this.logical = fabric.links().get(link);
            this.tp = tiers.get(logical.tierIndex());
            this.lower = fabric.device(logical.fromDeviceId());
            this.upper = fabric.device(logical.toDeviceId());
            int mdi = layout.subMdi()[sub];
            int m = tp.pmd().mdiConnectorCount();
            int breakout = tp.tier().breakout();
            int lane = logical.switchPortBreakoutLane();
            boolean lowerIsSwitch = lower.role() != DeviceRole.SERVER;
            this.lowerPort = mdiName(lower, logical.fromPort(), lowerIsSwitch ? (lane - 1) * m + mdi : mdi,
                    lowerIsSwitch ? breakout * m : m);
            this.upperPort = mdiName(upper, logical.toPort(), (lane - 1) * m + mdi, breakout * m);
        }

        RoutedChannel build() {
            List<ChannelElement> e = new ArrayList<>();
            List<PlantElement> info = new ArrayList<>();
            if (tp.architecture() == Architecture.DIRECT) {
                String id = Labels.cable('D', sub + 1L);
                e.add(tp.assembly("assembly " + id));
                info.add(new PlantElement(PlantElement.Kind.ASSEMBLY, "assembly " + id, id,
                        assemblyLengthM(tp, link), ""));
            } else {
                int t = layout.subTrunk()[sub];
                int nearStack = layout.trunkNearStack()[t];
                int farStack = layout.trunkFarStack()[t];
                int nearSlot = layout.subNearSlot()[sub];
                int farSlot = tp.farSlot(nearSlot);
                boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
                String lowerCordId = Labels.cable('C', 2L * sub + 1);
                cable(e, info, tp.lowerCord("cord " + lowerCordId), PlantElement.Kind.CORD, lowerCordId,
                        lowerCordLengthM(tp, link, t));
                if (xc) {
                    int xcStack = xcStackAt(nearStack);
                    adapter(e, info, "panel " + stackPortLabel(xcStack, layout.subNearXc()[sub]), Map.of(),
                            tp.adapterLossClass());
                    String j = Labels.cable('J', 2L * sub + 1);
                    cable(e, info, tp.lowerJumper("jumper " + j), PlantElement.Kind.JUMPER, j, jumperLengthM(tp));
                }
                int nearPort = layout.trunkNearStart()[t] + nearSlot;
                int farPort = layout.trunkFarStart()[t] + farSlot;
                if (tp.cassette() == null) {
                    adapter(e, info, "panel " + stackPortLabel(nearStack, nearPort), Map.of(1, nearSlot + 1),
                            tp.adapterLossClass());
                } else {
                    int f = tp.slotsPerCassette();
                    int r = tp.cassette().rearPorts();
                    int c = nearSlot / f;
                    String where = stackPortRange(nearStack, layout.trunkNearStart()[t] + c * f, f);
                    adapter(e, info, "cassette front " + stackPortLabel(nearStack, nearPort),
                            Map.of(1, nearSlot % f + 1), tp.cassetteLossClass());
                    e.add(tp.nearCassette("cassette " + where));
                    info.add(new PlantElement(PlantElement.Kind.CASSETTE, "cassette " + where, "", 0, ""));
                    Map<Integer, Integer> toLegs = new TreeMap<>();
                    for (int k = 1; k <= r; k++) {
                        toLegs.put(k, c * r + k);
                    }
                    adapter(e, info, "cassette rear " + where, toLegs, tp.cassetteLossClass());
                }
                String trunkId = trunkId(t);
                cable(e, info, tp.trunk("trunk " + trunkId), PlantElement.Kind.TRUNK, trunkId, trunkLengthM(t));
                if (tp.cassette() == null) {
                    adapter(e, info, "panel " + stackPortLabel(farStack, farPort), Map.of(farSlot + 1, 1),
                            tp.adapterLossClass());
                } else {
                    int f = tp.slotsPerCassette();
                    int r = tp.cassette().rearPorts();
                    int c = farSlot / f;
                    String where = stackPortRange(farStack, layout.trunkFarStart()[t] + c * f, f);
                    Map<Integer, Integer> fromLegs = new TreeMap<>();
                    for (int k = 1; k <= r; k++) {
                        fromLegs.put(c * r + k, k);
                    }
                    adapter(e, info, "cassette rear " + where, fromLegs, tp.cassetteLossClass());
                    e.add(tp.farCassette("cassette " + where));
                    info.add(new PlantElement(PlantElement.Kind.CASSETTE, "cassette " + where, "", 0, ""));
                    adapter(e, info, "cassette front " + stackPortLabel(farStack, farPort),
                            Map.of(farSlot % f + 1, 1), tp.cassetteLossClass());
                }
                if (xc) {
                    String j = Labels.cable('J', 2L * sub + 2);
                    cable(e, info, tp.upperJumper("jumper " + j), PlantElement.Kind.JUMPER, j, jumperLengthM(tp));
                    int xcStack = xcStackAt(farStack);
                    adapter(e, info, "panel " + stackPortLabel(xcStack, layout.subFarXc()[sub]), Map.of(),
                            tp.adapterLossClass());
                }
                String upperCordId = Labels.cable('C', 2L * sub + 2);
                cable(e, info, tp.upperCord("cord " + upperCordId), PlantElement.Kind.CORD, upperCordId,
                        upperCordLengthM(tp, link, t));
            }
            TransceiverPort near = transceiver(lowerPort);
            TransceiverPort far = transceiver(upperPort);
            return new RoutedChannel(logical.id(), link, layout.subMdi()[sub], sub, tp.tier().name(),
                    new Channel(e), info, near, far, tp.mdiLossClass(), tp.matedPairs());
        }

        private TransceiverPort transceiver(String label) {
            int[] tx = tp.pmd().txPositions().stream().mapToInt(Integer::intValue).toArray();
            int[] rx = tp.pmd().rxPositions().stream().mapToInt(Integer::intValue).toArray();
            TransceiverPort port = TransceiverPort.of(label, tx, rx);
            return tp.mdiPlug().isArray() ? port.withMdi(tp.mdiPlug()) : port;
        }

        private void cable(List<ChannelElement> e, List<PlantElement> info, Cable cable, PlantElement.Kind kind,
                String id, double lengthM) {
            e.add(cable);
            info.add(new PlantElement(kind, cable.label(), id, lengthM, ""));
        }

        private void adapter(List<ChannelElement> e, List<PlantElement> info, String label,
                Map<Integer, Integer> routing, String lossClass) {
            e.add(tp.adapter(label, routing));
            info.add(new PlantElement(PlantElement.Kind.ADAPTER, label, "", 0, lossClass));
        }

        /** The cables of this channel (not the trunk) as schedule rows. */
        List<PhysicalCable> cables() {
            List<PhysicalCable> out = new ArrayList<>();
            String tier = tp.tier().name();
            String lowerLabel = pathways.rack(lower.rack()).label() + "." + lowerPort;
            String upperLabel = pathways.rack(upper.rack()).label() + "." + upperPort;
            if (tp.architecture() == Architecture.DIRECT) {
                Cable a = tp.assembly("a");
                out.add(new PhysicalCable(Labels.cable('D', sub + 1L), CableKind.ASSEMBLY, tier, lowerLabel,
                        upperLabel, a.endA(), a.endB(), 1, a.endA().fibreCount(), a.type(),
                        assemblyLengthM(tp, link), lowerPort, upperPort));
                return out;
            }
            int t = layout.subTrunk()[sub];
            int nearStack = layout.trunkNearStack()[t];
            int farStack = layout.trunkFarStack()[t];
            int nearSlot = layout.subNearSlot()[sub];
            String nearFront = stackPortLabel(nearStack, layout.trunkNearStart()[t] + nearSlot);
            String farFront = stackPortLabel(farStack, layout.trunkFarStart()[t] + tp.farSlot(nearSlot));
            boolean xc = tp.architecture() == Architecture.CROSS_CONNECT;
            String nearPanel = xc ? stackPortLabel(xcStackAt(nearStack), layout.subNearXc()[sub]) : nearFront;
            String farPanel = xc ? stackPortLabel(xcStackAt(farStack), layout.subFarXc()[sub]) : farFront;
            Cable lc = tp.lowerCord("c");
            out.add(new PhysicalCable(Labels.cable('C', 2L * sub + 1), CableKind.CORD, tier, lowerLabel, nearPanel,
                    lc.endA(), lc.endB(), 1, lc.endA().fibreCount(), lc.type(), lowerCordLengthM(tp, link, t),
                    lowerPort, ""));
            if (xc) {
                Cable lj = tp.lowerJumper("j");
                Cable uj = tp.upperJumper("j");
                out.add(new PhysicalCable(Labels.cable('J', 2L * sub + 1), CableKind.JUMPER, tier, nearPanel,
                        nearFront, lj.endA(), lj.endB(), 1, lj.endA().fibreCount(), lj.type(), jumperLengthM(tp),
                        "", ""));
                out.add(new PhysicalCable(Labels.cable('J', 2L * sub + 2), CableKind.JUMPER, tier, farFront,
                        farPanel, uj.endA(), uj.endB(), 1, uj.endA().fibreCount(), uj.type(), jumperLengthM(tp),
                        "", ""));
            }
            Cable uc = tp.upperCord("c");
            out.add(new PhysicalCable(Labels.cable('C', 2L * sub + 2), CableKind.CORD, tier, farPanel, upperLabel,
                    uc.endA(), uc.endB(), 1, uc.endA().fibreCount(), uc.type(), upperCordLengthM(tp, link, t), "",
                    upperPort));
            return out;
        }
    }

    /** The cross-connect stack at the same location and tier as a trunk stack. */
    private int xcStackAt(int trunkStack) {
        Integer xc = xcStacks().get(trunkStack);
        if (xc == null) {
            throw new IllegalStateException("no cross-connect panels beside stack " + trunkStack);
        }
        return xc;
    }

    private volatile Map<Integer, Integer> xcByTrunkStack;

    private Map<Integer, Integer> xcStacks() {
        Map<Integer, Integer> m = xcByTrunkStack;
        if (m == null) {
            Map<Long, Integer> xcAt = new HashMap<>();
            for (int s = 0; s < stackCount(); s++) {
                if (layout.stackCrossConnect()[s]) {
                    xcAt.put(((long) layout.stackTier()[s] << 32) | layout.stackNode()[s], s);
                }
            }
            m = new HashMap<>();
            for (int s = 0; s < stackCount(); s++) {
                if (!layout.stackCrossConnect()[s]) {
                    Integer xc = xcAt.get(((long) layout.stackTier()[s] << 32) | layout.stackNode()[s]);
                    if (xc != null) {
                        m.put(s, xc);
                    }
                }
            }
            xcByTrunkStack = m;
        }
        return m;
    }

    /** The routed channel of a link's MDI (1-based), if the link is cabled. */
    public Optional<RoutedChannel> channelOf(int link, int mdi) {
        List<RoutedChannel> list = channels(link);
        return mdi >= 1 && mdi <= list.size() ? Optional.of(list.get(mdi - 1)) : Optional.empty();
    }
}
