package org.cablesim.study;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cablesim.montecarlo.ClassEstimate;
import org.cablesim.montecarlo.ClassLossResult;
import org.cablesim.montecarlo.LinkClass;
import org.cablesim.montecarlo.MarginMixture;
import org.cablesim.montecarlo.PlanLossSummary;

/**
 * A plan's installation-loss estimate (summary.json {@code plans[].loss}, the loss columns of links.csv, and
 * the inputs of the paired comparisons).
 *
 * @param requestedMethod  the scenario's {@code montecarlo.method}: {@code auto}, {@code plain} or {@code rare-event}
 * @param plainTrials      trials of every class's plain run
 * @param lengthToleranceM length spread allowed inside a link class, m
 * @param classes          the link classes of the plan's routed channels
 * @param estimates        one estimate per class, same order
 * @param groups           the link groups (links with the same classes per MDI), in order of first link
 * @param groupOfLink      each logical link's group index, −1 for a link not estimated
 * @param summary          plan and per-tier figures over the link groups (links, not channels)
 * @param trialsSpent      all trials run for the plan: plain runs plus importance-sampling and extended runs
 * @param marginP1Db       1st percentile of the worst-lane margin over all routed channels (classes weighted by members), dB
 * @param marginP5Db       5th percentile, dB
 * @param marginP50Db      median, dB
 * @param marginCdf        the cumulative margin distribution over all routed channels, downsampled
 * @param skipped          links not estimated for a reason other than a design fault, by reason
 * @param failingByDesign  cabled links broken by design: they fail installation testing whatever their losses, and
 *                         are counted here, apart from the failures by loss the estimate gives
 */
public record PlanLoss(String requestedMethod, long plainTrials, double lengthToleranceM, List<LinkClass> classes,
        List<ClassEstimate> estimates, List<LinkGroup> groups, int[] groupOfLink, PlanLossSummary summary,
        long trialsSpent, double marginP1Db, double marginP5Db, double marginP50Db, List<MarginMixture.Point> marginCdf,
        Map<String, Integer> skipped, int failingByDesign) {
    /** Method id of a plan (or link) whose classes used more than one method. */
    public static final String MIXED = "mixed";

    public PlanLoss {
        classes = List.copyOf(classes);
        estimates = List.copyOf(estimates);
        groups = List.copyOf(groups);
        groupOfLink = groupOfLink.clone();
        marginCdf = List.copyOf(marginCdf);
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        if (failingByDesign < 0) {
            throw new IllegalArgumentException("failingByDesign must be >= 0, was " + failingByDesign);
        }
        if (estimates.size() != classes.size()) {
            throw new IllegalArgumentException("one estimate per class");
        }
    }

    /** @return a copy of each link's group index */
    @Override
    public int[] groupOfLink() {
        return groupOfLink.clone();
    }

    /** @return the loss figures of one logical link (by fabric index), empty when it was not estimated */
    public Optional<LinkLoss> link(int linkIndex) {
        int g = groupOfLink[linkIndex];
        return g < 0 ? Optional.empty() : Optional.of(groups.get(g).linkLoss());
    }

    /** @return links expected to fail installation testing: failures by design plus the expected failures by loss */
    public double expectedFailingLinks() {
        return failingByDesign + summary.plan().expectedFailingLinks();
    }

    /** @return links estimated */
    public long linksEstimated() {
        return summary.plan().links();
    }

    /** @return classes per method used, in method-name order */
    public Map<String, Integer> classesByMethod() {
        Map<String, Integer> m = new TreeMap<>();
        for (ClassEstimate e : estimates) {
            m.merge(e.result().method(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return the one method every class used, {@value #MIXED} for several, or {@code none} without classes */
    public String method() {
        Map<String, Integer> m = classesByMethod();
        return m.isEmpty() ? "none" : m.size() == 1 ? m.keySet().iterator().next() : MIXED;
    }

    /**
     * @param count how many, &ge; 0
     * @return the link groups with the highest P(fail), descending; ties: more links first, then id
     */
    public List<ClassLossResult> worstLinks(int count) {
        return groups.stream().map(LinkGroup::result)
                .sorted(Comparator.comparingDouble(ClassLossResult::failProbability).reversed()
                        .thenComparing(Comparator.comparingLong(ClassLossResult::memberCount).reversed())
                        .thenComparing(ClassLossResult::classId))
                .limit(count).toList();
    }

    /** @return the example (first) link id of a group's result, by the group's id */
    public String exampleLinkOf(String groupId) {
        for (LinkGroup g : groups) {
            if (g.result().classId().equals(groupId)) {
                return g.exampleLinkId();
            }
        }
        throw new IllegalArgumentException("no link group " + groupId);
    }
}
