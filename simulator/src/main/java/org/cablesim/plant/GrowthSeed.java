package org.cablesim.plant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.scenario.TierSpec;

/**
 * What the router of one growth phase starts from: the phase before's trunks, panel stacks and link allocations
 * (so every link that stays between the same two panel locations keeps its trunk leg, panel ports and hence its
 * labels), the trunks to pre-install on final-size tiers, and the panels reserved for the last phase (so panel
 * numbers never shift when a stack grows). Prior node ids are translated through (row, position), which the hall
 * plan keeps stable. {@link #NONE} routes a fabric from scratch.
 */
final class GrowthSeed {
    /** Route from scratch: no prior plant, nothing pre-installed, nothing reserved. */
    static final GrowthSeed NONE = new GrowthSeed(null, List.of(), List.of(), Map.of(), Set.of());

    /** A panel stack's place: (tier, location row, location position, cross-connect side). */
    record StackKey(int tier, int row, int position, boolean crossConnect) {
    }

    /** A trunk group's place: one tier's trunks between two panel locations. */
    record GroupKey(int tier, int nearRow, int nearPosition, int farRow, int farPosition) {
    }

    /**
     * Trunks a group must have once the phase's links are placed (installed dark if the links do not need them).
     *
     * @param group  the group
     * @param trunks trunks to reach, ≥ 0
     */
    record Target(GroupKey group, int trunks) {
    }

    private final CablingPlan prior;
    private final List<TierSpec> hallTiers;
    private final List<Target> targets;
    private final Map<StackKey, Integer> reservedPanels;
    private final Set<Integer> finalSizeTiers;

    /**
     * @param prior          the phase before's plant, or null
     * @param hallTiers      every tier the last phase has (a tier may be pre-installed before its first link),
     *                       empty to use the fabric's own tiers
     * @param targets        trunk counts to reach per group, in the order groups are to be opened
     * @param reservedPanels panels reserved per stack place (the last phase's), for panel numbering
     * @param finalSizeTiers tiers whose reserved panels are installed from the start
     */
    GrowthSeed(CablingPlan prior, List<TierSpec> hallTiers, List<Target> targets,
            Map<StackKey, Integer> reservedPanels, Set<Integer> finalSizeTiers) {
        this.prior = prior;
        this.hallTiers = List.copyOf(hallTiers);
        this.targets = List.copyOf(targets);
        this.reservedPanels = Map.copyOf(reservedPanels);
        this.finalSizeTiers = Set.copyOf(finalSizeTiers);
    }

    /** The phase before's plant, or null. */
    CablingPlan prior() {
        return prior;
    }

    /** The tiers to resolve: the hall's, or the fabric's own when the seed names none. */
    List<TierSpec> tiers(List<TierSpec> fabricTiers) {
        return hallTiers.isEmpty() ? fabricTiers : hallTiers;
    }

    List<Target> targets() {
        return targets;
    }

    /** Panels reserved at a stack place (0 when none). */
    int reservedPanels(StackKey key) {
        return reservedPanels.getOrDefault(key, 0);
    }

    Set<StackKey> reservedStacks() {
        return reservedPanels.keySet();
    }

    /** Whether a tier's reserved panels are installed from the start. */
    boolean installsReserved(int tier) {
        return finalSizeTiers.contains(tier);
    }

    /** Every stack place of a plan with its installed panels. */
    static Map<StackKey, Integer> panelsOf(CablingPlan plan) {
        PlantLayout layout = plan.layout();
        Map<StackKey, Integer> out = new LinkedHashMap<>();
        for (int s = 0; s < layout.stackTier().length; s++) {
            PathwayNode node = plan.pathways().node(layout.stackNode()[s]);
            out.put(new StackKey(layout.stackTier()[s], node.row(), node.position(), layout.stackCrossConnect()[s]),
                    layout.stackPanels()[s]);
        }
        return out;
    }

    /** Every trunk group of a plan with its trunk count, in order of its first trunk. */
    static List<Target> groupsOf(CablingPlan plan) {
        PlantLayout layout = plan.layout();
        Map<GroupKey, Integer> counts = new LinkedHashMap<>();
        for (int t = 0; t < layout.trunks(); t++) {
            counts.merge(groupOf(plan, t), 1, Integer::sum);
        }
        List<Target> out = new ArrayList<>();
        counts.forEach((g, n) -> out.add(new Target(g, n)));
        return out;
    }

    /** The group of trunk {@code t} of {@code plan}. */
    static GroupKey groupOf(CablingPlan plan, int t) {
        PlantLayout layout = plan.layout();
        PathwayNode near = plan.pathways().node(layout.stackNode()[layout.trunkNearStack()[t]]);
        PathwayNode far = plan.pathways().node(layout.stackNode()[layout.trunkFarStack()[t]]);
        return new GroupKey(layout.trunkTier()[t], near.row(), near.position(), far.row(), far.position());
    }

    /** The node id in {@code pathways} of node {@code id} of the prior plant. */
    int translate(int id, PathwayGraph pathways) {
        PathwayNode node = prior.pathways().node(id);
        return pathways.rackNodeId(node.row(), node.position());
    }
}
