package org.cablesim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.lifecycle.UpgradeDecision;
import org.cablesim.lifecycle.UpgradeFeasibility;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ChannelBudget;
import org.cablesim.plant.ChannelShape;
import org.cablesim.plant.Plugs;
import org.cablesim.plant.ResolvedChannel;
import org.cablesim.plant.TierPlant;
import org.cablesim.polarity.ChannelChecker;
import org.cablesim.polarity.ConnectorEnd;
import org.cablesim.polarity.TransceiverPort;

/**
 * Decides from the installed cabling whether a channel can carry another PMD with new transceivers only. A
 * channel carries PMD P iff all of:
 * <ol>
 *   <li>P has as many MDIs per port as the installed PMD (each MDI keeps its channel);</li>
 *   <li>P runs on the tier's fibre type, and the channel's cable length is within P's reach on it;</li>
 *   <li>the channel passes {@link ChannelChecker} with P's transceivers at both ends (P's Tx/Rx positions, a
 *       pinned MDI of P's connector and polish): enough fibres at P's positions, connector geometry, key and
 *       polish that mate with the installed cords, and polarity;</li>
 *   <li>the channel's mean loss with the same elements — fibre loss plus, on its worst lane, the mean loss of
 *       every counted mated pair (the models and lane positions of the plant's optical view) — is within P's
 *       budget on the tier's fibre. The mean, not a high percentile: the plant's rework
 *       brings the unlucky tail within budget at the upgrade, as at turn-up, and only a channel over budget on
 *       average needs new cabling.</li>
 * </ol>
 * A reused link gets P's budget; a re-cabled one is assumed rebuilt for P ({@link ChannelBudget#rebuiltBudgetDb}).
 * Checks are cached per channel shape and PMD, lengths and mean losses per link. Not thread-safe.
 */
public final class PlantUpgradeFeasibility implements UpgradeFeasibility {
    private final PlanLifecycleInputs inputs;
    private final CablingPlan plan;
    private final Catalog catalog;
    private final ChannelChecker checker = new ChannelChecker();
    private final Map<String, Map<Integer, Boolean>> shapeChecks = new HashMap<>();
    private final Map<String, Map<Integer, double[]>> limits = new HashMap<>();
    /** Per lifecycle link: the channel's length and its worst lane's mean connection loss, NaN until needed. */
    private final double[] lengthM;
    private final double[] worstLaneMeanDb;
    /** Worst-lane mean losses by connection list: the channels of one shape share theirs. */
    private final Map<List<OpticalConnection>, Double> meanByConnections = new IdentityHashMap<>();

    /**
     * @param inputs the plan's lifecycle inputs (channels and their facts)
     */
    public PlantUpgradeFeasibility(PlanLifecycleInputs inputs) {
        this.inputs = inputs;
        this.plan = inputs.plan();
        this.catalog = plan.catalog();
        this.lengthM = new double[inputs.size()];
        this.worstLaneMeanDb = new double[inputs.size()];
        Arrays.fill(lengthM, Double.NaN);
        Arrays.fill(worstLaneMeanDb, Double.NaN);
    }

    @Override
    public UpgradeDecision assess(int i, String fromPmd, String toPmd) {
        if (i < 0 || i >= inputs.size()) {
            throw new IllegalArgumentException("link " + i + " is not in plan " + plan.planName());
        }
        Pmd pmd = catalog.pmd(toPmd);
        FibreType fibre = inputs.tier(i).fibre();
        boolean reuse = carries(i, pmd);
        double fibreDb = inputs.index().fixedLossDb(i);
        return new UpgradeDecision(reuse, reuse ? budgetOn(pmd, fibre)
                : ChannelBudget.rebuiltBudgetDb(pmd, fibre, fibreDb));
    }

    /**
     * Whether lifecycle link {@code i} carries {@code pmd} without re-cabling (rules in the class comment).
     *
     * @param i   index of the link in the inputs' plant
     * @param pmd the new PMD
     */
    boolean carries(int i, Pmd pmd) {
        TierPlant tp = inputs.tier(i);
        if (inputs.channel(i) < 0) {
            return false;
        }
        double[] limits = limits(pmd, tp);
        if (limits.length == 0) {
            return false;
        }
        int sub = inputs.channel(i);
        if (Double.isNaN(lengthM[i])) {
            lengthM[i] = plan.channelLengthM(sub);
        }
        if (lengthM[i] > limits[0]) {
            return false;
        }
        if (Double.isNaN(worstLaneMeanDb[i])) {
            OpticalChannel optical = inputs.optical(i);
            worstLaneMeanDb[i] = meanByConnections.computeIfAbsent(optical.connections(),
                    connections -> worstLaneMeanDb(connections, optical.lanes()));
        }
        if (inputs.index().fixedLossDb(i) + worstLaneMeanDb[i] > limits[1]) {
            return false;
        }
        return shapeCarries(plan.shape(sub), pmd);
    }

    /**
     * Rules 1 and 2 for a tier's links, up to the length: {reach, budget} of the PMD on the tier's fibre, or no value
     * when it has another MDI count or fibre kind, or does not run on that fibre. Cached per PMD and tier.
     */
    private double[] limits(Pmd pmd, TierPlant tp) {
        return limits.computeIfAbsent(pmd.id(), id -> new HashMap<>()).computeIfAbsent(tp.index(), t -> {
            FibreType fibre = tp.fibre();
            if (pmd.mdiConnectorCount() != tp.channelsPerLink() || pmd.fibreKind() != fibre.kind()
                    || pmd.reach(fibre.id()).isEmpty()) {
                return new double[0];
            }
            return new double[] {pmd.reachM(fibre.id()), budgetOn(pmd, fibre)};
        });
    }

    /** The largest, over the lanes, sum of the mean losses of the connections at the lane's positions, dB. */
    private static double worstLaneMeanDb(List<OpticalConnection> connections, int lanes) {
        double worst = 0;
        for (int lane = 0; lane < lanes; lane++) {
            double sum = 0;
            for (OpticalConnection o : connections) {
                sum += o.model().meanAtPosition(o.positionOfLane()[lane], o.positions());
            }
            worst = Math.max(worst, sum);
        }
        return worst;
    }

    /**
     * The PMDs every link of each tier can carry without re-cabling, by tier name in tier order, PMDs in catalog
     * order; only PMDs of the tier's fibre kind are considered.
     */
    public Map<String, List<String>> readinessByTier() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TierPlant tp : plan.tiers()) {
            List<Integer> links = inputs.linksOfTier(tp.index());
            List<String> ready = new ArrayList<>();
            for (Pmd pmd : catalog.pmds().values()) {
                if (pmd.fibreKind() != tp.fibre().kind() || links.isEmpty()) {
                    continue;
                }
                if (links.stream().allMatch(i -> carries(i, pmd))) {
                    ready.add(pmd.id());
                }
            }
            out.put(tp.tier().name(), List.copyOf(ready));
        }
        return out;
    }

    private static double budgetOn(Pmd pmd, FibreType fibre) {
        return pmd.reach(fibre.id()).isPresent() ? pmd.channelBudgetDb(fibre.id()) : pmd.channelBudgetDb();
    }

    private boolean shapeCarries(ChannelShape shape, Pmd pmd) {
        return shapeChecks.computeIfAbsent(pmd.id(), id -> new HashMap<>()).computeIfAbsent(shape.id(), key -> {
            ResolvedChannel example = shape.example();
            Optional<ConnectorEnd> mdi = mdiPlug(pmd);
            if (mdi.isEmpty()) {
                return false;
            }
            int[] tx = pmd.txPositions().stream().mapToInt(Integer::intValue).toArray();
            int[] rx = pmd.rxPositions().stream().mapToInt(Integer::intValue).toArray();
            TransceiverPort near = TransceiverPort.of("near transceiver", tx, rx).onPort(example.near().port().port());
            TransceiverPort far = TransceiverPort.of("far transceiver", tx, rx).onPort(example.far().port().port());
            if (mdi.get().isArray()) {
                near = near.withMdi(mdi.get());
                far = far.withMdi(mdi.get());
            }
            try {
                return checker.check(example.polarityChannel(), near, far).isEmpty();
            } catch (IllegalArgumentException e) {
                // Positions outside the installed ferrule: the channel cannot carry this PMD.
                return false;
            }
        });
    }

    /** The PMD's MDI receptacle, as the plant resolves it; empty when the catalog cannot build it. */
    private Optional<ConnectorEnd> mdiPlug(Pmd pmd) {
        return Plugs.receptacle(catalog, pmd);
    }
}
