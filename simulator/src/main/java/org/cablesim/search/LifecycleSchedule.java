package org.cablesim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.cablesim.scenario.SearchLimits;
import org.cablesim.study.ParetoFront;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchConstraints;

/**
 * Decides which candidates get the lifecycle — the expensive stage — and in which rounds. Candidates left after the
 * cheap stages are taken in layers of the cheap objectives: the first layer is every candidate that no other
 * dominates in cost, failing links and readiness (these are on the front whatever their availability); each next
 * layer is every candidate dominated only by earlier layers. Before a layer runs, a candidate is skipped when a
 * finished, feasible candidate dominates it in the cheap objectives and has an availability no lifecycle of the
 * skipped one could beat: at least its upper bound, 1 (the simulated availability is a share of time). Such a
 * candidate cannot be on the front, so the front is exactly that of evaluating everyone; and since the layers
 * depend only on the candidates, not on the engine, neither does the schedule.
 */
final class LifecycleSchedule {
    /** The most a candidate's availability can be, known without its lifecycle. */
    static final double AVAILABILITY_BOUND = 1.0;

    private LifecycleSchedule() {
    }

    static void run(List<SearchCandidate> candidates, IntFunction<String> task, SearchLimits limits, String jobJson,
            EvaluationEngine engine, ProgressListener progress) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).excluded() == null) {
                open.add(i);
            }
        }
        progress.stage("search: lifecycle stage, up to " + open.size() + " candidates", open.size());
        while (!open.isEmpty()) {
            List<Integer> layer = new ArrayList<>();
            for (int i : open) {
                boolean dominated = false;
                for (int j : open) {
                    dominated |= j != i && ParetoFront.dominatesOnPlant(candidates.get(j), candidates.get(i), true,
                            false);
                }
                if (!dominated) {
                    layer.add(i);
                }
            }
            open.removeAll(layer);
            List<Integer> run = new ArrayList<>();
            for (int i : layer) {
                SearchCandidate c = candidates.get(i);
                if (cannotReachFront(c, candidates)) {
                    candidates.set(i, c.exclude("dominated before its lifecycle"));
                    progress.advance(1);
                } else {
                    run.add(i);
                }
            }
            int[] next = {0};
            engine.evaluate(jobJson, run.stream().map(task::apply).toList(), r -> {
                int i = run.get(next[0]++);
                candidates.set(i, SearchConstraints.afterLifecycle(
                        CandidateEvaluation.lifecycle(candidates.get(i), DesignSearch.tree(r)), limits));
                progress.advance(1);
            });
        }
    }

    private static boolean cannotReachFront(SearchCandidate c, List<SearchCandidate> candidates) {
        for (SearchCandidate d : candidates) {
            if (d.feasible() && d.availability().value() >= AVAILABILITY_BOUND
                    && ParetoFront.dominatesOnPlant(d, c, true, false)) {
                return true;
            }
        }
        return false;
    }
}
