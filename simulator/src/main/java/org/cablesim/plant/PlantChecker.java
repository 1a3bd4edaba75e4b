package org.cablesim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.polarity.ChannelChecker;
import org.cablesim.polarity.CheckKind;
import org.cablesim.polarity.Violation;

/**
 * Checks every resolved channel: polarity, gender, key, polish and ferrule geometry through {@link ChannelChecker}
 * (once per channel shape, then channel by channel only for failing shapes, so each message carries the link's own
 * labels); the tier's fibre type against the PMD; the channel's length against the PMD's reach; and whether the
 * channel's fibre loss alone leaves anything of the budget for its mated pairs.
 */
final class PlantChecker {
    private PlantChecker() {
    }

    static List<PlantViolation> check(CablingPlan plan) {
        ChannelChecker checker = new ChannelChecker();
        List<PlantViolation> out = new ArrayList<>();
        for (int link = 0; link < plan.linkCount(); link++) {
            int first = plan.firstChannel(link);
            if (first < 0) {
                continue;
            }
            TierPlant tp = plan.tiers().get(plan.fabric().links().get(link).tierIndex());
            String linkId = plan.fabric().links().get(link).id();
            if (tp.copper() != null) {
                copperReach(plan, tp, link, linkId, out);
                continue;
            }
            String fibreProblem = fibreProblem(tp.lowerPmd(), tp.fibre());
            if (fibreProblem == null && !tp.lowerPmd().equals(tp.pmd())) {
                fibreProblem = fibreProblem(tp.pmd(), tp.fibre());
            }
            if (fibreProblem != null) {
                out.add(new PlantViolation(linkId, 0, CheckKind.FIBRE_TYPE, -1, fibreProblem));
            }
            for (int sub = first; sub < first + plan.channelCount(link); sub++) {
                ChannelShape shape = plan.shape(sub);
                int mdi = sub - first + 1;
                if (!shape.polarityViolations().isEmpty()) {
                    ResolvedChannel rc = plan.channel(sub);
                    for (Violation v : checker.check(rc.polarityChannel(), rc.near().port(), rc.far().port())) {
                        out.add(new PlantViolation(linkId, mdi, v.kind(), v.elementIndex(),
                                v.reason()));
                    }
                }
                if (fibreProblem == null) {
                    lengthChecks(plan, tp, linkId, mdi, sub, out);
                }
            }
        }
        return out;
    }

    private static void lengthChecks(CablingPlan plan, TierPlant tp, String linkId, int mdi, int sub,
            List<PlantViolation> out) {
        ChannelBudget budget = tp.budget();
        double lengthM = plan.channelLengthM(sub);
        double reachM = budget.reachM().getAsDouble();
        if (lengthM > reachM) {
            out.add(new PlantViolation(linkId, mdi, CheckKind.REACH, -1, String.format(Locale.ROOT,
                    "the channel is %.1f m long (cables at stock lengths) but %s reaches %.0f m on %s: place the"
                            + " two ends closer, or use a longer-reach PMD", lengthM, pmdName(tp), reachM,
                    tp.fibre().id())));
        }
        double fibreDb = budget.fibreLossDb(lengthM);
        double budgetDb = budget.budgetDb().getAsDouble();
        if (fibreDb >= budgetDb) {
            out.add(new PlantViolation(linkId, mdi, CheckKind.BUDGET, -1, String.format(Locale.ROOT,
                    "the channel's fibre loss alone (%.2f dB over %.1f m of %s) reaches %s's %.1f dB budget: no"
                            + " mated pair can pass; shorten the channel or use a PMD with a larger budget", fibreDb,
                    lengthM, tp.fibre().id(), pmdName(tp), budgetDb)));
        }
    }

    /** A copper cable must span the link's path plus slack within its reach. */
    private static void copperReach(CablingPlan plan, TierPlant tp, int link, String linkId, List<PlantViolation> out) {
        double needM = plan.routedLengthM(link) + 2 * tp.choice().slackPerEndM();
        if (needM > tp.copper().reachM()) {
            out.add(new PlantViolation(linkId, 0, CheckKind.REACH, -1, String.format(Locale.ROOT,
                    "the link needs %.1f m of cable (%.1f m of path + slack) but %s %s reaches %.1f m: put the two"
                            + " ends in one rack or use optics", needM, plan.routedLengthM(link),
                    tp.copper().kind(), tp.copper().id(), tp.copper().reachM())));
        }
    }

    /** The link's PMD as a message names it: one id, or {@code lower/upper} when the ends differ. */
    private static String pmdName(TierPlant tp) {
        return tp.lowerPmd().equals(tp.pmd()) ? tp.pmd().id() : tp.lowerPmd().id() + "/" + tp.pmd().id();
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
