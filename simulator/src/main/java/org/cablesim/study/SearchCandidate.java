package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One plan of a design-space search and how far it was evaluated: its choices, the plant's cost, design faults and
 * upgrade readiness (the plant stage), its installation failures (the loss stage) and its availability (the
 * lifecycle stage), and, when it left the search, why.
 *
 * @param name                    the candidate's name, e.g. {@code c0007}
 * @param choices                 the value of each choice, as written, in choice order
 * @param stage                   the last stage evaluated
 * @param excluded                why the search set it aside (an invalid combination, a broken design, a
 *                                constraint, or dominated before its lifecycle), null when it was evaluated fully
 * @param costUsd                 bill of materials, USD (NaN when the candidate is invalid)
 * @param linksBrokenByDesign     links failing a design check, ≥ 0
 * @param readiness               {@code tier/PMD} pairs: PMDs every link of the tier carries without re-cabling
 * @param expectedFailingLinks    expected links failing installation by loss, or null before the loss stage
 * @param probabilityAnyLinkFails P(some link fails installation), NaN before the loss stage
 * @param availability            link availability, or null before the lifecycle stage
 */
public record SearchCandidate(String name, List<String> choices, Stage stage, String excluded, double costUsd,
        int linksBrokenByDesign, List<String> readiness, Figure expectedFailingLinks, double probabilityAnyLinkFails,
        Figure availability) {
    /** The evaluation stages, cheapest first. */
    public enum Stage {
        /** Routing, checks, counts and the bill of materials. */
        PLANT,
        /** The installation-loss estimate. */
        LOSS,
        /** The lifecycle simulation. */
        LIFECYCLE
    }

    public SearchCandidate {
        Objects.requireNonNull(name, "name");
        choices = List.copyOf(choices);
        Objects.requireNonNull(stage, "stage");
        readiness = List.copyOf(new TreeSet<>(readiness));
    }

    /** Whether it was evaluated through every stage and met every constraint. */
    public boolean feasible() {
        return excluded == null && stage == Stage.LIFECYCLE;
    }

    /** This candidate set aside for {@code reason}. */
    public SearchCandidate exclude(String reason) {
        return new SearchCandidate(name, choices, stage, reason, costUsd, linksBrokenByDesign, readiness,
                expectedFailingLinks, probabilityAnyLinkFails, availability);
    }

    /** This candidate with the loss stage's figures. */
    public SearchCandidate withLoss(Figure failing, double anyFails) {
        return new SearchCandidate(name, choices, Stage.LOSS, excluded, costUsd, linksBrokenByDesign, readiness,
                failing, anyFails, availability);
    }

    /** This candidate with the lifecycle stage's availability. */
    public SearchCandidate withAvailability(Figure value) {
        return new SearchCandidate(name, choices, Stage.LIFECYCLE, excluded, costUsd, linksBrokenByDesign,
                readiness, expectedFailingLinks, probabilityAnyLinkFails, value);
    }
}
