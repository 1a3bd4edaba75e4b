package org.cablesim.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto front of a search's plans over four objectives: bill of materials (lower is better), expected links
 * failing installation (lower), link availability (higher) and upgrade readiness (a larger set of {@code tier/PMD}
 * pairs is better; sets that neither contains are incomparable). A plan is on the front when no other plan is at
 * least as good in all four and better in one. Figures are compared by value (their point estimates).
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /** Whether {@code a} dominates {@code b}: at least as good in every objective and better in one. */
    public static boolean dominates(SearchCandidate a, SearchCandidate b) {
        return dominatesOnPlant(a, b, availability(a) >= availability(b), availability(a) > availability(b));
    }

    /**
     * Whether {@code a} dominates {@code b} in cost, failing links and readiness, given how their availabilities
     * compare ({@code atLeast}: a's ≥ b's; {@code better}: a's > b's).
     */
    public static boolean dominatesOnPlant(SearchCandidate a, SearchCandidate b, boolean atLeast, boolean better) {
        double costA = a.costUsd();
        double costB = b.costUsd();
        double failA = failing(a);
        double failB = failing(b);
        boolean readyAtLeast = a.readiness().containsAll(b.readiness());
        if (!(costA <= costB && failA <= failB && readyAtLeast && atLeast)) {
            return false;
        }
        return costA < costB || failA < failB || a.readiness().size() > b.readiness().size() || better;
    }

    /** The feasible candidates no feasible candidate dominates, in the order given. */
    public static List<SearchCandidate> of(List<SearchCandidate> candidates) {
        List<SearchCandidate> feasible = candidates.stream().filter(SearchCandidate::feasible).toList();
        List<SearchCandidate> front = new ArrayList<>();
        for (SearchCandidate c : feasible) {
            if (feasible.stream().noneMatch(d -> dominates(d, c))) {
                front.add(c);
            }
        }
        return front;
    }

    /**
     * The front plan to recommend: the cheapest; among equally cheap ones the fewest failing links, then the
     * highest availability, then the largest readiness, then the first. Null for an empty front.
     */
    public static SearchCandidate recommended(List<SearchCandidate> front) {
        return front.stream().min(Comparator.comparingDouble(SearchCandidate::costUsd)
                .thenComparingDouble(ParetoFront::failing)
                .thenComparing(Comparator.comparingDouble(ParetoFront::availability).reversed())
                .thenComparing(Comparator.comparingInt((SearchCandidate c) -> c.readiness().size()).reversed()))
                .orElse(null);
    }

    static double failing(SearchCandidate c) {
        return c.expectedFailingLinks() == null ? Double.NaN : c.expectedFailingLinks().value();
    }

    static double availability(SearchCandidate c) {
        return c.availability() == null ? Double.NaN : c.availability().value();
    }
}
