package org.cablesim.montecarlo;

import java.util.List;
import org.cablesim.stats.Interval;

/**
 * Installation-loss figures of a group of link classes (a whole plan, or one tier).
 *
 * @param links                  member links in the group
 * @param expectedFailingLinks   Σ members·p
 * @param probabilityAtLeastOne  1 − Π(1 − p)^members, computed as −expm1(Σ members·log1p(−p))
 * @param failingLinks           distribution of the number of failing links
 * @param linkFailureProbability member-weighted mean p with a conservative 95 % interval: the member-weighted
 *                               mean of the classes' interval bounds (covers whenever every class's interval does)
 */
public record LossSummary(long links, double expectedFailingLinks, double probabilityAtLeastOne,
                          FailingCountDistribution failingLinks, Interval linkFailureProbability, double meanLinkFailureProbability) {

    /**
     * @param classes results of the group's classes
     * @return the summary
     */
    public static LossSummary of(List<ClassLossResult> classes) {
        long links = 0;
        double expected = 0;
        double logNone = 0;
        double low = 0;
        double high = 0;
        for (ClassLossResult c : classes) {
            long m = c.memberCount();
            double p = c.failProbability();
            links += m;
            expected += m * p;
            logNone += p >= 1 ? Double.NEGATIVE_INFINITY : m * Math.log1p(-p);
            low += m * c.ci95().low();
            high += m * c.ci95().high();
        }
        double mean = links == 0 ? 0 : expected / links;
        Interval ci = links == 0 ? Interval.exact(0)
                : new Interval(Math.min(mean, low / links), Math.max(mean, high / links)).clippedToProbability();
        return new LossSummary(links, expected, -Math.expm1(logNone), FailingCountDistribution.of(classes), ci, mean);
    }
}
