package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablesim.scenario.SearchLimits;

/**
 * The search's constraints applied as soon as a stage can decide them: after the plant stage an invalid
 * combination, links broken by design, the cost and the PMDs the plan must carry; after the loss stage the
 * installation failures; after the lifecycle the availability. A candidate that fails one leaves the search with
 * the reason.
 */
public final class SearchConstraints {
    private SearchConstraints() {
    }

    /** The candidate after the plant stage's checks. */
    public static SearchCandidate afterPlant(SearchCandidate c, SearchLimits limits) {
        if (c.excluded() != null) {
            return c;
        }
        if (c.linksBrokenByDesign() > 0) {
            return c.exclude(c.linksBrokenByDesign() + " link(s) broken by design");
        }
        if (limits.maxCostUsd() != null && c.costUsd() > limits.maxCostUsd()) {
            return c.exclude(String.format(Locale.ROOT, "cost %.0f USD > maxCostUsd %s", c.costUsd(),
                    number(limits.maxCostUsd())));
        }
        List<String> pmds = c.readiness().stream().map(r -> r.substring(r.indexOf('/') + 1)).toList();
        List<String> missing = limits.mustCarry().stream().filter(p -> !pmds.contains(p)).toList();
        if (!missing.isEmpty()) {
            return c.exclude("cannot carry " + String.join(", ", missing) + " without re-cabling (mustCarry)");
        }
        return c;
    }

    /** The candidate after the loss stage's checks. */
    public static SearchCandidate afterLoss(SearchCandidate c, SearchLimits limits) {
        if (c.excluded() != null) {
            return c;
        }
        if (limits.maxExpectedFailingLinks() != null
                && c.expectedFailingLinks().value() > limits.maxExpectedFailingLinks()) {
            return c.exclude(String.format(Locale.ROOT, "expected failing links %.4g > maxExpectedFailingLinks %s",
                    c.expectedFailingLinks().value(), number(limits.maxExpectedFailingLinks())));
        }
        if (limits.maxAnyLinkFailureProbability() != null
                && c.probabilityAnyLinkFails() > limits.maxAnyLinkFailureProbability()) {
            return c.exclude(String.format(Locale.ROOT, "P(any link fails) %.4g > maxAnyLinkFailureProbability %s",
                    c.probabilityAnyLinkFails(), number(limits.maxAnyLinkFailureProbability())));
        }
        return c;
    }

    /** The candidate after the lifecycle stage's check. */
    public static SearchCandidate afterLifecycle(SearchCandidate c, SearchLimits limits) {
        if (c.excluded() != null) {
            return c;
        }
        if (limits.minAvailability() != null && c.availability().value() < limits.minAvailability()) {
            return c.exclude(String.format(Locale.ROOT, "availability %.6f < minAvailability %s",
                    c.availability().value(), number(limits.minAvailability())));
        }
        return c;
    }

    /** The limits as text, e.g. {@code maxCostUsd <= 2000000}, in the file's order of fields. */
    public static List<String> describe(SearchLimits limits) {
        List<String> out = new ArrayList<>();
        if (limits.maxAnyLinkFailureProbability() != null) {
            out.add("P(any link fails at installation) <= " + number(limits.maxAnyLinkFailureProbability()));
        }
        if (limits.maxExpectedFailingLinks() != null) {
            out.add("expected failing links <= " + number(limits.maxExpectedFailingLinks()));
        }
        if (limits.minAvailability() != null) {
            out.add("availability >= " + number(limits.minAvailability()));
        }
        if (!limits.mustCarry().isEmpty()) {
            out.add("carries without re-cabling: " + String.join(", ", limits.mustCarry()));
        }
        if (limits.maxCostUsd() != null) {
            out.add("cost <= " + number(limits.maxCostUsd()) + " USD");
        }
        out.add("no link broken by design");
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
