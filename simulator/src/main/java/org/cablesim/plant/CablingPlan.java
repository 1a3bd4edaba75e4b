package org.cablesim.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.cablesim.catalog.Catalog;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.RackSpec;
import org.cablesim.scenario.TraySpec;
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
    private final RackSpec racks;
    private final TraySpec trays;
    private final Lazy<PathwayFill> fill;
    private final Lazy<List<PlantViolation>> violations;
    private volatile boolean[] brokenLinks;
    private final Map<Integer, ChannelShape> shapes = new java.util.concurrent.ConcurrentHashMap<>();
    final Lazy<RackElevations> elevations = new Lazy<>(() -> RackElevations.compute(this));
    private final Lazy<PlantCounts> counts = new Lazy<>(() -> PlantCounts.of(this));
    private final Lazy<Bom> bom = new Lazy<>(() -> Bom.of(this));
    private final PlanLengths lengths;

    CablingPlan(String planName, LogicalFabric fabric, Catalog catalog, CapacityPolicy policy, List<TierPlant> tiers,
            PathwayGraph pathways, RouteTable routes, PlantLayout layout, List<PlantViolation> capacityViolations,
            RackSpec racks, TraySpec trays) {
        this.racks = Objects.requireNonNull(racks, "racks");
        this.trays = Objects.requireNonNull(trays, "trays");
        this.planName = Objects.requireNonNull(planName, "planName");
        this.fabric = fabric;
        this.catalog = catalog;
        this.policy = policy;
        this.tiers = List.copyOf(tiers);
        this.pathways = pathways;
        this.routes = routes;
        this.layout = layout;
        this.capacityViolations = List.copyOf(capacityViolations);
        this.lengths = new PlanLengths(this, routes);
        this.fill = new Lazy<>(() -> PathwayFill.of(this, routes, trays));
        this.violations = new Lazy<>(() -> {
            List<PlantViolation> all = new ArrayList<>(this.capacityViolations);
            all.addAll(RackElevations.of(this).violations());
            all.addAll(pathwayFill().violations());
            all.addAll(PlantChecker.check(this));
            return Collections.unmodifiableList(all);
        });
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

    /** The floor's racks: height, equipment sizes, power budget, overflow rule, names. */
    public RackSpec racks() {
        return racks;
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

    /** Whether a link is cabled with a copper cable (no optical channel). */
    public boolean isCopper(int link) {
        return tiers.get(fabric.links().get(link).tierIndex()).copper() != null;
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
        return lengths.channelLengthM(sub);
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
        return PlanOptics.optical(this, sub, countTransceiverMatedPairs);
    }

    /**
     * The optical view of a channel as the operating plant has it: {@link #optical} for a sound link; for a link
     * broken by design, the channel as rebuilt by its design rework (see {@link PlanOptics#operating}).
     */
    public org.cablesim.optics.OpticalChannel operatingOptical(int sub, boolean countTransceiverMatedPairs) {
        return PlanOptics.operating(this, sub, countTransceiverMatedPairs);
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

    /** Every violation: capacity first, then rack space (by rack), tray fill (by segment), then the per-channel checks in link order. Computed once. */
    public List<PlantViolation> violations() {
        return violations.get();
    }

    /** Counts of fibres, cables, panels, transceivers and mated pairs. Computed once. */
    public PlantCounts counts() {
        return counts.get();
    }

    /** The bill of materials priced from the catalog. Computed once. */
    public Bom bom() {
        return bom.get();
    }

    /** The fill of every pathway segment against its cross-section and the floor's fill limit. Computed once. */
    public PathwayFill pathwayFill() {
        return fill.get();
    }

    /** Physical cables per pathway edge (indexed by {@link PathwayEdge#id()}): every trunk, cord and assembly. */
    public int[] cablesPerEdge() {
        return PlanCables.perEdge(this, routes);
    }

    /** The pathway routes between pathway nodes, one per rack pair (cached by the router). */
    RouteTable routeTable() {
        return routes;
    }

    /**
     * Visits every physical cable: trunks in id order, then per routed channel its cords, jumpers or assembly.
     * Ids: trunk t is {@code T(t+1)}; channel s has cords {@code C(2s+1)} (lower) and {@code C(2s+2)} (upper),
     * jumpers {@code J(2s+1)}, {@code J(2s+2)}, or assembly {@code D(s+1)}; harness h is {@code H(h+1)}, listed
     * with the channel on its leg 1 in place of that channel's cord (or assembly).
     */
    public void forEachCable(Consumer<PhysicalCable> visitor) {
        PlanCables.forEach(this, visitor);
    }

    /** The physical trunk with index t. */
    public PhysicalCable trunkCable(int t) {
        return PlanCables.trunk(this, t);
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
        return lengths.trunkLengthM(t);
    }

    double lowerCordLengthM(TierPlant tp, int link, int trunk) {
        return lengths.lowerCordLengthM(tp, link, trunk);
    }

    double upperCordLengthM(TierPlant tp, int link, int trunk) {
        return lengths.upperCordLengthM(tp, link, trunk);
    }

    static double jumperLengthM(TierPlant tp) {
        return PlanLengths.jumperLengthM(tp);
    }

    double assemblyLengthM(TierPlant tp, int link) {
        return lengths.assemblyLengthM(tp, link);
    }

    /** Harnesses in the plant: one per port split by a harness. */
    public int harnessCount() {
        return layout.harnesses();
    }

    /** Tier index of a harness. */
    public int harnessTier(int h) {
        return layout.harnessTier()[h];
    }

    /** Stock length of a harness, metres (see {@link PlanLengths#harnessLengthM}). */
    public double harnessLengthM(int h) {
        return lengths.harnessLengthM(h);
    }

    /** The harness at the lower (NEAR) or upper (FAR) end of a channel, −1 when that port is not split by one. */
    public int harnessOf(int sub, TrunkSide side) {
        return side == TrunkSide.NEAR ? layout.subLowerHarness()[sub] : layout.subUpperHarness()[sub];
    }

    int stackCount() {
        return layout.stackTier().length;
    }

    PlantLayout layout() {
        return layout;
    }

    int stackNode(int stack) {
        return layout.stackNode()[stack];
    }

    /** The id of trunk {@code t}, e.g. {@code T000001}. */
    public static String trunkId(int t) {
        return Labels.cable('T', t + 1L);
    }
    private volatile Map<Integer, Integer> xcByTrunkStack;

    /** The cross-connect stack at the same location and tier as a trunk stack. */
    int xcStackAt(int trunkStack) {
        Map<Integer, Integer> m = xcByTrunkStack;
        if (m == null) {
            m = PlanCables.crossConnectStacks(layout);
            xcByTrunkStack = m;
        }
        return Objects.requireNonNull(m.get(trunkStack), () -> "no cross-connect panels beside " + trunkStack);
    }

    /** The resolved channel of a link's MDI (1-based), if the link is cabled. */
    public Optional<ResolvedChannel> channelOf(int link, int mdi) {
        List<ResolvedChannel> list = channels(link);
        return mdi >= 1 && mdi <= list.size() ? Optional.of(list.get(mdi - 1)) : Optional.empty();
    }
}
