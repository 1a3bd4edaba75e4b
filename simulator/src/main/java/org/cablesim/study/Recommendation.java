package org.cablesim.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The study's decision: which plan is recommended, by which rule, and why (summary.json
 * {@code comparison.recommendation}). Made once, in the study; the report and the CLI print it and never decide.
 *
 * @param plan     the recommended plan, or null when no plan can be recommended (every plan excluded)
 * @param rule     the decision rule in plain words
 * @param reasons  why, one sentence each, naming the figures with their 95 % intervals; the first is the decision
 * @param excluded the plans ruled out, each with its reason, in scenario order
 */
public record Recommendation(String plan, String rule, List<String> reasons, List<Exclusion> excluded) {
    public Recommendation {
        Objects.requireNonNull(rule, "rule");
        reasons = List.copyOf(reasons);
        excluded = List.copyOf(excluded);
        if (plan != null && excluded.stream().anyMatch(e -> e.plan().equals(plan))) {
            throw new IllegalArgumentException("the recommended plan " + plan + " cannot be excluded");
        }
    }

    /** Why a plan was ruled out. */
    public enum Cause {
        /** It has design-check violations: links broken by design, or links the plant could not cable. */
        DESIGN_VIOLATIONS("design-violations"),
        /** Another plan is significantly better on some reliability figure and significantly worse on none. */
        DOMINATED("dominated");

        private final String id;

        Cause(String id) {
            this.id = id;
        }

        /** The cause's name in the result files. */
        public String id() {
            return id;
        }
    }

    /**
     * A plan ruled out, and why.
     *
     * @param plan   the plan
     * @param cause  why in one word
     * @param reason why in a sentence, with the figures
     */
    public record Exclusion(String plan, Cause cause, String reason) {
        public Exclusion {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Where a plan stands under the decision. */
    public enum Standing {
        RECOMMENDED,
        /** Not dominated on reliability, but not the cheapest such plan. */
        NOT_DOMINATED,
        DOMINATED,
        EXCLUDED
    }

    /** The recommended plan, if any. */
    public Optional<String> recommended() {
        return Optional.ofNullable(plan);
    }

    /** The exclusion of {@code planName}, if it was ruled out. */
    public Optional<Exclusion> exclusion(String planName) {
        return excluded.stream().filter(e -> e.plan().equals(planName)).findFirst();
    }

    /** Where {@code planName} stands. */
    public Standing standing(String planName) {
        if (planName.equals(plan)) {
            return Standing.RECOMMENDED;
        }
        return exclusion(planName).map(e -> e.cause() == Cause.DOMINATED ? Standing.DOMINATED : Standing.EXCLUDED)
                .orElse(Standing.NOT_DOMINATED);
    }

    /** The plans excluded for design-check violations (a run with any such plan is flagged by the CLI). */
    public List<String> excludedForViolations() {
        return excluded.stream().filter(e -> e.cause() == Cause.DESIGN_VIOLATIONS).map(Exclusion::plan).toList();
    }
}
