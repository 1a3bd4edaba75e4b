package org.cablesim.plant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cablesim.polarity.Channel;
import org.cablesim.polarity.ChannelElement;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.polarity.LaneTracer;
import org.cablesim.polarity.PortPosition;

/**
 * The one resolved model of a routed channel: one MDI of one logical link, from the near transceiver's MDI through
 * every cable, mated pair and cassette to the far one's, each element with its physical facts resolved once against
 * the effective catalog. Checks, counts, the loss engine, the lifecycle and upgrade feasibility all read this model.
 * A twin-port link has one resolved channel per MDI.
 *
 * @param linkId     the logical link's id
 * @param linkIndex  the link's index in the fabric's link list, ≥ 0
 * @param mdi        MDI number within the link, 1-based
 * @param index      the channel's index in the plan (0-based, dense)
 * @param tierIndex  index of the fabric tier, ≥ 0
 * @param tierName   the fabric tier's name
 * @param near       the lower device's MDI end
 * @param elements   cables, mated pairs and cassettes in near-to-far order (alternating plugged elements and
 *                   junctions, as {@link Channel} requires)
 * @param far        the upper device's MDI end
 * @param budget     what the PMD allows on the channel's fibre
 */
public record ResolvedChannel(String linkId, int linkIndex, int mdi, int index, int tierIndex, String tierName,
        MdiEnd near, List<ResolvedElement> elements, MdiEnd far, ChannelBudget budget) {
    public ResolvedChannel {
        CableRun.requireText("linkId", linkId);
        CableRun.requireText("tierName", tierName);
        Objects.requireNonNull(near, "near");
        Objects.requireNonNull(far, "far");
        Objects.requireNonNull(budget, "budget");
        elements = List.copyOf(elements);
        if (linkIndex < 0 || mdi < 1 || index < 0 || tierIndex < 0) {
            throw new IllegalArgumentException("linkIndex, index and tierIndex must be >= 0 and mdi >= 1");
        }
    }

    /** The channel as the polarity engine sees it, element for element. */
    public Channel polarityChannel() {
        List<ChannelElement> out = new ArrayList<>(elements.size());
        for (ResolvedElement e : elements) {
            out.add(e.polarity());
        }
        return new Channel(out);
    }

    /** Total installed length of the channel's cables, metres (stock lengths). */
    public double lengthM() {
        double sum = 0;
        for (ResolvedElement e : elements) {
            sum += e.lengthM();
        }
        return sum;
    }

    /** Fibre loss of the channel's cables, dB. */
    public double fibreLossDb() {
        return budget.fibreLossDb(lengthM());
    }

    /**
     * The connections between the two MDIs that draw a loss, near to far: every mated pair and every trunk splice.
     * The optical view lists its connections in this order (after the near MDI mating when that counts).
     */
    public List<ResolvedElement> connections() {
        return elements.stream().filter(e -> e instanceof MatedPair || e instanceof SplicePoint).toList();
    }

    /** The splice points along the channel's trunk, near to far. */
    public List<SplicePoint> splices() {
        return elementsOf(SplicePoint.class);
    }

    /** The adapters between the two MDIs, near to far. */
    public List<MatedPair> matedPairs() {
        return elementsOf(MatedPair.class);
    }

    private <T extends ResolvedElement> List<T> elementsOf(Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Index of the trunk's first span (or the direct assembly, or a direct harness) element; elements before it are
     * on the near side.
     */
    public int trunkIndex() {
        for (int i = 0; i < elements.size(); i++) {
            ElementKind k = elements.get(i).kind();
            if (k == ElementKind.TRUNK || k == ElementKind.ASSEMBLY) {
                return i;
            }
        }
        if (elements.size() == 1) {
            return 0;
        }
        throw new IllegalStateException("channel " + linkId + " has neither a trunk nor an assembly");
    }

    /**
     * Every lit lane's fibre slot at every element boundary: first the near transceiver's Tx lanes traced forward,
     * then the far transceiver's Tx lanes traced backward.
     */
    public List<LaneTrace> laneTraces() {
        Channel channel = polarityChannel();
        List<LaneTrace> traces = new ArrayList<>();
        for (int tx : near.port().txPositions()) {
            traces.add(LaneTracer.forward(channel, new PortPosition(near.port().port(), tx)));
        }
        for (int tx : far.port().txPositions()) {
            traces.add(LaneTracer.backward(channel, new PortPosition(far.port().port(), tx)));
        }
        return traces;
    }

    /**
     * The lit fibres that reach the far end, one trace per fibre (a fibre lit in both directions counts once),
     * in {@link #laneTraces()} order. A fibre lost on the way is a fibre-count or polarity fault the checks report.
     */
    public List<LaneTrace> litFibres() {
        List<LaneTrace> out = new ArrayList<>();
        Set<PortPosition> seen = new HashSet<>();
        for (LaneTrace t : laneTraces()) {
            if (t.complete() && seen.add(t.forward() ? t.start() : t.end().orElseThrow())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The trunk fibre of every lane that crosses the trunk (empty for direct assemblies), in lane-trace order. */
    public List<TrunkFibre> trunkFibres() {
        int t = trunkIndex();
        if (elements.get(t).kind() != ElementKind.TRUNK) {
            return List.of();
        }
        int last = t + 2 * splices().size();
        String trunkId = ((CableRun) elements.get(t)).cableId();
        int n = elements.size();
        List<TrunkFibre> fibres = new ArrayList<>();
        for (LaneTrace trace : laneTraces()) {
            PortPosition nearSide;
            PortPosition farSide;
            if (trace.forward()) {
                if (trace.afterEach().size() <= last) {
                    continue;
                }
                nearSide = trace.afterEach().get(t - 1);
                farSide = trace.afterEach().get(last);
            } else {
                if (trace.afterEach().size() <= n - 1 - t) {
                    continue;
                }
                farSide = trace.afterEach().get(n - 1 - (last + 1));
                nearSide = trace.afterEach().get(n - 1 - t);
            }
            fibres.add(new TrunkFibre(trunkId, nearSide.port(), nearSide.position(), farSide.port(),
                    farSide.position()));
        }
        return fibres;
    }
}
