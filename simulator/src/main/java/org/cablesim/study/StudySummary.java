package org.cablesim.study;

import java.util.List;
import java.util.Objects;

/**
 * What a study found, in the form every output reads: summary.json is written from it, and the HTML report and
 * the command-line tables read it, so all of them show the same figures and the same decision.
 *
 * @param scenario   scenario name
 * @param seed       master seed used
 * @param provenance reproduction facts
 * @param plans      every plan's figures, in scenario order
 * @param comparison paired differences against the baseline, and the recommendation
 * @param sweeps     the parameter sweeps' results, in scenario order (empty without sweeps)
 */
public record StudySummary(String scenario, long seed, Provenance provenance, List<PlanFigures> plans,
        Comparison comparison, List<Sweep> sweeps) {
    public StudySummary {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(provenance, "provenance");
        plans = List.copyOf(plans);
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a study has at least one plan");
        }
        Objects.requireNonNull(comparison, "comparison");
        sweeps = List.copyOf(sweeps);
    }

    /** The summary of a study run and its sweep runs (in sweep order). */
    public static StudySummary of(StudyResult result, List<SweepRun> sweepRuns) {
        return new StudySummary(result.scenarioName(), result.seed(), result.provenance(),
                result.plans().stream().map(PlanFigures::of).toList(), result.comparison(), Sweep.group(sweepRuns));
    }

    /** The summary of a study run and its sweeps' and designs' results. */
    public static StudySummary withSweeps(StudyResult result, List<Sweep> sweeps) {
        return new StudySummary(result.scenarioName(), result.seed(), result.provenance(),
                result.plans().stream().map(PlanFigures::of).toList(), result.comparison(), sweeps);
    }

    /** The recommendation. */
    public Recommendation recommendation() {
        return comparison.recommendation();
    }

    /** The named plan's figures. */
    public PlanFigures plan(String name) {
        return plans.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan " + name));
    }
}
