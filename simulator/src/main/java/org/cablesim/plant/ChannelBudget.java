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
