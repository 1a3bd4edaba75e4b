package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * What a design-space search found (search.json): every candidate and how far it got, the Pareto front, the plan
 * recommended on it, and the scenario's own plans evaluated alike for comparison.
 *
 * @param scenario    scenario name
 * @param seed        master seed (every candidate used it: common random numbers)
 * @param provenance  reproduction facts
 * @param plan        the plan whose choices were searched
 * @param parameters  the choices' fields, relative to the plan, in choice order
 * @param constraints the constraints, as text ({@code maxCostUsd <= 1e6}, …), in file order
 * @param candidates  every candidate, in enumeration order (the last choice varying fastest)
 * @param front       names of the front's candidates, in enumeration order
 * @param recommended the recommended front candidate's name, or null when the front is empty
 * @param shipped     the scenario's own plans, evaluated through every stage, in scenario order
 */
public record SearchResult(String scenario, long seed, Provenance provenance, String plan, List<String> parameters,
        List<String> constraints, List<SearchCandidate> candidates, List<String> front, String recommended,
        List<SearchCandidate> shipped) {
    public SearchResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(plan, "plan");
        parameters = List.copyOf(parameters);
        constraints = List.copyOf(constraints);
        candidates = List.copyOf(candidates);
        front = List.copyOf(front);
        shipped = List.copyOf(shipped);
    }

    /** The front's candidates, in enumeration order. */
    public List<SearchCandidate> frontCandidates() {
        return candidates.stream().filter(c -> front.contains(c.name())).toList();
    }

    /** How many candidates reached {@code stage}. */
    public long evaluatedAt(SearchCandidate.Stage stage) {
        return candidates.stream().filter(c -> c.stage().compareTo(stage) >= 0).count();
    }
}
