package org.cablesim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablesim.polarity.CheckKind;

/**
 * The study's decision rule, multi-criteria: exclude plans with design-check violations; drop every plan another
 * plan dominates on reliability; recommend the cheapest of the rest. Reliability is three figures, none of which
 * outranks another: expected links failing installation testing, availability, and job interruptions per year.
 */
public final class CheapestUndominatedRule {
    /** The rule in plain words, as written into the results. */
    public static final String RULE = "Plans with design-check violations are excluded: their broken links fail "
            + "installation testing. Reliability is judged on three figures, each with its 95 % confidence interval, "
            + "none outranking another: expected links failing installation testing, link availability, and job "
            + "interruptions per year. A plan is dominated when another plan is significantly better on at least one "
            + "of them and significantly worse on none. Significantly means the paired difference's interval "
            + "(common random numbers, against the baseline) excludes zero or, where the study has no paired "
            + "difference, the two plans' intervals do not overlap; differences within floating-point noise never "
            + "count. Of the plans no other plan dominates, the cheapest by total cost is recommended (equal costs: "
            + "the plan listed first). Figures a stage did not estimate are left out.";

    /** What cost means when the cluster grows in phases, appended to {@link #RULE}. */
    public static final String GROWTH_RULE = "The cluster grows in phases, so a plan's cost is its horizon cost: the "
            + "material and labour of every phase, plus the carrying cost of pre-installed plant standing idle (idle "
            + "value x months idle x growth.capitalCostPerYear), plus the GPU-hours the expansions cost the jobs "
            + "(interruptions in their windows and the capacity the moved links take down) x growth.gpuHourUsd; its "
            + "mean over the replications is compared.";

    /** What cost means when the scenario plans upgrade waves, appended to {@link #RULE}. */
    public static final String UPGRADE_RULE = "The scenario plans upgrade waves, so a plan's cost is its bill of "
            + "materials plus what its waves cost (new optics, re-cabling where the installed plant cannot carry the "
            + "new PMD, and labour; mean over the replications): the plant that is dearer on day one may be cheaper "
            + "over its life.";

    /** Costs closer than this are equal (the bill of materials is priced to the cent), USD. */
    static final double COST_TIE_USD = 0.005;

    private final Significance significance;

    private CheapestUndominatedRule(String baseline, List<PlanDifference> differences) {
        this.significance = new Significance(baseline, differences);
    }

    /**
     * Decides between {@code plans}.
     *
     * @param plans       every plan's figures, in scenario order
     * @param baseline    the baseline plan's name (the paired differences are against it)
     * @param differences the paired differences of every other plan against the baseline
     * @return the recommendation
     */
    public static Recommendation decide(List<PlanFigures> plans, String baseline, List<PlanDifference> differences) {
        return new CheapestUndominatedRule(baseline, differences).decide(plans);
    }

    private Recommendation decide(List<PlanFigures> plans) {
        String rule = plans.stream().anyMatch(p -> p.growth() != null) ? RULE + " " + GROWTH_RULE
                : plans.stream().anyMatch(p -> p.upgradeCostUsd() > 0) ? RULE + " " + UPGRADE_RULE : RULE;
        Map<String, Recommendation.Exclusion> excluded = new LinkedHashMap<>();
        List<PlanFigures> candidates = new ArrayList<>();
        for (PlanFigures p : plans) {
            if (p.plant().violations() > 0) {
                excluded.put(p.name(), new Recommendation.Exclusion(p.name(),
                        Recommendation.Cause.DESIGN_VIOLATIONS, p.name() + " is excluded: " + violations(p) + "."));
            } else {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return new Recommendation(null, rule, List.of("No plan can be recommended: every plan has design-check "
                    + "violations; fix them before weighing reliability and cost."), ordered(plans, excluded));
        }
        List<PlanFigures> undominated = new ArrayList<>();
        for (PlanFigures a : candidates) {
            Optional<PlanFigures> by = candidates.stream().filter(b -> b != a && significance.dominates(b, a))
                    .findFirst();
            if (by.isPresent()) {
                excluded.put(a.name(), new Recommendation.Exclusion(a.name(), Recommendation.Cause.DOMINATED,
                        a.name() + " is dominated by " + by.get().name() + ", which has "
                                + Wording.list(significance.advantages(by.get(), a))
                                + ", and is significantly worse on no reliability figure."));
            } else {
                undominated.add(a);
            }
        }
        boolean cycle = undominated.isEmpty();
        List<PlanFigures> weighed = cycle ? candidates : undominated;
        if (cycle) {
            excluded.keySet().removeIf(name -> candidates.stream().anyMatch(c -> c.name().equals(name)));
        }
        PlanFigures chosen = weighed.get(0);
        for (PlanFigures p : weighed) {
            if (p.decisionCostUsd() < chosen.decisionCostUsd() - COST_TIE_USD) {
                chosen = p;
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(decision(plans, candidates, weighed, chosen, cycle));
        reasons.add(facts(chosen));
        for (PlanFigures other : weighed) {
            if (other != chosen) {
                reasons.add(tradeOff(other, chosen));
            }
        }
        return new Recommendation(chosen.name(), rule, reasons, ordered(plans, excluded));
    }

    private static List<Recommendation.Exclusion> ordered(List<PlanFigures> plans,
            Map<String, Recommendation.Exclusion> excluded) {
        return plans.stream().map(p -> excluded.get(p.name())).filter(e -> e != null).toList();
    }

    private String decision(List<PlanFigures> plans, List<PlanFigures> candidates, List<PlanFigures> weighed,
            PlanFigures chosen, boolean cycle) {
        String name = chosen.name();
        if (plans.size() == 1) {
            return name + " is the only plan in the study, and it passes the design checks.";
        }
        if (candidates.size() == 1) {
            return name + " is the only plan that passes the design checks.";
        }
        if (weighed.size() == 1) {
            return name + " is the only plan that no other plan dominates on reliability.";
        }
        List<String> names = weighed.stream().map(PlanFigures::name).toList();
        String costs = String.join(", ", weighed.stream().map(p -> p.name() + " "
                + Wording.usd(p.decisionCostUsd())).toList());
        String ties = String.join(", ", weighed.stream().filter(p -> p != chosen && Math.abs(
                p.decisionCostUsd() - chosen.decisionCostUsd()) <= COST_TIE_USD).map(PlanFigures::name)
                .toList());
        String head = cycle
                ? "Every plan that passes the design checks is dominated by another (the significant differences "
                        + "form a cycle), so all " + weighed.size() + " are weighed on cost: " + name
                        + " is the cheapest (" + costs + ")."
                : name + " is the cheapest of the " + weighed.size() + " plans no other plan dominates on reliability ("
                        + Wording.list(names) + "; " + (chosen.growth() != null ? "horizon" : chosen.upgradeCostUsd() > 0 ? "installation + upgrade"
                        : "total") + " cost "
                        + costs + ").";
        return ties.isEmpty() ? head : head + " It ties on cost with " + ties + "; the plan listed first is recommended.";
    }

    private String facts(PlanFigures p) {
        List<String> parts = new ArrayList<>();
        if (p.growth() != null) {
            PlanGrowth g = p.growth();
            parts.add("horizon cost " + Wording.usd(g.totalUsd().mean()) + " (capex " + Wording.usd(g.capexUsd())
                    + ", idle plant " + Wording.usd(g.strandedCostUsd()) + ", disruption "
                    + Wording.usd(g.disruptionUsd().mean()) + ")");
            parts.add(g.linksReCabled() + " links re-cabled, " + g.linksRePatched() + " re-patched and "
                    + g.trunksPulledLater() + " trunks pulled during the expansions");
        } else if (p.upgradeCostUsd() > 0) {
            parts.add("cost with upgrades " + Wording.usd(p.decisionCostUsd()) + " (installation "
                    + Wording.usd(p.plant().costTotalUsd()) + ", upgrade waves " + Wording.usd(p.upgradeCostUsd()) + ")");
        } else {
            parts.add("total cost " + Wording.usd(p.decisionCostUsd()));
        }
        for (Significance.Criterion c : Significance.Criterion.values()) {
            c.figure(p).ifPresent(f -> parts.add(c.describe(f)));
        }
        return p.name() + ": " + Wording.list(parts) + ".";
    }

    private String tradeOff(PlanFigures other, PlanFigures chosen) {
        List<String> better = significance.advantages(other, chosen);
        List<String> worse = significance.disadvantages(other, chosen);
        double more = other.decisionCostUsd() - chosen.decisionCostUsd();
        String cost = more > COST_TIE_USD ? "costs " + Wording.usd(more) + " more" : "costs the same";
        List<String> ready = new ArrayList<>(other.upgradeReadiness());
        ready.removeAll(chosen.upgradeReadiness());
        String upgrades = ready.isEmpty() ? "" : " It is also ready for " + Wording.list(ready)
                + " without re-cabling; prefer it if those upgrades are planned.";
        if (better.isEmpty() && worse.isEmpty()) {
            return other.name() + " cannot be told apart from " + chosen.name()
                    + " on reliability (no significant difference) and " + cost + "." + upgrades;
        }
        return other.name() + " is not dominated: against " + chosen.name() + " it has "
                + (better.isEmpty() ? "no significant advantage" : Wording.list(better))
                + (worse.isEmpty() ? "" : ", but " + Wording.list(worse)) + "; it " + cost + "." + upgrades;
    }

    private static String violations(PlanFigures p) {
        PlantSummary plant = p.plant();
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<CheckKind, Integer> e : plant.violationsByKind().entrySet()) {
            if (e.getValue() > 0) {
                kinds.add(PlantSummary.kindName(e.getKey()) + " " + e.getValue());
            }
        }
        int broken = p.loss() != null ? p.loss().linksFailingByDesign()
                : p.lifecycle() != null ? p.lifecycle().linksWithDesignFaults() : -1;
        String text = plant.violations() + " design-check violation" + (plant.violations() == 1 ? "" : "s")
                + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")");
        return broken > 0 ? text + "; " + broken + " link" + (broken == 1 ? " is" : "s are")
                + " broken by design and fail installation testing until reworked" : text;
    }
}
