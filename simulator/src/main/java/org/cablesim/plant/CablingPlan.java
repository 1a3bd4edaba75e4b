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
    private volatile boolean[] brokenLinks;
    private final java.util.concurrent.ConcurrentHashMap<Integer, ChannelShape> shapes =
            new java.util.concurrent.ConcurrentHashMap<>();
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
        return tiers.get(fabric.links().get(link).tierIndex()).channelsPerLink();
    }

    /** Length of the shortest pathway between a link's two device racks, metres (0 inside one rack). */
    public double routedLengthM(int link) {
        return routes.route(layout.linkLowerNode()[link], layout.linkUpperNode()[link]).lengthM();
    }

    /** The resolved channels of a link, one per MDI; empty when the link is not cabled. */
    public List<ResolvedChannel> channels(int link) {
        int first = layout.linkFirstSub()[link];
        if (first < 0) {
            return List.of();
        }
        List<ResolvedChannel> out = new ArrayList<>();
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
     * shape is the tier, the link's lanes on its two ports (which harness leg or MDI it uses) and the trunk slot the
     * channel uses (the far slot follows from the near one).
     */
    public int shapeOf(int sub) {
        LogicalLink link = fabric.links().get(layout.subLink()[sub]);
        TierPlant tp = tiers.get(link.tierIndex());
        int slot = tp.architecture() == Architecture.DIRECT ? 0 : layout.subNearSlot()[sub] + 1;
        // Links of a split port light different positions (harness legs, MDIs): their lanes are part of the shape.
        int lanes = (link.lowerPortLane() - 1) * 8 + link.switchPortBreakoutLane() - 1;
        return (tp.index() << 28) | (lanes << 20) | slot;
    }

    /** The resolved channel with a given index, 0..subChannelCount()−1, built on demand. */
    public ResolvedChannel channel(int sub) {
        return new ChannelAssembler(this, sub).build();
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
        int lowerHarness = layout.subLowerHarness()[sub];
        int upperHarness = layout.subUpperHarness()[sub];
        if (tp.architecture() == Architecture.DIRECT) {
            int h = Math.max(lowerHarness, upperHarness);
            return h >= 0 ? harnessLengthM(h) : assemblyLengthM(tp, link);
        }
        int t = layout.subTrunk()[sub];
        double sum = (lowerHarness >= 0 ? harnessLengthM(lowerHarness) : lowerCordLengthM(tp, link, t))
                + trunkLengthM(t) + (upperHarness >= 0 ? harnessLengthM(upperHarness) : upperCordLengthM(tp, link, t));
        if (tp.architecture() == Architecture.CROSS_CONNECT) {
            sum += 2 * jumperLengthM(tp);
        }
        return sum;
    }

    /**
     * The facts shared by every channel of a channel's shape (lit fibres, polarity findings, optical connections),
     * computed once per shape.
     */
    public ChannelShape shape(int sub) {
        int id = shapeOf(sub);
        ChannelShape s = shapes.get(id);
        if (s == null) {
            ResolvedChannel example = channel(sub);
            s = ChannelShape.of(id, example, CHECKER.get().check(example.polarityChannel(), example.near().port(),
                    example.far().port()));
            ChannelShape raced = shapes.putIfAbsent(id, s);
            s = raced == null ? s : raced;
        }
        return s;
    }

    private static final ThreadLocal<org.cablesim.polarity.ChannelChecker> CHECKER =
            ThreadLocal.withInitial(org.cablesim.polarity.ChannelChecker::new);

    /**
     * The optical view of a channel, which the loss engine and the lifecycle simulation both read; empty when its
     * link is broken by design (it fails whatever its losses, see {@link #isBrokenByDesign}).
     *
     * @param sub                        the channel
     * @param countTransceiverMatedPairs whether the two MDI matings count against the budget
     */
    public Optional<org.cablesim.optics.OpticalChannel> optical(int sub, boolean countTransceiverMatedPairs) {
        int link = linkOf(sub);
        if (isBrokenByDesign(link)) {
            return Optional.empty();
        }
        ChannelShape shape = shape(sub);
        TierPlant tp = tiers.get(fabric.links().get(link).tierIndex());
        int count = channelCount(link);
        String id = count == 1 ? fabric.links().get(link).id()
                : fabric.links().get(link).id() + "/" + (char) ('a' + sub - firstChannel(link));
        int lanes = shape.litFibres().size();
        return Optional.of(new org.cablesim.optics.OpticalChannel(id, tp.tier().name(), lanes,
                shape.connections(countTransceiverMatedPairs), channelLengthM(sub), tp.fibre().attenuationDbPerKm(),
                new double[lanes], tp.budget().budgetDb().getAsDouble(), tp.budget().reflectanceRule()));
    }

    /**
     * The optical view of a channel as the operating plant has it: {@link #optical} for a sound link; for a link
     * broken by design, the channel as rebuilt by its design rework (the PMD's lit fibres on the same mated pairs,
     * in order, and {@link ChannelBudget#rebuiltBudgetDb}).
     */
    public org.cablesim.optics.OpticalChannel operatingOptical(int sub, boolean countTransceiverMatedPairs) {
        Optional<org.cablesim.optics.OpticalChannel> sound = optical(sub, countTransceiverMatedPairs);
        if (sound.isPresent()) {
            return sound.get();
        }
        int link = linkOf(sub);
        TierPlant tp = tiers.get(fabric.links().get(link).tierIndex());
        ResolvedChannel rc = channel(sub);
        int lanes = tp.litFibresPerMdi();
        double lengthM = channelLengthM(sub);
        double budgetDb = ChannelBudget.rebuiltBudgetDb(ChannelBudget.governing(tp.lowerPmd(), tp.pmd(), tp.fibre()),
                tp.fibre(), tp.budget().fibreLossDb(lengthM));
        String id = channelCount(link) == 1 ? rc.linkId() : rc.linkId() + "/" + (char) ('a' + rc.mdi() - 1);
        return new org.cablesim.optics.OpticalChannel(id, tp.tier().name(), lanes,
                OpticalView.inOrder(rc, lanes, countTransceiverMatedPairs), lengthM, tp.fibre().attenuationDbPerKm(),
                new double[lanes], budgetDb, tp.budget().reflectanceRule());
    }

    /**
     * Whether a cabled link is broken by design: one of its channels has a violation that fails Tier-1 certification
     * whatever its losses (polarity, gender, key, polish, fibre count, fibre type, reach, budget).
     */
    public boolean isBrokenByDesign(int link) {
        boolean[] b = brokenLinks;
        if (b == null) {
            b = new boolean[linkCount()];
            java.util.Map<String, Integer> index = new java.util.HashMap<>();
            for (int l = 0; l < linkCount(); l++) {
                index.put(fabric.links().get(l).id(), l);
            }
            for (PlantViolation v : violations()) {
                if (v.kind().breaksLink()) {
                    b[index.get(v.linkId())] = true;
                }
            }
            brokenLinks = b;
        }
        return b[link];
    }

    /** Cabled links broken by design (see {@link #isBrokenByDesign}). */
    public int linksBrokenByDesign() {
        int n = 0;
        for (int l = 0; l < linkCount(); l++) {
            if (isBrokenByDesign(l)) {
                n++;
            }
        }
        return n;
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
     * jumpers {@code J(2s+1)}, {@code J(2s+2)}, or assembly {@code D(s+1)}; harness h is {@code H(h+1)}, listed
     * with the channel on its leg 1 in place of that channel's cord (or assembly).
     */
    public void forEachCable(Consumer<PhysicalCable> visitor) {
        for (int t = 0; t < layout.trunks(); t++) {
            visitor.accept(trunkCable(t));
        }
        for (int s = 0; s < layout.subChannels(); s++) {
            CableRows.of(channel(s), tiers.get(fabric.links().get(layout.subLink()[s]).tierIndex()))
                    .forEach(visitor);
        }
    }

    /** The physical trunk with index t. */
    public PhysicalCable trunkCable(int t) {
        TierPlant tp = tiers.get(layout.trunkTier()[t]);
        int near = layout.trunkNearStack()[t];
        int far = layout.trunkFarStack()[t];
        return new PhysicalCable(trunkId(t), ElementKind.TRUNK, tp.tier().name(),
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

    private volatile double[] harnessLengths;

    /** Harnesses in the plant: one per port split by a harness. */
    public int harnessCount() {
        return layout.harnesses();
    }

    /** Tier index of a harness. */
    public int harnessTier(int h) {
        return layout.harnessTier()[h];
    }

    /**
     * Stock length of a harness, metres: the longest cord (or, with {@code direct}, assembly) any of its legs'
     * channels needs, since every leg of one harness is bought at one length.
     */
    public double harnessLengthM(int h) {
        double[] lengths = harnessLengths;
        if (lengths == null) {
            lengths = new double[layout.harnesses()];
            for (int s = 0; s < layout.subChannels(); s++) {
                int link = layout.subLink()[s];
                TierPlant tp = tiers.get(fabric.links().get(link).tierIndex());
                int t = layout.subTrunk()[s];
                boolean direct = tp.architecture() == Architecture.DIRECT;
                int lower = layout.subLowerHarness()[s];
                int upper = layout.subUpperHarness()[s];
                if (lower >= 0) {
                    lengths[lower] = Math.max(lengths[lower], direct ? assemblyLengthM(tp, link)
                            : lowerCordLengthM(tp, link, t));
                }
                if (upper >= 0) {
                    lengths[upper] = Math.max(lengths[upper], direct ? assemblyLengthM(tp, link)
                            : upperCordLengthM(tp, link, t));
                }
            }
            harnessLengths = lengths;
        }
        return lengths[h];
    }

    /** The harness at the lower (NEAR) or upper (FAR) end of a channel, −1 when that port is not split by one. */
    public int harnessOf(int sub, TrunkSide side) {
        return side == TrunkSide.NEAR ? layout.subLowerHarness()[sub] : layout.subUpperHarness()[sub];
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

    /** The label of a port of a panel stack, e.g. {@code R003-12.P01.05}. */
    String stackPortLabel(int stack, int port) {
        int ppp = tiers.get(layout.stackTier()[stack]).panels().portsPerPanel();
        String rack = pathways.node(stackNode(stack)).label();
        return Labels.port(rack, layout.stackPanelOffset()[stack] + port / ppp + 1, port % ppp + 1);
    }

    /** A block of ports of one panel, e.g. {@code R003-12.P01.01-03}. */
    String stackPortRange(int stack, int first, int count) {
        int ppp = tiers.get(layout.stackTier()[stack]).panels().portsPerPanel();
        return stackPortLabel(stack, first) + "-" + Labels.pad((first + count - 1) % ppp + 1, 2);
    }

    static String trunkId(int t) {
        return Labels.cable('T', t + 1L);
    }

    /** The cross-connect stack at the same location and tier as a trunk stack. */
    int xcStackAt(int trunkStack) {
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

    /** The resolved channel of a link's MDI (1-based), if the link is cabled. */
    public Optional<ResolvedChannel> channelOf(int link, int mdi) {
        List<ResolvedChannel> list = channels(link);
        return mdi >= 1 && mdi <= list.size() ? Optional.of(list.get(mdi - 1)) : Optional.empty();
    }
}
