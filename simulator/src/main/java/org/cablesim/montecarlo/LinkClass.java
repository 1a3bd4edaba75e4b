package org.cablesim.montecarlo;

import org.cablesim.optics.ReflectanceRule;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cablesim.stats.Checks;

/**
 * Links that share one channel structure (same element types at the same positions, lengths within a
 * tolerance), computed once and counted {@code memberCount} times. A link fails at installation iff
 * some lane's loss (sum over mated pairs of the loss at that lane's position, plus the lane's fixed
 * loss) exceeds the budget, or the reflectance rule is broken.
 *
 * @param classId            stable id, used in results and to name importance-sampling streams; non-empty
 * @param tier               the fabric tier the members belong to (e.g. "leaf-spine"); non-empty
 * @param lanes              lit fibres per direction that must each meet the budget, &ge; 1
 * @param matedPairs         the connections, each mapping every lane; element keys unique
 * @param fixedLossDbPerLane deterministic loss per lane in dB (fibre attenuation × length, splices,
 *                           cassette internals), finite, &ge; 0, one per lane
 * @param budgetDb           the PMD's channel insertion-loss budget in dB, finite, &gt; 0
 * @param rule               the PMD's reflectance rule
 * @param memberCount        how many links of the plan are in this class, &ge; 1
 */
public record LinkClass(String classId, String tier, int lanes, List<MatedPairSlot> matedPairs,
                        double[] fixedLossDbPerLane, double budgetDb, ReflectanceRule rule, long memberCount) {
    public LinkClass {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(rule, "rule");
        if (classId.isEmpty() || tier.isEmpty()) {
            throw new IllegalArgumentException("classId and tier must not be empty");
        }
        Checks.atLeast(classId + ": lanes", lanes, 1);
        matedPairs = List.copyOf(matedPairs);
        Set<String> keys = new HashSet<>();
        for (MatedPairSlot slot : matedPairs) {
            if (slot.lanes() != lanes) {
                throw new IllegalArgumentException(classId + ": slot " + slot.elementKey() + " maps " + slot.lanes() + " lanes, not " + lanes);
            }
            if (!keys.add(slot.elementKey())) {
                throw new IllegalArgumentException(classId + ": element key '" + slot.elementKey()
                        + "' appears twice; its draws would be identical (give each connection its own key)");
            }
        }
        if (fixedLossDbPerLane == null || fixedLossDbPerLane.length != lanes) {
            throw new IllegalArgumentException(classId + ": fixedLossDbPerLane needs " + lanes + " entries");
        }
        fixedLossDbPerLane = fixedLossDbPerLane.clone();
        for (double f : fixedLossDbPerLane) {
            Checks.nonNegative(classId + ": fixed loss", f);
        }
        Checks.positive(classId + ": budgetDb", budgetDb);
        Checks.atLeast(classId + ": memberCount", memberCount, 1);
    }

    /** @return a copy of the fixed loss per lane in dB */
    @Override
    public double[] fixedLossDbPerLane() {
        return fixedLossDbPerLane.clone();
    }

    /** @return the fixed loss of one lane in dB, without copying */
    public double fixedLossDb(int lane) {
        return fixedLossDbPerLane[lane];
    }

    /** @return the reflectance of every connection in dB, in channel order */
    public double[] reflectancesDb() {
        return matedPairs.stream().mapToDouble(MatedPairSlot::reflectanceDb).toArray();
    }

    /** @return how many connections reflect above the rule's counting threshold */
    public int reflectanceEventsAboveThreshold() {
        return rule.count(reflectancesDb());
    }

    /** @return the largest connection reflectance in dB, or −∞ with no connections */
    public double worstReflectanceDb() {
        return Arrays.stream(reflectancesDb()).max().orElse(Double.NEGATIVE_INFINITY);
    }

    /** @return true iff the reflectance rule holds (deterministic: no randomness involved) */
    public boolean reflectanceCompliant() {
        return rule.complies(reflectancesDb());
    }

    /** @return a copy with another member count */
    public LinkClass withMemberCount(long count) {
        return new LinkClass(classId, tier, lanes, matedPairs, fixedLossDbPerLane, budgetDb, rule, count);
    }

    /** @return a copy with another id (importance-sampling streams are named by it) */
    public LinkClass withClassId(String id) {
        return new LinkClass(id, tier, lanes, matedPairs, fixedLossDbPerLane, budgetDb, rule, memberCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkClass c && classId.equals(c.classId) && tier.equals(c.tier) && lanes == c.lanes
                && matedPairs.equals(c.matedPairs) && Arrays.equals(fixedLossDbPerLane, c.fixedLossDbPerLane)
                && Double.compare(budgetDb, c.budgetDb) == 0 && rule.equals(c.rule) && memberCount == c.memberCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classId, tier, lanes, matedPairs, Arrays.hashCode(fixedLossDbPerLane), budgetDb, rule, memberCount);
    }

    @Override
    public String toString() {
        return "LinkClass[" + classId + ", tier=" + tier + ", lanes=" + lanes + ", matedPairs=" + matedPairs.size()
                + ", budgetDb=" + budgetDb + ", members=" + memberCount + "]";
    }
}
