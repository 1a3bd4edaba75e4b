package org.cablesim.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Pmd;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.lifecycle.UpgradeDecision;
import org.cablesim.lifecycle.UpgradeFeasibility;
import org.cablesim.plant.TierPlant;
import org.cablesim.polarity.Channel;
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
 *   <li>the channel's mean loss with the same elements — fibre loss plus the mean loss of every counted mated
 *       pair — is within P's budget on the tier's fibre. The mean, not a high percentile: the plant's rework
 *       brings the unlucky tail within budget at the upgrade, as at turn-up, and only a channel over budget on
 *       average needs new cabling.</li>
 * </ol>
 * A reused link gets P's budget; a re-cabled one is assumed rebuilt for P: P's budget, but at least its fibre
 * loss plus P's connection allocation. Checks are cached per channel shape and PMD. Not thread-safe.
 */
public final class PlantUpgradeFeasibility implements UpgradeFeasibility {
    private final PlanLifecycleInputs inputs;
    private final Catalog catalog;
    private final ChannelChecker checker = new ChannelChecker();
    private final Map<String, Boolean> shapeChecks = new HashMap<>();

    /**
     * @param inputs the plan's lifecycle inputs (channels and their facts)
     */
    public PlantUpgradeFeasibility(PlanLifecycleInputs inputs) {
        this.inputs = inputs;
        this.catalog = inputs.plan().catalog();
    }

    @Override
    public UpgradeDecision assess(PhysicalLink link, String fromPmd, String toPmd) {
        int i = inputs.indexOf(link.linkId());
        if (i < 0) {
            throw new IllegalArgumentException("link " + link.linkId() + " is not in plan " + inputs.plan().planName());
        }
        Pmd pmd = catalog.pmd(toPmd);
        boolean reuse = carries(i, pmd);
        double budget = budgetOn(pmd, inputs.tier(i).fibre());
        return new UpgradeDecision(reuse, reuse ? budget
                : Math.max(budget, inputs.fixedLossDb(i) + pmd.connectionAllocationDb()));
    }

    /**
     * Whether lifecycle link {@code i} carries {@code pmd} without re-cabling (rules in the class comment).
     *
     * @param i   index of the link in the inputs' plant
     * @param pmd the new PMD
     */
    boolean carries(int i, Pmd pmd) {
        TierPlant tp = inputs.tier(i);
        FibreType fibre = tp.fibre();
        if (pmd.mdiConnectorCount() != tp.pmd().mdiConnectorCount() || pmd.fibreKind() != fibre.kind()
                || pmd.reach(fibre.id()).isEmpty()) {
            return false;
        }
        if (inputs.lengthM(i) > pmd.reachM(fibre.id())) {
            return false;
        }
        if (inputs.fixedLossDb(i) + inputs.connectionMeanDb(i) > budgetOn(pmd, fibre)) {
            return false;
        }
        return shapeCarries(inputs.shapeIndex(i), pmd);
    }

    /**
     * The PMDs every link of each tier can carry without re-cabling, by tier name in tier order, PMDs in catalog
     * order; only PMDs of the tier's fibre kind are considered.
     */
    public Map<String, List<String>> readinessByTier() {
        Map<Integer, List<Integer>> linksByTier = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            linksByTier.computeIfAbsent(inputs.tier(i).index(), t -> new ArrayList<>()).add(i);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TierPlant tp : inputs.plan().tiers()) {
            List<Integer> links = linksByTier.getOrDefault(tp.index(), List.of());
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

    private boolean shapeCarries(int shapeIndex, Pmd pmd) {
        return shapeChecks.computeIfAbsent(shapeIndex + "|" + pmd.id(), key -> {
            PlanLifecycleInputs.ChannelShape shape = inputs.shapeAt(shapeIndex);
            Optional<ConnectorEnd> mdi = mdiPlug(pmd);
            if (mdi.isEmpty()) {
                return false;
            }
            int[] tx = pmd.txPositions().stream().mapToInt(Integer::intValue).toArray();
            int[] rx = pmd.rxPositions().stream().mapToInt(Integer::intValue).toArray();
            TransceiverPort near = TransceiverPort.of("near transceiver", tx, rx).onPort(shape.nearPort());
            TransceiverPort far = TransceiverPort.of("far transceiver", tx, rx).onPort(shape.farPort());
            if (mdi.get().isArray()) {
                near = near.withMdi(mdi.get());
                far = far.withMdi(mdi.get());
            }
            try {
                return checker.check(new Channel(shape.elements()), near, far).isEmpty();
            } catch (IllegalArgumentException e) {
                // Positions outside the installed ferrule: the channel cannot carry this PMD.
                return false;
            }
        });
    }

    /** The PMD's MDI receptacle: its connector, pinned where the connector has pins, its polish. */
    private Optional<ConnectorEnd> mdiPlug(Pmd pmd) {
        Optional<ConnectorType> type = catalog.findConnector(pmd.mdiConnectorId());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        ConnectorType t = type.get();
        try {
            return Optional.of(new ConnectorEnd(t.id(), t.fibresPerRow(), t.rows(), t.keyStyle(),
                    t.hasGender() ? Gender.PINNED : Gender.NONE, pmd.mdiPolish(), t.fibreCount()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
