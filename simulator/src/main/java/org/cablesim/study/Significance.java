package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.cablesim.stats.Interval;

/**
 * Whether one plan is better than another on a reliability figure beyond chance: by the paired difference against
 * the baseline when one of the two is the baseline (its interval excludes zero), else by non-overlapping 95 %
 * intervals; differences within floating-point noise never count.
 */
final class Significance {
    /** The reliability figures the decision weighs; none outranks another. */
    enum Criterion {
        INSTALLATION(Metric.EXPECTED_FAILING_LINKS, "fewer", "more", "expected links failing installation testing"),
        AVAILABILITY(Metric.AVAILABILITY, "higher", "lower", "availability"),
        JOB_INTERRUPTIONS(Metric.JOB_INTERRUPTIONS_PER_YEAR, "fewer", "more", "job interruptions per year");

        private final Metric metric;
        private final String better;
        private final String worse;
        private final String noun;

        Criterion(Metric metric, String better, String worse, String noun) {
            this.metric = metric;
            this.better = better;
            this.worse = worse;
            this.noun = noun;
        }

        /** The plan's figure; installation counts links broken by design too. */
        Optional<Figure> figure(PlanFigures p) {
            if (this == INSTALLATION) {
                return p.lossFigures().map(LossFigures::expectedFailingLinksInTotal);
            }
            return p.metric(metric);
        }

        DoubleFunction<String> format() {
            return this == AVAILABILITY ? Wording::availability : Wording::number;
        }

        /** The figure in words: {@code availability 99.998 % (95 % CI …)}, {@code 38.1 (…) job interruptions per year}. */
        String describe(Figure f) {
            String value = Wording.figure(f, format());
            return this == AVAILABILITY ? "availability " + value : value + " " + noun;
        }
    }

    private final String baseline;
    private final List<PlanDifference> differences;

    Significance(String baseline, List<PlanDifference> differences) {
        this.baseline = baseline;
        this.differences = List.copyOf(differences);
    }

    /** +1 when {@code a} is significantly better than {@code b} on {@code c}, −1 when worse, 0 when not resolved. */
    int compare(PlanFigures a, PlanFigures b, Criterion c) {
        Optional<Figure> fa = c.figure(a);
        Optional<Figure> fb = c.figure(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return 0;
        }
        int higher; // +1: a's figure is higher than b's
        Optional<Figure> paired = paired(a, b, c);
        if (paired.isPresent()) {
            Interval ci = paired.get().ci95();
            higher = !paired.get().hasInterval() ? 0 : ci.low() > 0 ? 1 : ci.high() < 0 ? -1 : 0;
        } else {
            higher = fb.get().significantlyBelow(fa.get()) ? 1 : fa.get().significantlyBelow(fb.get()) ? -1 : 0;
        }
        return c.metric.better() == Metric.Better.HIGHER ? higher : -higher;
    }

    /** Whether {@code a} is significantly better than {@code b} on some figure and significantly worse on none. */
    boolean dominates(PlanFigures a, PlanFigures b) {
        boolean better = false;
        for (Criterion c : Criterion.values()) {
            int s = compare(a, b, c);
            if (s < 0) {
                return false;
            }
            better |= s > 0;
        }
        return better;
    }

    /** Where {@code a} is significantly better than {@code b}, in words with both figures, e.g. "fewer … (x against y)". */
    List<String> advantages(PlanFigures a, PlanFigures b) {
        return phrases(a, b, 1);
    }

    /** Where {@code a} is significantly worse than {@code b}, in words with both figures. */
    List<String> disadvantages(PlanFigures a, PlanFigures b) {
        return phrases(a, b, -1);
    }

    private List<String> phrases(PlanFigures a, PlanFigures b, int sign) {
        List<String> out = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            if (compare(a, b, c) != sign) {
                continue;
            }
            String word = sign > 0 ? c.better : c.worse;
            String text = word + " " + c.noun + " (" + Wording.figure(c.figure(a).orElseThrow(), c.format())
                    + " against " + Wording.figure(c.figure(b).orElseThrow(), c.format());
            Optional<Figure> paired = paired(a, b, c);
            if (paired.isPresent()) {
                text += "; paired difference " + Wording.figure(paired.get(), Wording::number);
            }
            out.add(text + ")");
        }
        return out;
    }

    /** a − b from the study's paired differences, when one of them is the baseline and the other was compared. */
    private Optional<Figure> paired(PlanFigures a, PlanFigures b, Criterion c) {
        if (a.name().equals(baseline)) {
            return difference(b.name(), c.metric).map(d -> new Figure(-d.difference(),
                    new Interval(-d.ci95().high(), -d.ci95().low())));
        }
        if (b.name().equals(baseline)) {
            return difference(a.name(), c.metric).map(PlanDifference::figure);
        }
        return Optional.empty();
    }

    private Optional<PlanDifference> difference(String plan, Metric metric) {
        return differences.stream().filter(d -> d.plan().equals(plan) && d.metric() == metric).findFirst();
    }
}
