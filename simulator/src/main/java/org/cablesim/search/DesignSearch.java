package org.cablesim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablesim.io.SearchSection;
import org.cablesim.io.Setting;
import org.cablesim.study.ParetoFront;
import org.cablesim.study.ProgressListener;
import org.cablesim.study.Provenance;
import org.cablesim.study.SearchCandidate;
import org.cablesim.study.SearchCandidate.Stage;
import org.cablesim.study.SearchConstraints;
import org.cablesim.study.SearchResult;

/**
 * The design-space search: every combination of the choices is a candidate plan; the cheap stages run first for
 * all of them (plant: cost, design checks, upgrade readiness; then loss: installation failures), each followed by
 * the constraints it can decide, and the lifecycle runs only for candidates that can still reach the Pareto front
 * ({@link LifecycleSchedule}). Every evaluation is a pure function of (scenario text, seed, candidate) run on an
 * {@link EvaluationEngine}, and every decision is taken on the driver in candidate order, so the result is the
 * same for any engine and any number of workers.
 */
public final class DesignSearch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DesignSearch() {
    }

    /**
     * Runs the search of {@code section} on {@code engine}.
     *
     * @param exhaustive run every stage for every valid candidate (no pruning before the lifecycle); the front is
     *                   the same, only slower — a check of the pruning
     */
    public static SearchResult run(String scenarioName, StudyJob job, SearchSection section, List<String> planNames,
            EvaluationEngine engine, boolean exhaustive, Provenance provenance, ProgressListener progress) {
        String jobJson = job.toJson();
        List<List<Setting>> settings = new ArrayList<>();
        List<SearchCandidate> candidates = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        long n = section.candidates();
        int width = Long.toString(Math.max(0, n - 1)).length();
        for (int i = 0; i < n; i++) {
            settings.add(settings(section, i));
            tasks.add(Evaluations.candidateTask(section.plan(), settings.get(i), Stage.PLANT));
        }
        progress.stage("search: plant stage, " + n + " candidates", n);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("c" + String.format(Locale.ROOT, "%0" + width + "d", i));
        }
        engine.evaluate(jobJson, tasks, r -> {
            int i = candidates.size();
            SearchCandidate c = CandidateEvaluation.plant(names.get(i), settings.get(i).stream()
                    .map(Setting::valueText).toList(), tree(r));
            candidates.add(SearchConstraints.afterPlant(c, section.constraints()));
            progress.advance(1);
        });
        stage(candidates, settings, section, Stage.LOSS, jobJson, engine, progress);
        if (exhaustive) {
            stage(candidates, settings, section, Stage.LIFECYCLE, jobJson, engine, progress);
        } else {
            LifecycleSchedule.run(candidates, i -> Evaluations.candidateTask(section.plan(), settings.get(i),
                    Stage.LIFECYCLE), section.constraints(), jobJson, engine, progress);
        }
        List<SearchCandidate> front = ParetoFront.of(candidates);
        SearchCandidate recommended = ParetoFront.recommended(front);
        return new SearchResult(scenarioName, job.seed(), provenance, section.plan(),
                section.choices().stream().map(SearchSection.Choice::parameter).toList(),
                SearchConstraints.describe(section.constraints()), candidates,
                front.stream().map(SearchCandidate::name).toList(), recommended == null ? null : recommended.name(),
                shipped(planNames, section, jobJson, engine, progress));
    }

    /** Candidate {@code index}'s settings: the last choice varies fastest. */
    static List<Setting> settings(SearchSection section, long index) {
        List<Setting> out = new ArrayList<>();
        long rest = index;
        List<SearchSection.Choice> choices = section.choices();
        Setting[] picked = new Setting[choices.size()];
        for (int c = choices.size() - 1; c >= 0; c--) {
            SearchSection.Choice choice = choices.get(c);
            int k = (int) (rest % choice.values().size());
            rest /= choice.values().size();
            picked[c] = Setting.of(section.fieldPath(choice), choice.values().get(k));
        }
        out.addAll(List.of(picked));
        return out;
    }

    /** The index of the candidate named {@code name} ({@code c0007} is 7). */
    static long index(String name) {
        return Long.parseLong(name.substring(1));
    }

    /** Runs {@code stage} for every candidate still in the search, then the constraints it decides. */
    private static void stage(List<SearchCandidate> candidates, List<List<Setting>> settings, SearchSection section,
            Stage stage, String jobJson, EvaluationEngine engine, ProgressListener progress) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).excluded() == null) {
                open.add(i);
            }
        }
        progress.stage("search: " + stage.name().toLowerCase(Locale.ROOT) + " stage, " + open.size()
                + " candidates", open.size());
        List<String> tasks = open.stream().map(i -> Evaluations.candidateTask(section.plan(), settings.get(i), stage))
                .toList();
        int[] next = {0};
        engine.evaluate(jobJson, tasks, r -> {
            int i = open.get(next[0]++);
            SearchCandidate c = candidates.get(i);
            candidates.set(i, stage == Stage.LOSS
                    ? SearchConstraints.afterLoss(CandidateEvaluation.loss(c, tree(r)), section.constraints())
                    : SearchConstraints.afterLifecycle(CandidateEvaluation.lifecycle(c, tree(r)),
                            section.constraints()));
            progress.advance(1);
        });
    }

    /** The scenario's own plans through every stage, judged by the same constraints. */
    private static List<SearchCandidate> shipped(List<String> planNames, SearchSection section, String jobJson,
            EvaluationEngine engine, ProgressListener progress) {
        progress.stage("search: the scenario's own plans", planNames.size());
        List<SearchCandidate> out = new ArrayList<>();
        for (String plan : planNames) {
            List<String> results = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                tasks.add(Evaluations.candidateTask(plan, List.of(), stage));
            }
            engine.evaluate(jobJson, tasks, results::add);
            SearchCandidate c = CandidateEvaluation.plant(plan, List.of(), tree(results.get(0)));
            if (c.excluded() == null) {
                c = CandidateEvaluation.lifecycle(CandidateEvaluation.loss(c, tree(results.get(1))),
                        tree(results.get(2)));
                c = SearchConstraints.afterLifecycle(SearchConstraints.afterLoss(
                        SearchConstraints.afterPlant(c, section.constraints()), section.constraints()),
                        section.constraints());
            }
            out.add(c);
            progress.advance(1);
        }
        return out;
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation returned no JSON: " + e.getOriginalMessage(), e);
        }
    }
}
