package org.cablesim.plant;

import java.util.Optional;
import org.cablesim.optics.OpticalChannel;

/**
 * The optical views of a plan's channels, the one place the loss engine's and the lifecycle's inputs are built
 * from the resolved model (its connections come from {@link OpticalView} through the channel's shape).
 * Package-private: {@link CablingPlan} answers for it.
 */
final class PlanOptics {
    private PlanOptics() {
    }

    /** A sound channel's optical view; empty when its link is broken by design. */
    static Optional<OpticalChannel> optical(CablingPlan plan, int sub, boolean countTransceiverMatedPairs) {
        int link = plan.linkOf(sub);
        if (plan.isBrokenByDesign(link)) {
            return Optional.empty();
        }
        ChannelShape shape = plan.shape(sub);
        TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
        String id = id(plan, link, plan.fabric().links().get(link).id(), sub - plan.firstChannel(link));
        int lanes = shape.litFibres().size();
        return Optional.of(new OpticalChannel(id, tp.tier().name(), lanes,
                shape.connections(countTransceiverMatedPairs), plan.channelLengthM(sub),
                tp.fibre().attenuationDbPerKm(), new double[lanes], tp.budget().budgetDb().getAsDouble(),
                tp.budget().reflectanceRule()));
    }

    /**
     * A channel as the operating plant has it: the sound view, or for a link broken by design the channel as its
     * design rework rebuilds it (the link's lit fibres on the same connections, in order, and
     * {@link ChannelBudget#rebuiltBudgetDb}).
     */
    static OpticalChannel operating(CablingPlan plan, int sub, boolean countTransceiverMatedPairs) {
        Optional<OpticalChannel> sound = optical(plan, sub, countTransceiverMatedPairs);
        if (sound.isPresent()) {
            return sound.get();
        }
        int link = plan.linkOf(sub);
        TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
        ResolvedChannel rc = plan.channel(sub);
        int lanes = tp.litFibresPerMdi();
        double lengthM = plan.channelLengthM(sub);
        double budgetDb = ChannelBudget.rebuiltBudgetDb(ChannelBudget.governing(tp.lowerPmd(), tp.pmd(), tp.fibre()),
                tp.fibre(), tp.budget().fibreLossDb(lengthM));
        return new OpticalChannel(id(plan, link, rc.linkId(), rc.mdi() - 1), tp.tier().name(), lanes,
                OpticalView.inOrder(rc, lanes, countTransceiverMatedPairs), lengthM, tp.fibre().attenuationDbPerKm(),
                new double[lanes], budgetDb, tp.budget().reflectanceRule());
    }

    /** A channel's id: the link's, with {@code /a}, {@code /b}… on links of several channels. */
    private static String id(CablingPlan plan, int link, String linkId, int channelOfLink) {
        return plan.channelCount(link) == 1 ? linkId : linkId + "/" + (char) ('a' + channelOfLink);
    }
}
