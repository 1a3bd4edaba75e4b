package org.cablesim.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.ReflectanceLimit;
import org.cablesim.montecarlo.ConnectionSpec;
import org.cablesim.montecarlo.LinkChannel;
import org.cablesim.montecarlo.ReflectanceRule;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.PlantElement;
import org.cablesim.plant.RoutedChannel;
import org.cablesim.plant.TierPlant;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.Junction;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.polarity.PluggedElement;
import org.cablesim.polarity.PortPosition;

/**
 * Turns a routed plan into the loss engine's input: one {@link LinkChannel} per routed channel.
 *
 * <ul>
 *   <li><b>Lanes</b>: every lit fibre of the channel (the near MDI's Tx lanes traced forward and the far MDI's
 *       traced back, one per fibre: a link works only if both directions do), in that order. Fibres whose
 *       trace is lost on the way (a fibre-count or polarity fault, reported by the checks) are left out.</li>
 *   <li><b>Connections</b>: one per adapter between the MDIs (panel, cross-connect, cassette front and rear),
 *       plus the two MDI matings when {@code countTransceiverMatedPairs}. Element type
 *       {@code <tier>/<role>-<near|far>/<loss class>} with role {@code panel}, {@code xc},
 *       {@code cassette-front}, {@code cassette-rear} (from the adapter's neighbours) or {@code mdi}; near/far
 *       is the side of the trunk. The type is the class signature and the common-random-number key, so plans
 *       that put the same loss class at the same place draw the same losses there.</li>
 *   <li><b>Lane positions</b>: the 0-based ferrule position of each lane on the plug arriving at the adapter;
 *       a multi-leg adapter (a cassette's rear) numbers the legs the channel uses 0, 1, … and a lane on leg
 *       k at position q sits at k·positions + q.</li>
 *   <li><b>Model</b> from the loss class ({@link LossClassModels}); <b>reflectance</b> the catalog's for the
 *       polish of the two plugs (the worse of the two) and the fibre kind.</li>
 *   <li><b>Fixed loss</b>: the fibre type's attenuation × the channel's length (stock lengths of its cables);
 *       no splices or cassette-internal losses are in the plant or catalog, so the other fixed losses are 0.</li>
 *   <li><b>Budget</b>: the PMD's channel budget on the tier's fibre; <b>reflectance rule</b>: the PMD's table
 *       (none when it has no table).</li>
 * </ul>
 * A channel is left out (and with it its whole link) when its PMD does not run on its fibre, a mated pair has
 * no loss class in the catalog, or no lane reaches the far end.
 */
public final class PlanLossInputs {
    private final Catalog catalog;
    private final boolean countTransceiverMatedPairs;
    private final Map<String, MatedPairLossModel> models = new HashMap<>();
    private final Map<List<ConnectionSpec>, List<ConnectionSpec>> interned = new HashMap<>();

    /**
     * The inputs of one plan.
     *
     * @param channels      one per estimated routed channel, in link order and MDI order within a link
     * @param linkOfChannel index (in the fabric's link list) of each channel's link
     * @param links         logical links in the plan
     * @param skipped       links left out, by reason
     */
    public record Inputs(List<LinkChannel> channels, int[] linkOfChannel, int links, Map<String, Integer> skipped) {
        public Inputs {
            channels = List.copyOf(channels);
            linkOfChannel = linkOfChannel.clone();
            skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
            if (linkOfChannel.length != channels.size()) {
                throw new IllegalArgumentException("one link index per channel");
            }
        }

        /** @return a copy of each channel's link index */
        @Override
        public int[] linkOfChannel() {
            return linkOfChannel.clone();
        }

        /** @return the link index of one channel, without copying */
        public int linkOf(int channel) {
            return linkOfChannel[channel];
        }
    }

    /**
     * @param catalog                    the effective catalog (loss and reflectance classes)
     * @param countTransceiverMatedPairs whether the two MDI matings count against the budget
     */
    public PlanLossInputs(Catalog catalog, boolean countTransceiverMatedPairs) {
        this.catalog = catalog;
        this.countTransceiverMatedPairs = countTransceiverMatedPairs;
    }

    /**
     * Builds the channels of every cabled link of {@code plan}.
     *
     * @param plan the routed plan
     * @return the inputs
     */
    public Inputs of(CablingPlan plan) {
        List<LinkChannel> channels = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        // Channels of one shape differ only in labels and lengths: build one, then re-use it with each length.
        Map<Integer, Built> byShape = new HashMap<>();
        for (int l = 0; l < plan.linkCount(); l++) {
            int count = plan.channelCount(l);
            if (count == 0) {
                skipped.merge("not cabled", 1, Integer::sum);
                continue;
            }
            TierPlant tier = plan.tiers().get(plan.fabric().links().get(l).tierIndex());
            String linkId = plan.fabric().links().get(l).id();
            List<LinkChannel> built = new ArrayList<>(count);
            String reason = null;
            for (int k = 0; k < count; k++) {
                int sub = plan.firstChannel(l) + k;
                Built template = byShape.computeIfAbsent(plan.shapeOf(sub), s -> build("shape", plan.channel(sub), tier));
                if (template.channel() == null) {
                    reason = template.reason();
                    break;
                }
                LinkChannel t = template.channel();
                String id = count == 1 ? linkId : linkId + "/" + (char) ('a' + k);
                built.add(new LinkChannel(id, t.tier(), t.lanes(), t.connections(), plan.channelLengthM(sub),
                        t.attenuationDbPerKm(), t.otherFixedLossDbPerLane(), t.budgetDb(), t.rule()));
            }
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            for (LinkChannel c : built) {
                channels.add(c);
                links.add(l);
            }
        }
        return new Inputs(channels, links.stream().mapToInt(Integer::intValue).toArray(), plan.linkCount(), skipped);
    }

    /**
     * A built channel, or why it could not be built.
     *
     * @param channel the channel, or null when it could not be built
     * @param reason  empty when built, else why not (a {@code notEstimated} reason of summary.json)
     */
    public record Built(LinkChannel channel, String reason) {
    }

    /**
     * Builds one routed channel's input.
     *
     * @param id   the channel's id (the link id, with {@code /a}, {@code /b} … per MDI of a multi-MDI link)
     * @param rc   the routed channel
     * @param tier the resolved cabling of its tier
     * @return the channel, or a reason it was left out
     */
    public Built build(String id, RoutedChannel rc, TierPlant tier) {
        Pmd pmd = tier.pmd();
        FibreType fibre = tier.fibre();
        Optional<Double> budget = pmd.reach(fibre.id()).map(r -> pmd.channelBudgetDb(fibre.id()));
        if (budget.isEmpty()) {
            return new Built(null, "PMD does not run on the fibre");
        }
        List<LaneTrace> lanes = fibres(rc);
        if (lanes.isEmpty()) {
            return new Built(null, "no lane reaches the far end");
        }
        int n = rc.channel().size();
        int trunk = trunkIndex(rc);
        List<ConnectionSpec> specs = new ArrayList<>();
        if (countTransceiverMatedPairs) {
            ConnectionSpec near = mdi(rc, tier, fibre, lanes, true);
            if (near == null) {
                return new Built(null, "a mated pair has no loss class");
            }
            specs.add(near);
        }
        for (int i = 0; i < n; i++) {
            if (!(rc.channel().get(i) instanceof Junction)) {
                continue;
            }
            PlantElement e = rc.elements().get(i);
            if (e.lossClassId().isEmpty()) {
                return new Built(null, "a mated pair has no loss class");
            }
            String side = i < trunk ? "near" : "far";
            String type = rc.tierName() + "/" + role(rc, i) + "-" + side + "/" + e.lossClassId();
            specs.add(adapter(rc, i, type, e.lossClassId(), fibre, lanes));
        }
        if (countTransceiverMatedPairs) {
            specs.add(mdi(rc, tier, fibre, lanes, false));
        }
        List<ConnectionSpec> shared = interned.computeIfAbsent(List.copyOf(specs), k -> k);
        return new Built(new LinkChannel(id, rc.tierName(), lanes.size(), shared, rc.lengthM(),
                fibre.attenuationDbPerKm(), new double[lanes.size()], budget.get(), rule(pmd)), "");
    }

    /** The PMD's reflectance table as a rule (none without a table). */
    static ReflectanceRule rule(Pmd pmd) {
        List<ReflectanceLimit> table = pmd.reflectanceTable();
        if (table.isEmpty()) {
            return ReflectanceRule.none();
        }
        int[] counts = table.stream().mapToInt(ReflectanceLimit::maxCount).toArray();
        double[] each = table.stream().mapToDouble(ReflectanceLimit::maxEachDb).toArray();
        return new ReflectanceRule(counts, each, pmd.reflectanceCountedAboveDb());
    }

    /** Complete lane traces, one per fibre (the near-side slot names the fibre). */
    private static List<LaneTrace> fibres(RoutedChannel rc) {
        List<LaneTrace> out = new ArrayList<>();
        java.util.Set<PortPosition> seen = new java.util.HashSet<>();
        for (LaneTrace t : rc.laneTraces()) {
            if (!t.complete()) {
                continue;
            }
            if (seen.add(t.forward() ? t.start() : t.end().orElseThrow())) {
                out.add(t);
            }
        }
        return out;
    }

    private static int trunkIndex(RoutedChannel rc) {
        for (int i = 0; i < rc.elements().size(); i++) {
            PlantElement.Kind k = rc.elements().get(i).kind();
            if (k == PlantElement.Kind.TRUNK || k == PlantElement.Kind.ASSEMBLY) {
                return i;
            }
        }
        return rc.elements().size();
    }

    /** The adapter's role from the kinds of its two neighbours. */
    private static String role(RoutedChannel rc, int i) {
        PlantElement.Kind before = rc.elements().get(i - 1).kind();
        PlantElement.Kind after = rc.elements().get(i + 1).kind();
        boolean cassette = before == PlantElement.Kind.CASSETTE || after == PlantElement.Kind.CASSETTE;
        boolean trunk = before == PlantElement.Kind.TRUNK || after == PlantElement.Kind.TRUNK;
        boolean jumper = before == PlantElement.Kind.JUMPER || after == PlantElement.Kind.JUMPER;
        if (cassette) {
            return trunk ? "cassette-rear" : "cassette-front";
        }
        if (trunk) {
            return "panel";
        }
        return jumper ? "xc" : "adapter";
    }

    /** The slot of a lane on the near side of junction i (on element i−1's far plug). */
    private static PortPosition slotBefore(LaneTrace t, int i, int n) {
        return t.forward() ? t.afterEach().get(i - 1) : t.afterEach().get(n - 1 - i);
    }

    private ConnectionSpec adapter(RoutedChannel rc, int i, String type, String lossClass, FibreType fibre,
            List<LaneTrace> lanes) {
        int n = rc.channel().size();
        PluggedElement before = (PluggedElement) rc.channel().get(i - 1);
        PluggedElement after = (PluggedElement) rc.channel().get(i + 1);
        TreeSet<Integer> ports = new TreeSet<>();
        for (LaneTrace t : lanes) {
            ports.add(slotBefore(t, i, n).port());
        }
        List<Integer> portOrder = new ArrayList<>(ports);
        ConnectorEnd arriving = before.farEnd(portOrder.get(0));
        int perPort = arriving.positions();
        int[] positionOfLane = new int[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            PortPosition s = slotBefore(lanes.get(l), i, n);
            positionOfLane[l] = portOrder.indexOf(s.port()) * perPort + s.position() - 1;
        }
        double reflectance = Math.max(reflectance(arriving.polish(), fibre), reflectance(after.nearEnd(1).polish(), fibre));
        return new ConnectionSpec(type, model(lossClass, fibre), perPort * portOrder.size(), positionOfLane, reflectance);
    }

    private ConnectionSpec mdi(RoutedChannel rc, TierPlant tier, FibreType fibre, List<LaneTrace> lanes, boolean near) {
        String lossClass = rc.mdiLossClassId();
        if (lossClass.isEmpty()) {
            return null;
        }
        int n = rc.channel().size();
        ConnectorEnd plug = near ? rc.channel().first().nearEnd(rc.near().port()) : rc.channel().last().farEnd(rc.far().port());
        int[] positionOfLane = new int[lanes.size()];
        for (int l = 0; l < lanes.size(); l++) {
            LaneTrace t = lanes.get(l);
            PortPosition s = near == t.forward() ? t.start() : t.afterEach().get(n - 1);
            positionOfLane[l] = s.position() - 1;
        }
        double reflectance = Math.max(reflectance(plug.polish(), fibre), reflectance(tier.mdiPlug().polish(), fibre));
        String type = rc.tierName() + "/mdi-" + (near ? "near" : "far") + "/" + lossClass;
        return new ConnectionSpec(type, model(lossClass, fibre), plug.positions(), positionOfLane, reflectance);
    }

    private double reflectance(org.cablesim.catalog.Polish polish, FibreType fibre) {
        return catalog.reflectanceFor(polish, fibre.kind()).maxReflectanceDb();
    }

    private MatedPairLossModel model(String lossClass, FibreType fibre) {
        return models.computeIfAbsent(lossClass + "@" + fibre.id(),
                k -> LossClassModels.of(catalog.lossClass(lossClass), fibre));
    }
}
