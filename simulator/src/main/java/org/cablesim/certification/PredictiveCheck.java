package org.cablesim.certification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.plant.CablingPlan;
import org.cablesim.random.RandomStreams;

/**
 * Flags measured results outside the central {@value #LEVEL} of their posterior predictive distribution: the loss a
 * fibre of the same channel would show, with the classes at their posterior draws and the tester's noise. A high
 * result points at contamination or a damaged part, a low one at a bad reference or a wrong label. The predictive
 * includes the result itself (the update used it), which makes the check a little lenient.
 */
public final class PredictiveCheck {
    /** The predictive interval's coverage. */
    public static final double LEVEL = 0.999;
    /** Predictive draws per result. */
    static final int DRAWS = 20_000;

    /**
     * A result outside its predictive interval.
     *
     * @param row      the result's row in the measured file
     * @param label    the channel's label as given
     * @param lane     lane (0 for a whole-channel result, judged by the worst fibre)
     * @param lossDb   the measured loss
     * @param lowDb    the predictive 0.05th percentile
     * @param highDb   the predictive 99.95th percentile
     */
    public record Flag(int row, String label, int lane, double lossDb, double lowDb, double highDb) {
        /** {@code high} or {@code low}. */
        public String side() {
            return lossDb > highDb ? "high" : "low";
        }
    }

    private PredictiveCheck() {
    }

    /**
     * @param plan       the routed plan
     * @param countMdi   whether MDI matings count
     * @param data       the placed results
     * @param posteriors the updated classes
     * @param settings   the update's settings (noise, seed)
     * @return the flagged results, in row order
     */
    public static List<Flag> flags(CablingPlan plan, boolean countMdi, AsBuiltData data,
            List<ClassPosterior> posteriors, UpdateSettings settings) {
        Map<String, ClassPosterior> byId = new HashMap<>();
        posteriors.forEach(p -> byId.put(p.classId(), p));
        List<Flag> out = new ArrayList<>();
        for (AsBuiltData.Placed p : data.placed()) {
            check(plan, countMdi, p.channel(), new int[] {p.lane()}, p.result(), byId, settings).ifPresent(out::add);
        }
        for (AsBuiltData.WholeChannel w : data.wholeChannels()) {
            int lanes = plan.optical(w.channel(), countMdi).orElseThrow().lanes();
            int[] all = new int[lanes];
            Arrays.setAll(all, i -> i);
            check(plan, countMdi, w.channel(), all, w.result(), byId, settings).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparingInt(Flag::row));
        return out;
    }

    /** The predictive of the worst of the given lanes' losses; a flag when the result falls outside it. */
    private static Optional<Flag> check(CablingPlan plan, boolean countMdi, int sub, int[] lanes, OltsResult r,
            Map<String, ClassPosterior> byId, UpdateSettings settings) {
        OpticalChannel o = plan.optical(sub, countMdi).orElseThrow();
        List<OpticalConnection> connections = o.connections();
        ClassPosterior[] classes = new ClassPosterior[connections.size()];
        for (int j = 0; j < classes.length; j++) {
            classes[j] = byId.get(AsBuiltData.lossClassOf(connections.get(j)));
            if (classes[j] == null) {
                return Optional.empty();
            }
        }
        UniformRandomProvider rng = RandomStreams.of(settings.seed()).stream(LossClassUpdate.STREAM,
                "predictive-check:" + o.linkId() + ":" + r.lane(), 0);
        ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(rng);
        int kept = classes.length == 0 ? 1 : classes[0].meanDraws().length;
        double[][] means = new double[classes.length][];
        double[][] shapes = new double[classes.length][];
        for (int j = 0; j < classes.length; j++) {
            means[j] = classes[j].meanDraws();
            shapes[j] = classes[j].shapeDraws();
        }
        double fibre = o.attenuationDbPerKm() * o.lengthM() / 1000;
        double[] fixed = o.otherFixedLossDbPerLane();
        double[] y = new double[DRAWS];
        for (int t = 0; t < DRAWS; t++) {
            int d = (int) ((long) t * kept / DRAWS);
            double worst = Double.NEGATIVE_INFINITY;
            for (int lane : lanes) {
                double v = fibre + fixed[lane] + settings.measurementSdDb() * noise.sample();
                for (int j = 0; j < classes.length; j++) {
                    v += AhrensDieterMarsagliaTsangGammaSampler.of(rng, shapes[j][d], means[j][d] / shapes[j][d])
                            .sample();
                }
                worst = Math.max(worst, v);
            }
            y[t] = worst;
        }
        Arrays.sort(y);
        double tail = (1 - LEVEL) / 2;
        double low = LaneLossQuantiles.empiricalQuantile(y, tail);
        double high = LaneLossQuantiles.empiricalQuantile(y, 1 - tail);
        return r.lossDb() < low || r.lossDb() > high
                ? Optional.of(new Flag(r.row(), r.label(), r.lane(), r.lossDb(), low, high)) : Optional.empty();
    }
}
