package org.cablesim.plant;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.Pmd;
import org.cablesim.optics.ReflectanceRule;

/**
 * What a channel's PMD allows on the channel's fibre, resolved once per tier: one rule for every stage that judges
 * a channel (checks, loss engine, lifecycle, upgrades).
 *
 * <p>The budget of a link is that of the PMD that runs on its lanes. Where both ends carry one PMD it is that PMD's
 * (both ends 100G-per-lane DR: 3.0 dB). Where the ends differ (an 800GBASE-DR8 port broken out to 400GBASE-DR4
 * NICs runs each half of the DR8 as a DR4), it is the stricter of the two on the channel's fibre: the smaller budget
 * and the shorter reach, with the discrete-reflectance table of the end whose budget is smaller (the lower end's on a
 * tie). DR8 halves and DR4s share 3.0 dB and 500 m, so the rule only bites when a shorter-reach module (e.g. a
 * 100 m PSM8) meets a 500 m one.
 *
 * @param fibre           the fibre type the channel is cabled with
 * @param budgetDb        the PMD's channel insertion-loss budget on that fibre, dB; empty when the PMD has no reach on
 *                        it (the channel is then broken by design, see {@link org.cablesim.polarity.CheckKind#FIBRE_TYPE})
 * @param reachM          the PMD's reach on that fibre, metres; empty likewise
 * @param reflectanceRule the PMD's discrete-reflectance table as a rule (none for PMDs without a table, e.g.
 *                        multimode)
 */
public record ChannelBudget(FibreType fibre, OptionalDouble budgetDb, OptionalDouble reachM,
        ReflectanceRule reflectanceRule) {
    public ChannelBudget {
        Objects.requireNonNull(fibre, "fibre");
        Objects.requireNonNull(budgetDb, "budgetDb");
        Objects.requireNonNull(reachM, "reachM");
        Objects.requireNonNull(reflectanceRule, "reflectanceRule");
        if (budgetDb.isPresent() != reachM.isPresent()) {
            throw new IllegalArgumentException("budget and reach are both known or both unknown");
        }
    }

    /**
     * The budget of {@code pmd} on {@code fibre}.
     *
     * @param pmd   the PMD
     * @param fibre the fibre type
     * @return its budget, reach and reflectance rule
     */
    public static ChannelBudget of(Pmd pmd, FibreType fibre) {
        boolean runs = pmd.fibreKind() == fibre.kind() && pmd.reach(fibre.id()).isPresent();
        return new ChannelBudget(fibre,
                runs ? OptionalDouble.of(pmd.channelBudgetDb(fibre.id())) : OptionalDouble.empty(),
                runs ? OptionalDouble.of(pmd.reachM(fibre.id())) : OptionalDouble.empty(),
                ReflectanceRule.of(pmd));
    }

    /**
     * The budget of a link whose ends carry {@code lower} and {@code upper} (the rule in the class comment).
     *
     * @param lower the lower end's PMD
     * @param upper the upper end's PMD
     * @param fibre the fibre type
     * @return the stricter of the two; unknown budget and reach when either PMD does not run on the fibre
     */
    public static ChannelBudget of(Pmd lower, Pmd upper, FibreType fibre) {
        ChannelBudget a = of(lower, fibre);
        if (lower.equals(upper)) {
            return a;
        }
        ChannelBudget b = of(upper, fibre);
        if (a.budgetDb.isEmpty() || b.budgetDb.isEmpty()) {
            return new ChannelBudget(fibre, OptionalDouble.empty(), OptionalDouble.empty(),
                    a.budgetDb.isEmpty() ? a.reflectanceRule : b.reflectanceRule);
        }
        ChannelBudget stricter = b.budgetDb.getAsDouble() < a.budgetDb.getAsDouble() ? b : a;
        return new ChannelBudget(fibre, stricter.budgetDb,
                OptionalDouble.of(Math.min(a.reachM.getAsDouble(), b.reachM.getAsDouble())),
                stricter.reflectanceRule);
    }

    /** The PMD of a pair whose budget a link takes (the rule in the class comment). */
    public static Pmd governing(Pmd lower, Pmd upper, FibreType fibre) {
        ChannelBudget a = of(lower, fibre);
        ChannelBudget b = of(upper, fibre);
        return a.budgetDb.isPresent() && b.budgetDb.isPresent()
                && b.budgetDb.getAsDouble() < a.budgetDb.getAsDouble() ? upper : lower;
    }

    /**
     * The budget a channel is assumed to meet once it is re-cabled for {@code pmd} (after a design rework, or when
     * an upgrade cannot reuse it): the PMD's budget on the fibre, but at least the channel's fibre loss plus the
     * PMD's connection allocation, since a rebuilt channel is laid out for the PMD.
     *
     * @param pmd         the PMD the channel is rebuilt for
     * @param fibre       the channel's fibre type
     * @param fibreLossDb the channel's fibre loss, dB, ≥ 0
     * @return the budget, dB
     */
    public static double rebuiltBudgetDb(Pmd pmd, FibreType fibre, double fibreLossDb) {
        double published = pmd.reach(fibre.id()).isPresent() ? pmd.channelBudgetDb(fibre.id())
                : pmd.channelBudgetDb();
        return Math.max(published, fibreLossDb + pmd.connectionAllocationDb());
    }

    /** Fibre loss of a length of the channel's fibre, dB. */
    public double fibreLossDb(double lengthM) {
        return fibre.attenuationDbPerKm() * lengthM / 1000;
    }
}
