package org.cablesim.certification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cablesim.catalog.Catalog;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.plant.CableRun;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ResolvedChannel;

/**
 * Measured results placed on a routed plan: each OLTS row is matched to its channel (by link id or end label) and
 * lane, and becomes a {@link LaneObservation} with the channel's fibre loss and the loss class of each counted mated
 * pair from its optical view (the loss engine's); OTDR events attach to their mated pair. Rows that cannot be used
 * are set aside with the reason (a wavelength far from the fibre's, a channel broken by design, a retest superseded
 * by a later row).
 */
public final class AsBuiltData {
    /** Largest gap between a test wavelength and the fibre type's reference wavelength still used, nm. */
    public static final double WAVELENGTH_TOLERANCE_NM = 50;

    /** A row not used, and why. */
    public record Unused(String file, int row, String reason) {
    }

    /** A measured fibre on the plan: its channel, lane (0-based) and observation. */
    public record Placed(int channel, int lane, OltsResult result, LaneObservation observation) {
    }

    /** A whole-channel result (the worst fibre): not in the likelihood, checked against the predictive. */
    public record WholeChannel(int channel, OltsResult result) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final List<WholeChannel> whole = new ArrayList<>();
    private final List<Unused> unused = new ArrayList<>();
    private final Set<String> testedLinks = new TreeSet<>();
    private final Map<String, GammaPrior> priors = new LinkedHashMap<>();

    /**
     * @param plan                       the routed plan
     * @param countTransceiverMatedPairs whether the MDI matings are counted (the scenario's setting)
     * @param catalog                    the catalog the plan was routed with (the priors' classes)
     * @param olts                       OLTS rows
     * @param otdr                       OTDR event rows
     * @param settings                   prior spreads
     * @throws IllegalArgumentException  naming the row, when a row names no channel or lane of the plan
     */
    public AsBuiltData(CablingPlan plan, boolean countTransceiverMatedPairs, Catalog catalog, List<OltsResult> olts,
            List<OtdrEvent> otdr, UpdateSettings settings) {
        Map<String, Integer> channels = channelIndex(plan);
        Map<String, OltsResult> latest = new LinkedHashMap<>();
        Map<String, Integer> channelOf = new HashMap<>();
        for (OltsResult r : olts) {
            int sub = channel(channels, r.label(), "measured", r.row());
            String key = sub + "/" + r.lane();
            OltsResult before = latest.put(key, r);
            if (before != null) {
                unused.add(new Unused("measured", before.row(), "superseded by row " + r.row() + " (a retest)"));
            }
            channelOf.put(key, sub);
        }
        Map<String, double[]> events = events(plan, countTransceiverMatedPairs, channels, otdr);
        for (Map.Entry<String, OltsResult> e : latest.entrySet()) {
            place(plan, countTransceiverMatedPairs, catalog, channelOf.get(e.getKey()), e.getValue(), events, settings);
        }
    }

    private void place(CablingPlan plan, boolean countMdi, Catalog catalog, int sub, OltsResult r,
            Map<String, double[]> events, UpdateSettings settings) {
        ResolvedChannel rc = plan.channel(sub);
        Optional<OpticalChannel> optical = plan.optical(sub, countMdi);
        if (optical.isEmpty()) {
            unused.add(new Unused("measured", r.row(), rc.linkId() + " is broken by design (see violations.csv)"));
            return;
        }
        double reference = rc.budget().fibre().wavelengthNm();
        if (Math.abs(r.wavelengthNm() - reference) > WAVELENGTH_TOLERANCE_NM) {
            unused.add(new Unused("measured", r.row(), r.wavelengthNm() + " nm is more than "
                    + WAVELENGTH_TOLERANCE_NM + " nm from the " + reference + " nm the fibre's attenuation is given"
                    + " at"));
            return;
        }
        OpticalChannel o = optical.get();
        testedLinks.add(rc.linkId());
        if (r.lane() == 0) {
            whole.add(new WholeChannel(sub, r));
            return;
        }
        if (r.lane() > o.lanes()) {
            throw new IllegalArgumentException("measured row " + r.row() + ": lane " + r.lane() + " of " + r.label()
                    + ": the channel has lanes 1.." + o.lanes());
        }
        int lane = r.lane() - 1;
        List<String> classes = new ArrayList<>();
        for (OpticalConnection c : o.connections()) {
            String id = lossClassOf(c);
            classes.add(id);
            priors.computeIfAbsent(id, k -> GammaPrior.of(catalog.lossClass(k), c.model(), settings.sdLogMean(),
                    settings.sdLogShape()));
        }
        double[] ev = events.getOrDefault(sub + "/" + r.lane(), new double[classes.size()]);
        if (!events.containsKey(sub + "/" + r.lane())) {
            java.util.Arrays.fill(ev, Double.NaN);
        }
        double fixed = o.attenuationDbPerKm() * o.lengthM() / 1000 + o.otherFixedLossDbPerLane()[lane];
        placed.add(new Placed(sub, lane, r, new LaneObservation(rc.linkId() + "/" + rc.mdi() + " lane " + r.lane(),
                fixed, r.lossDb(), classes, ev)));
    }

    /** The loss class of a connection: the last part of its type {@code <tier>/<role>-<side>/<class>}. */
    static String lossClassOf(OpticalConnection c) {
        return c.elementType().substring(c.elementType().lastIndexOf('/') + 1);
    }

    /** The labels of a channel's counted connections, in optical order. */
    static List<String> connectionLabels(ResolvedChannel rc, boolean countMdi) {
        List<String> out = new ArrayList<>();
        if (countMdi) {
            out.add("mdi " + rc.near().label());
        }
        rc.matedPairs().forEach(m -> out.add(m.label()));
        if (countMdi) {
            out.add("mdi " + rc.far().label());
        }
        return out;
    }

    private Map<String, double[]> events(CablingPlan plan, boolean countMdi, Map<String, Integer> channels,
            List<OtdrEvent> otdr) {
        Map<String, double[]> out = new HashMap<>();
        for (OtdrEvent e : otdr) {
            int sub = channel(channels, e.label(), "otdr", e.row());
            ResolvedChannel rc = plan.channel(sub);
            List<String> labels = connectionLabels(rc, countMdi);
            int j = e.event().matches("\\d+") ? Integer.parseInt(e.event()) - 1 : labels.indexOf(e.event());
            if (j < 0 || j >= labels.size()) {
                unused.add(new Unused("otdr", e.row(), "event '" + e.event() + "' is none of the counted connections"
                        + " of " + rc.linkId() + ": " + labels));
                continue;
            }
            out.computeIfAbsent(sub + "/" + e.lane(), k -> {
                double[] v = new double[labels.size()];
                java.util.Arrays.fill(v, Double.NaN);
                return v;
            })[j] = e.lossDb();
        }
        return out;
    }

    private static int channel(Map<String, Integer> channels, String label, String file, int row) {
        Integer sub = channels.get(label);
        if (sub == null) {
            throw new IllegalArgumentException(file + " row " + row + ": label '" + label + "' names no routed channel"
                    + " of the plan (a link id such as L000001, L000001/2 for a second MDI, or an end label such as"
                    + " R01-01.su01-srv001:1)");
        }
        return sub;
    }

    /** Every name a tester may give a channel: link id (with /mdi when a link has several) and both end labels. */
    static Map<String, Integer> channelIndex(CablingPlan plan) {
        Map<String, Integer> out = new HashMap<>();
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            ResolvedChannel rc = plan.channel(sub);
            int count = plan.channelCount(rc.linkIndex());
            out.put(rc.linkId() + "/" + rc.mdi(), sub);
            if (count == 1) {
                out.put(rc.linkId(), sub);
            }
            out.put(((CableRun) rc.elements().get(0)).nearEnd(), sub);
            out.put(((CableRun) rc.elements().get(rc.elements().size() - 1)).farEnd(), sub);
        }
        return out;
    }

    public List<Placed> placed() {
        return placed;
    }

    public List<WholeChannel> wholeChannels() {
        return whole;
    }

    public List<Unused> unused() {
        return unused;
    }

    /** Links with at least one used result. */
    public Set<String> testedLinks() {
        return testedLinks;
    }

    /** The prior of every class the placed fibres cross. */
    public Map<String, GammaPrior> priors() {
        return priors;
    }

    /** The observations of the placed fibres, in row order of their latest result. */
    public List<LaneObservation> observations() {
        return placed.stream().map(Placed::observation).toList();
    }

}
