package org.cablesim.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.plant.CableRun;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ElementKind;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.ResolvedElement;
import org.cablesim.polarity.LaneTrace;

/**
 * Builds the certification limits of every lit fibre of a routed plan (see {@link TestLimit}). The lanes, lengths,
 * mated pairs and budget come from the resolved channel; the expected loss from its optical view, the same one the
 * loss engine reads: fibre loss plus the quantiles of the connection loss ({@link LaneLossQuantiles}).
 */
public final class TestLimits {
    /** Method id of a channel broken by design (no expectation: it fails whatever its losses). */
    public static final String BROKEN_BY_DESIGN = "broken-by-design";

    private final CablingPlan plan;
    private final boolean countTransceiverMatedPairs;
    private final ComponentAllowances allowances;
    private final LaneLossQuantiles quantiles;

    /**
     * @param plan                       the routed plan
     * @param countTransceiverMatedPairs whether the two MDI matings count (the scenario's montecarlo setting)
     * @param allowances                 the component-limit allowances
     * @param quantiles                  the loss quantiles (seeded)
     */
    public TestLimits(CablingPlan plan, boolean countTransceiverMatedPairs, ComponentAllowances allowances,
            LaneLossQuantiles quantiles) {
        this.plan = plan;
        this.countTransceiverMatedPairs = countTransceiverMatedPairs;
        this.allowances = allowances;
        this.quantiles = quantiles;
    }

    /** Visits the limits of every lit fibre, channel by channel in plan order, lanes in channel order. */
    public void forEach(Consumer<TestLimit> visitor) {
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            of(sub).forEach(visitor);
        }
    }

    /** Every limit of the plan (for small plans; large ones should use {@link #forEach}). */
    public List<TestLimit> all() {
        List<TestLimit> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** The limits of one routed channel's lit fibres. */
    public List<TestLimit> of(int sub) {
        ResolvedChannel rc = plan.channel(sub);
        Optional<OpticalChannel> optical = plan.optical(sub, countTransceiverMatedPairs);
        List<LaneTrace> lanes = optical.isPresent() ? plan.shape(sub).litFibres() : rc.litFibres();
        int mated = rc.matedPairs().size() + (countTransceiverMatedPairs ? 2 : 0);
        int splices = 0;
        List<String> cables = new ArrayList<>();
        for (ResolvedElement e : rc.elements()) {
            if (e instanceof CableRun run) {
                cables.add(run.cableId());
            } else if (e.kind() == ElementKind.SPLICE) {
                splices++;
            }
        }
        double lengthM = rc.lengthM();
        double fibreLossDb = rc.fibreLossDb();
        double application = rc.budget().budgetDb().orElse(Double.NaN);
        double component = allowances.limitDb(fibreLossDb, mated, splices);
        LaneLossQuantiles.Quantiles q = optical.map(o -> quantiles.of(o.connections(), o.lanes())).orElse(null);
        String nearEnd = ((CableRun) rc.elements().get(0)).nearEnd();
        String farEnd = ((CableRun) rc.elements().get(rc.elements().size() - 1)).farEnd();
        List<TestLimit> out = new ArrayList<>(lanes.size());
        for (int l = 0; l < lanes.size(); l++) {
            LaneTrace t = lanes.get(l);
            double fixed = optical.isPresent() ? fibreLossDb + optical.get().otherFixedLossDbPerLane()[l] : 0;
            out.add(new TestLimit(rc.linkId(), rc.mdi(), rc.tierName(), rc.near().pmd().id(), nearEnd, farEnd,
                    String.join(" ", cables), l + 1, t.forward(), t.start().position(),
                    t.end().orElseThrow().position(), lengthM, rc.budget().fibre().id(),
                    rc.budget().fibre().wavelengthNm(), mated, splices, application, component,
                    q == null ? Double.NaN : fixed + q.p50Db(l), q == null ? Double.NaN : fixed + q.p99Db(l),
                    q == null ? BROKEN_BY_DESIGN : q.method()));
        }
        return out;
    }
}
