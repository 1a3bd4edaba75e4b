package org.cablesim.lifecycle;

import java.util.function.IntConsumer;
import org.cablesim.scenario.TurnUpSpec;

/**
 * The technician's loop on a link over budget, shared by turn-up, repairs and upgrades: re-mate the worst
 * connection (cleaning it first if the policy cleans) up to {@code maxRemateAttempts} times, then replace its
 * part (a fresh, clean part: a new loss draw), and start over until the link passes. Counts actions and
 * minutes.
 */
final class Rework {
    /** A link still failing after this many actions cannot meet its budget: a plant or model error. */
    static final int MAX_ACTIONS = 1000;

    private final LossState loss;
    private final PlantIndex p;
    private final TurnUpSpec procedure;
    private final boolean cleans;
    long remates;
    long replacements;

    Rework(PlantIndex p, LossState loss, TurnUpSpec procedure, ContaminationModel contamination) {
        this.p = p;
        this.loss = loss;
        this.procedure = procedure;
        this.cleans = contamination.cleansBeforeMating();
    }

    /**
     * Works on link {@code l} at time {@code now} until it passes.
     *
     * @param afterMating called with each connection just mated (for neighbour disturbance); may be null
     * @return minutes spent (0 if the link already passes)
     */
    double untilPass(int l, double now, IntConsumer afterMating) {
        double minutes = 0;
        int attempts = 0;
        int actions = 0;
        while (!loss.passes(l, now)) {
            int c = loss.worstConnection(l, now);
            if (c < 0 || ++actions > MAX_ACTIONS) {
                throw new IllegalStateException("link " + p.linkId(l) + " cannot meet its budget of "
                        + loss.budgetDb[l] + " dB (worst lane " + loss.worstLaneLossDb(l, now) + " dB) after "
                        + (actions - 1) + " rework actions");
            }
            if (attempts < procedure.maxRemateAttempts()) {
                loss.mate(c, now, cleans);
                attempts++;
                remates++;
                minutes += procedure.remateMinutes();
            } else {
                loss.mate(c, now, true);
                attempts = 0;
                replacements++;
                minutes += procedure.replaceMinutes();
            }
            if (afterMating != null) {
                afterMating.accept(c);
            }
        }
        return minutes;
    }
}
