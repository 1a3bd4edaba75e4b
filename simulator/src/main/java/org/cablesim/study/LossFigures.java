package org.cablesim.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cablesim.montecarlo.ClassLossResult;
import org.cablesim.montecarlo.LossSummary;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.stats.Checks;

/**
 * A plan's installation-loss figures as every output shows them (summary.json {@code plans[].loss}): how they
 * were estimated, P(link fails) and the expected failing links with their 95 % intervals, links failing by design
 * apart, margins, the same per tier, the margin distribution and the worst link groups.
 *
 * @param method                 {@code exact}, {@code plain}, {@code importance-sampling}, {@code mixed} or {@code none}
 * @param requestedMethod        the scenario's {@code montecarlo.method}
 * @param trials                 trials run for the plan, ≥ 0
 * @param plainTrials            plain trials per link class, ≥ 0
 * @param links                  links estimated, ≥ 0
 * @param classes                link classes, ≥ 0
 * @param classesByMethod        link classes per method, in method-name order
 * @param linkFailureProbability mean P(link fails at installation) over the estimated links, with a conservative
 *                               95 % interval (the link-weighted mean of the classes' bounds)
 * @param expectedFailingLinks   Σ P(fail) over the estimated links (failures by loss), interval links × the above
 * @param linksFailingByDesign   cabled links broken by design (a design-check violation): they fail installation
 *                               testing whatever their loss, and are not in the estimate, ≥ 0
 * @param probabilityAnyLinkFails P(at least one estimated link fails by loss), links independent
 * @param marginDb               worst-lane margin percentiles over all routed channels, dB
 * @param byTier                 the same figures per tier, tiers in name order
 * @param marginCdf              the margin distribution, downsampled
 * @param worstLinks             up to {@value #WORST_LINKS} link groups with the highest P(fail), descending
 * @param notEstimated           links left out for a reason other than a design fault, by reason
 */
public record LossFigures(String method, String requestedMethod, long trials, long plainTrials, long links,
        int classes, Map<String, Integer> classesByMethod, Figure linkFailureProbability, Figure expectedFailingLinks,
        int linksFailingByDesign, double probabilityAnyLinkFails, Margins marginDb, Map<String, Tier> byTier,
        List<MarginMixture.Point> marginCdf, List<LinkGroupLoss> worstLinks, Map<String, Integer> notEstimated) {
    /** Worst link groups kept. */
    public static final int WORST_LINKS = 10;

    public LossFigures {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestedMethod, "requestedMethod");
        Checks.atLeast("trials", trials, 0);
        Checks.atLeast("plainTrials", plainTrials, 0);
        Checks.atLeast("links", links, 0);
        Checks.atLeast("classes", classes, 0);
        classesByMethod = Collections.unmodifiableMap(new TreeMap<>(classesByMethod));
        Objects.requireNonNull(linkFailureProbability, "linkFailureProbability");
        Objects.requireNonNull(expectedFailingLinks, "expectedFailingLinks");
        Checks.atLeast("linksFailingByDesign", linksFailingByDesign, 0);
        Objects.requireNonNull(marginDb, "marginDb");
        byTier = Collections.unmodifiableMap(new TreeMap<>(byTier));
        marginCdf = List.copyOf(marginCdf);
        worstLinks = List.copyOf(worstLinks);
        if (worstLinks.size() > WORST_LINKS) {
            throw new IllegalArgumentException("at most " + WORST_LINKS + " worst link groups");
        }
        notEstimated = Collections.unmodifiableMap(new TreeMap<>(notEstimated));
    }

    /**
     * Percentiles of the worst-lane margin (budget − loss of the worst lane), dB; NaN when no channel was sampled.
     *
     * @param p1Db  1st percentile
     * @param p5Db  5th percentile
     * @param p50Db median
     */
    public record Margins(double p1Db, double p5Db, double p50Db) {
    }

    /**
     * One tier's installation-loss figures.
     *
     * @param links                   links estimated in the tier
     * @param linkFailureProbability  mean P(link fails) with its 95 % interval
     * @param expectedFailingLinks    Σ P(fail) with its 95 % interval
     * @param probabilityAnyLinkFails P(at least one of the tier's links fails)
     */
    public record Tier(long links, Figure linkFailureProbability, Figure expectedFailingLinks,
            double probabilityAnyLinkFails) {
        public Tier {
            Checks.atLeast("links", links, 0);
            Objects.requireNonNull(linkFailureProbability, "linkFailureProbability");
            Objects.requireNonNull(expectedFailingLinks, "expectedFailingLinks");
        }
    }

    /**
     * A group of links whose channels share their link classes.
     *
     * @param classes              the class ids joined by {@code +}
     * @param tier                 the tier
     * @param links                links in the group, ≥ 1
     * @param exampleLink          the first such link in fabric order
     * @param failProbability      P(one of the links fails) with its 95 % interval
     * @param expectedFailingLinks links × P(fail)
     * @param method               how P(fail) was obtained
     * @param marginP1Db           1st percentile of the worst-lane margin, dB
     */
    public record LinkGroupLoss(String classes, String tier, long links, String exampleLink, Figure failProbability,
            double expectedFailingLinks, String method, double marginP1Db) {
        public LinkGroupLoss {
            Objects.requireNonNull(classes, "classes");
            Objects.requireNonNull(tier, "tier");
            Checks.atLeast("links", links, 1);
            Objects.requireNonNull(exampleLink, "exampleLink");
            Objects.requireNonNull(failProbability, "failProbability");
            Objects.requireNonNull(method, "method");
        }
    }

    /** Expected links failing installation testing: by design plus by loss, with the loss estimate's interval. */
    public Figure expectedFailingLinksInTotal() {
        return expectedFailingLinks.plus(linksFailingByDesign);
    }

    /** The figures of a plan's loss estimate. */
    public static LossFigures of(PlanLoss loss) {
        Map<String, Tier> byTier = new LinkedHashMap<>();
        loss.summary().byTier().forEach((tier, s) -> byTier.put(tier, tier(s)));
        List<LinkGroupLoss> worst = new ArrayList<>();
        for (ClassLossResult r : loss.worstLinks(WORST_LINKS)) {
            worst.add(new LinkGroupLoss(r.classId(), r.tier(), r.memberCount(), loss.exampleLinkOf(r.classId()),
                    new Figure(r.failProbability(), r.ci95()), r.expectedFailingLinks(), r.method(), r.marginP1Db()));
        }
        Tier plan = tier(loss.summary().plan());
        return new LossFigures(loss.method(), loss.requestedMethod(), loss.trialsSpent(), loss.plainTrials(),
                plan.links(), loss.classes().size(), loss.classesByMethod(), plan.linkFailureProbability(),
                plan.expectedFailingLinks(), loss.failingByDesign(), plan.probabilityAnyLinkFails(),
                new Margins(loss.marginP1Db(), loss.marginP5Db(), loss.marginP50Db()), byTier, loss.marginCdf(),
                worst, loss.skipped());
    }

    private static Tier tier(LossSummary s) {
        Figure p = new Figure(s.meanLinkFailureProbability(), s.linkFailureProbability());
        // Σ m·p over the classes, its interval Σ m·bound: the links times the mean's interval.
        Figure expected = new Figure(s.expectedFailingLinks(), p.times(s.links()).ci95());
        return new Tier(s.links(), p, expected, s.probabilityAtLeastOne());
    }
}
