package org.cablesim.plant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.polarity.ChannelChecker;
import org.cablesim.polarity.CheckKind;
import org.cablesim.polarity.Violation;

/**
 * Checks every routed channel: polarity, gender, key, polish and ferrule geometry through
 * {@link ChannelChecker}; the tier's fibre type against the PMD; the channel's length against the PMD's reach.
 *
 * <p>Channels of one tier that use the same cassette ports at both ends are built from the same templates and
 * differ only in labels and trunk leg numbers, which do not change the outcome; so one representative per such
 * signature is checked first, and only signatures that fail are checked channel by channel (for each link's own
 * labels in the messages).
 */
final class PlantChecker {
    private PlantChecker() {
    }

    static List<PlantViolation> check(CablingPlan plan) {
        ChannelChecker checker = new ChannelChecker();
        List<PlantViolation> out = new ArrayList<>();
        List<TierPlant> tiers = plan.tiers();
        String[] fibreProblem = new String[tiers.size()];
        for (TierPlant tp : tiers) {
            fibreProblem[tp.index()] = fibreProblem(tp.pmd(), tp.fibre());
        }
        PlantLayout layout = plan.layout();
        Map<Long, Boolean> passes = new HashMap<>();
        for (int link = 0; link < plan.linkCount(); link++) {
            int first = layout.linkFirstSub()[link];
            if (first < 0) {
                continue;
            }
            TierPlant tp = tiers.get(plan.fabric().links().get(link).tierIndex());
            String linkId = plan.fabric().links().get(link).id();
            if (fibreProblem[tp.index()] != null) {
                out.add(new PlantViolation(linkId, 0, CheckKind.FIBRE_TYPE, -1, fibreProblem[tp.index()]));
            }
            int mdis = tp.pmd().mdiConnectorCount();
            for (int sub = first; sub < first + mdis; sub++) {
                long signature = signature(tp, layout, sub);
                Boolean ok = passes.get(signature);
                if (ok == null || !ok) {
                    RoutedChannel rc = plan.channel(sub);
                    List<Violation> found = checker.check(rc.channel(), rc.near(), rc.far());
                    passes.putIfAbsent(signature, found.isEmpty());
                    for (Violation v : found) {
                        out.add(new PlantViolation(linkId, rc.mdi(), v.kind(), v.elementIndex(),
                                v.reason()));
                    }
                }
                if (fibreProblem[tp.index()] == null) {
                    double lengthM = plan.channelLengthM(sub);
                    double reachM = tp.pmd().reachM(tp.fibre().id());
                    if (lengthM > reachM) {
                        out.add(new PlantViolation(linkId, layout.subMdi()[sub], CheckKind.REACH, -1, String.format(
                                Locale.ROOT, "the channel is %.1f m long (cables at stock lengths) but %s reaches"
                                        + " %.0f m on %s: place the two ends closer, or use a longer-reach PMD",
                                lengthM, tp.pmd().id(), reachM, tp.fibre().id())));
                    }
                }
            }
        }
        return out;
    }

    /** Channels with equal signatures are built from the same templates with the same port routing pattern. */
    private static long signature(TierPlant tp, PlantLayout layout, int sub) {
        int t = layout.subTrunk()[sub];
        long near = 0;
        long far = 0;
        if (t >= 0) {
            int slot = layout.subNearSlot()[sub];
            near = slot % tp.slotsPerCassette();
            far = tp.farSlot(slot) % tp.slotsPerCassette();
        }
        return ((long) tp.index() << 40) | (near << 20) | far;
    }

    /** Why the fibre type does not suit the PMD, or null when it does. */
    static String fibreProblem(Pmd pmd, FibreType fibre) {
        if (fibre.kind() != pmd.fibreKind()) {
            return "the tier is cabled with " + fibre.id() + " (" + name(fibre.kind()) + ") but " + pmd.id()
                    + " runs on " + name(pmd.fibreKind()) + " fibre (" + String.join(", ", pmd.allowedFibreTypes())
                    + "): re-cable with one of those or choose a " + name(fibre.kind()) + " PMD";
        }
        if (pmd.reach(fibre.id()).isEmpty()) {
            return pmd.id() + " has no specified reach on " + fibre.id() + " (it runs on "
                    + String.join(", ", pmd.allowedFibreTypes()) + "): use one of those fibre grades";
        }
        return null;
    }

    private static String name(FibreKind kind) {
        return kind == FibreKind.SMF ? "single-mode" : "multimode";
    }
}
