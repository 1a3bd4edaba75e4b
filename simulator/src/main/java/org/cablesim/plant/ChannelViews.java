package org.cablesim.plant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cablesim.optics.OpticalChannel;
import org.cablesim.polarity.ChannelChecker;

/**
 * The per-shape facts and optical views of a plan's channels, computed once and shared by every stage: the plan
 * delegates to it. Thread-safe.
 */
final class ChannelViews {
    private final CablingPlan plan;
    private final ConcurrentHashMap<Integer, ChannelShape> shapes = new ConcurrentHashMap<>();
    private volatile boolean[] brokenLinks;

    ChannelViews(CablingPlan plan) {
        this.plan = plan;
    }

    /**
     * The facts shared by every channel of a channel's shape (lit fibres, polarity findings, optical connections),
     * computed once per shape.
     */
    ChannelShape shape(int sub) {
        int id = plan.shapeOf(sub);
        ChannelShape s = shapes.get(id);
        if (s == null) {
            ResolvedChannel example = plan.channel(sub);
            s = ChannelShape.of(id, example, CHECKER.get().check(example.polarityChannel(), example.near().port(),
                    example.far().port()));
            ChannelShape raced = shapes.putIfAbsent(id, s);
            s = raced == null ? s : raced;
        }
        return s;
    }

    private static final ThreadLocal<ChannelChecker> CHECKER = ThreadLocal.withInitial(ChannelChecker::new);

    /**
     * The optical view of a channel, which the loss engine and the lifecycle simulation both read; empty when its
     * link is broken by design (it fails whatever its losses, see {@link #isBrokenByDesign}).
     *
     * @param sub                        the channel
     * @param countTransceiverMatedPairs whether the two MDI matings count against the budget
     */
    Optional<OpticalChannel> optical(int sub, boolean countTransceiverMatedPairs) {
        int link = plan.linkOf(sub);
        if (isBrokenByDesign(link)) {
            return Optional.empty();
        }
        ChannelShape shape = shape(sub);
        TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
        int count = plan.channelCount(link);
        String id = count == 1 ? plan.fabric().links().get(link).id()
                : plan.fabric().links().get(link).id() + "/" + (char) ('a' + sub - plan.firstChannel(link));
        int lanes = shape.litFibres().size();
        return Optional.of(new OpticalChannel(id, tp.tier().name(), lanes,
                shape.connections(countTransceiverMatedPairs), plan.channelLengthM(sub), tp.fibre().attenuationDbPerKm(),
                new double[lanes], tp.budget().budgetDb().getAsDouble(), tp.budget().reflectanceRule()));
    }

    /**
     * The optical view of a channel as the operating plant has it: {@link #optical} for a sound link; for a link
     * broken by design, the channel as rebuilt by its design rework (the PMD's lit fibres on the same mated pairs,
     * in order, and {@link ChannelBudget#rebuiltBudgetDb}).
     */
    OpticalChannel operatingOptical(int sub, boolean countTransceiverMatedPairs) {
        Optional<OpticalChannel> sound = optical(sub, countTransceiverMatedPairs);
        if (sound.isPresent()) {
            return sound.get();
        }
        int link = plan.linkOf(sub);
        TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
        ResolvedChannel rc = plan.channel(sub);
        int lanes = tp.pmd().fibresPerConnector();
        double lengthM = plan.channelLengthM(sub);
        double budgetDb = ChannelBudget.rebuiltBudgetDb(tp.pmd(), tp.fibre(), tp.budget().fibreLossDb(lengthM));
        String id = plan.channelCount(link) == 1 ? rc.linkId() : rc.linkId() + "/" + (char) ('a' + rc.mdi() - 1);
        return new OpticalChannel(id, tp.tier().name(), lanes,
                OpticalView.inOrder(rc, lanes, countTransceiverMatedPairs), lengthM, tp.fibre().attenuationDbPerKm(),
                new double[lanes], budgetDb, tp.budget().reflectanceRule());
    }

    /**
     * Whether a cabled link is broken by design: one of its channels has a violation that fails Tier-1 certification
     * whatever its losses (polarity, gender, key, polish, fibre count, fibre type, reach, budget).
     */
    boolean isBrokenByDesign(int link) {
        boolean[] b = brokenLinks;
        if (b == null) {
            b = new boolean[plan.linkCount()];
            Map<String, Integer> index = new HashMap<>();
            for (int l = 0; l < plan.linkCount(); l++) {
                index.put(plan.fabric().links().get(l).id(), l);
            }
            for (PlantViolation v : plan.violations()) {
                if (v.kind().breaksLink()) {
                    b[index.get(v.linkId())] = true;
                }
            }
            brokenLinks = b;
        }
        return b[link];
    }

    int linksBrokenByDesign() {
        int n = 0;
        for (int l = 0; l < plan.linkCount(); l++) {
            if (isBrokenByDesign(l)) {
                n++;
            }
        }
        return n;
    }
}
