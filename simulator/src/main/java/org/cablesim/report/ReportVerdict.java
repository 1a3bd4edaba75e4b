package org.cablesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's headline decision, derived only from the summary's numbers: exclude plans with design-check
 * violations; a plan meets the reliability bar when its 95 % interval for availability (or, without lifecycle
 * results, for P(link fails at install)) reaches the best plan's interval; recommend the cheapest plan that
 * meets the bar.
 *
 * @param chosen    index of the recommended plan, or -1 when none can be recommended
 * @param headline  the verdict in a few words
 * @param because   one sentence saying why
 * @param reasons   supporting facts, one sentence each
 * @param status    per plan: "recommended", "meets the bar", "below the bar", "excluded" or "unknown"
 * @param rule      the decision rule in plain words, for the small print
 */
record ReportVerdict(int chosen, String headline, String because, List<String> reasons, List<String> status,
        String rule) {
    static final String RULE = "Rule: plans with design-check violations are excluded. A plan meets the reliability "
            + "bar when its 95 % confidence interval for availability reaches the interval of the most available plan "
            + "(overlapping intervals mean the simulation did not resolve a difference). Of the plans meeting the bar, "
            + "the cheapest by total cost is recommended. Without lifecycle results, P(link fails at install) is used "
            + "the same way (lower is better); without costs, the most reliable plan is recommended.";

    /** Which estimate the reliability bar uses. */
    enum Basis { AVAILABILITY, INSTALL_FAILURE, NONE }

    static ReportVerdict decide(ReportPlans plans) {
        int n = plans.size();
        if (n == 0) {
            return new ReportVerdict(-1, "No plans in this summary", "There is nothing to compare.", List.of(),
                    List.of(), RULE);
        }
        List<Integer> candidates = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double violations = ReportJson.number(plans.plan(i), "checks", "violations");
            boolean excluded = violations > 0;
            status.add(excluded ? "excluded" : "unknown");
            if (!excluded) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                reasons.add(plans.name(i) + ": " + violations(plans.plan(i)) + ".");
            }
            return new ReportVerdict(-1, "No plan passes the design checks",
                    "Every plan has design-check violations; fix them before weighing reliability and cost.",
                    reasons, status, RULE);
        }
        Basis basis = basis(plans, candidates);
        int best = -1;
        for (int i : candidates) {
            double mean = mean(plans.plan(i), basis);
            if (Double.isFinite(mean) && (best < 0 || better(basis, mean, mean(plans.plan(best), basis)))) {
                best = i;
            }
        }
        List<Integer> qualified = new ArrayList<>();
        for (int i : candidates) {
            boolean meets = basis == Basis.NONE || meetsBar(plans.plan(i), plans.plan(best), basis);
            status.set(i, meets ? "meets the bar" : "below the bar");
            if (meets) {
                qualified.add(i);
            }
        }
        int chosen = -1;
        for (int i : qualified) {
            double cost = cost(plans.plan(i));
            if (!Double.isFinite(cost)) {
                continue;
            }
            double incumbent = chosen < 0 ? Double.NaN : cost(plans.plan(chosen));
            // Equal costs: the more reliable plan; equal in both: the earlier plan.
            if (chosen < 0 || cost < incumbent || cost == incumbent && basis != Basis.NONE
                    && better(basis, mean(plans.plan(i), basis), mean(plans.plan(chosen), basis))) {
                chosen = i;
            }
        }
        boolean byCost = chosen >= 0;
        if (!byCost) {
            chosen = best >= 0 ? best : qualified.get(0);
        }
        status.set(chosen, "recommended");
        return new ReportVerdict(chosen, "Recommended: " + plans.name(chosen),
                because(plans, basis, chosen, best, qualified, byCost),
                reasons(plans, basis, chosen, best, qualified), status, RULE);
    }

    private static String because(ReportPlans plans, Basis basis, int chosen, int best, List<Integer> qualified,
            boolean byCost) {
        String estimate = basis == Basis.AVAILABILITY ? "availability" : "probability of a link failing at install";
        if (basis == Basis.NONE) {
            return byCost ? "The cheapest plan that passes the design checks; the summary holds no reliability estimates."
                    : "The first plan that passes the design checks; the summary holds neither reliability nor cost.";
        }
        if (!byCost) {
            return "The plan with the best " + estimate + "; the summary holds no costs to weigh against it.";
        }
        if (qualified.size() == 1) {
            return "It has the best " + estimate + ", and no other plan's 95 % interval reaches it.";
        }
        return "The cheapest of the " + qualified.size() + " plans whose " + estimate
                + " cannot be told apart from the best (overlapping 95 % intervals)"
                + (chosen == best ? "; it also has the best estimate." : ".");
    }

    private static List<String> reasons(ReportPlans plans, Basis basis, int chosen, int best, List<Integer> qualified) {
        List<String> reasons = new ArrayList<>();
        JsonNode plan = plans.plan(chosen);
        double cost = cost(plan);
        int runnerUp = -1;
        for (int i : qualified) {
            if (i != chosen && Double.isFinite(cost(plans.plan(i)))
                    && (runnerUp < 0 || cost(plans.plan(i)) < cost(plans.plan(runnerUp)))) {
                runnerUp = i;
            }
        }
        if (Double.isFinite(cost)) {
            String text = "Total cost " + ReportFormat.usd(cost);
            if (runnerUp >= 0) {
                double saving = cost(plans.plan(runnerUp)) - cost;
                text += saving == 0 ? ", the same as " + plans.name(runnerUp) + " (on equal cost the more reliable "
                        + "plan is chosen, then the one listed first)"
                        : ", " + ReportFormat.usd(saving) + " (" + ReportFormat.percent(saving / cost(plans.plan(runnerUp)), 1)
                        + ") less than " + plans.name(runnerUp) + ", the next cheapest plan meeting the bar";
            }
            reasons.add(text + ".");
        }
        if (basis == Basis.AVAILABILITY) {
            String text = "Availability " + interval(plan, "lifecycle", "availability", true);
            if (best != chosen) {
                text += "; the most available plan, " + plans.name(best) + ", has "
                        + interval(plans.plan(best), "lifecycle", "availability", true);
            }
            reasons.add(text + ".");
        }
        double pFail = ReportJson.number(plan, "loss", "linkFailureProbability", "mean");
        if (Double.isFinite(pFail)) {
            double expected = ReportJson.number(plan, "loss", "expectedFailingLinks");
            reasons.add("P(link fails at install) " + interval(plan, "loss", "linkFailureProbability", false)
                    + (Double.isFinite(expected) ? ", about " + ReportFormat.significant(expected, 2)
                    + " failing links expected at turn-up" : "") + ".");
        }
        // "Why not the cheaper one?" gets a sentence per plan; other ineligible plans share one sentence.
        List<String> others = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (i == chosen || qualified.contains(i)) {
                continue;
            }
            boolean excluded = ReportJson.number(plans.plan(i), "checks", "violations") > 0;
            if (!excluded && basis == Basis.NONE) {
                continue;
            }
            double other = cost(plans.plan(i));
            boolean cheaper = Double.isFinite(other) && Double.isFinite(cost) && other < cost;
            String why = excluded ? violations(plans.plan(i)) : basis == Basis.AVAILABILITY
                    ? "availability " + interval(plans.plan(i), "lifecycle", "availability", true)
                    : "P(link fails at install) " + interval(plans.plan(i), "loss", "linkFailureProbability", false);
            if (cheaper) {
                reasons.add(plans.name(i) + " is cheaper (" + ReportFormat.usd(other) + ") but "
                        + (excluded ? "is excluded: " : "falls below the bar: ") + why + ".");
            } else {
                others.add(plans.name(i) + " (" + (excluded ? "excluded, " : "below the bar, ") + why + ")");
            }
        }
        if (!others.isEmpty()) {
            reasons.add("Also not eligible: " + String.join("; ", others) + ".");
        }
        int alternative = -1;
        Set<String> extra = Set.of();
        for (int i : qualified) {
            Set<String> more = new LinkedHashSet<>(readiness(plans.plan(i)));
            more.removeAll(readiness(plan));
            boolean cheaperAlternative = alternative < 0 || cost(plans.plan(i)) < cost(plans.plan(alternative));
            if (i != chosen && !more.isEmpty() && cheaperAlternative) {
                alternative = i;
                extra = more;
            }
        }
        if (alternative >= 0) {
            double more = cost(plans.plan(alternative)) - cost;
            reasons.add("Trade-off: " + plans.name(alternative) + " is also ready for " + String.join(", ", extra)
                    + (Double.isFinite(more) && more > 0 ? ", for " + ReportFormat.usd(more) + " more" : "")
                    + "; prefer it if those upgrades are planned.");
        }
        return reasons;
    }

    static Basis basis(ReportPlans plans, List<Integer> candidates) {
        for (int i : candidates) {
            if (Double.isFinite(mean(plans.plan(i), Basis.AVAILABILITY))) {
                return Basis.AVAILABILITY;
            }
        }
        for (int i : candidates) {
            if (Double.isFinite(mean(plans.plan(i), Basis.INSTALL_FAILURE))) {
                return Basis.INSTALL_FAILURE;
            }
        }
        return Basis.NONE;
    }

    private static boolean meetsBar(JsonNode plan, JsonNode best, Basis basis) {
        double mean = mean(plan, basis);
        if (!Double.isFinite(mean)) {
            return false;
        }
        double[] own = interval(plan, basis);
        double[] top = interval(best, basis);
        return basis == Basis.AVAILABILITY ? own[1] >= top[0] : own[0] <= top[1];
    }

    private static boolean better(Basis basis, double candidate, double incumbent) {
        return basis == Basis.AVAILABILITY ? candidate > incumbent : candidate < incumbent;
    }

    private static double mean(JsonNode plan, Basis basis) {
        return switch (basis) {
            case AVAILABILITY -> ReportJson.number(plan, "lifecycle", "availability", "mean");
            case INSTALL_FAILURE -> ReportJson.number(plan, "loss", "linkFailureProbability", "mean");
            case NONE -> Double.NaN;
        };
    }

    /** [low, high] of the plan's 95 % interval, each falling back to the mean when missing. */
    private static double[] interval(JsonNode plan, Basis basis) {
        JsonNode node = basis == Basis.AVAILABILITY ? ReportJson.at(plan, "lifecycle", "availability")
                : ReportJson.at(plan, "loss", "linkFailureProbability");
        double mean = mean(plan, basis);
        double low = ReportJson.number(node, "ci95Low");
        double high = ReportJson.number(node, "ci95High");
        return new double[] {Double.isFinite(low) ? low : mean, Double.isFinite(high) ? high : mean};
    }

    private static String interval(JsonNode plan, String group, String field, boolean availability) {
        JsonNode node = ReportJson.at(plan, group, field);
        java.util.function.DoubleFunction<String> format = availability ? ReportFormat::availability : ReportFormat::probability;
        String text = format.apply(ReportJson.number(node, "mean"));
        double low = ReportJson.number(node, "ci95Low");
        double high = ReportJson.number(node, "ci95High");
        return Double.isFinite(low) && Double.isFinite(high)
                ? text + " (95 % CI " + format.apply(low) + " – " + format.apply(high) + ")" : text;
    }

    static double cost(JsonNode plan) {
        return ReportJson.number(plan, "cost", "total");
    }

    static String violations(JsonNode plan) {
        double total = ReportJson.number(plan, "checks", "violations");
        StringBuilder text = new StringBuilder(ReportFormat.count(total)).append(" check violation")
                .append(total == 1 ? "" : "s");
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> kind : ReportJson.fields(plan, "checks", "byKind")) {
            kinds.add(kind.getKey() + " " + ReportFormat.count(ReportJson.number(kind.getValue())));
        }
        if (!kinds.isEmpty()) {
            text.append(" (").append(String.join(", ", kinds)).append(')');
        }
        return text.toString();
    }

    private static List<String> readiness(JsonNode plan) {
        List<String> pmds = new ArrayList<>();
        for (JsonNode pmd : ReportJson.array(plan, "upgradeReadiness")) {
            if (pmd.isValueNode()) {
                pmds.add(pmd.asText());
            }
        }
        return pmds;
    }
}
