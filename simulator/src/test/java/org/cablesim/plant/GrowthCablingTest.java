package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthProvision;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.topology.FabricGrowth;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.GrowthGenerator;
import org.cablesim.topology.LinkMove;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A SuperPOD-like fabric grows from 2 to 4 scalable units (16/8 → 32/16 leaf/spine, 64 × 400G switches, DR4 on
 * 12-leg MPO-12 trunks, panels in the racks), cabled as each phase comes or with the leaf–spine tier cabled for the
 * final size from day one. Hand counts (floor: 8 compute racks of 4 servers per row, 4 switches per network rack):
 * <ul>
 *   <li>Each SU fills one row and puts its 8 rail leaves in 2 leaf racks at the row's end; the 16 spines of the
 *       last phase stand in 4 spine racks S0..S3 (4 each), spines 1–8 in S0 and S1.</li>
 *   <li>2 SU: a leaf's 32 uplinks go 4 to each of 8 spines, so 16 to each spine rack: 4 leaves × 16 = 64 links per
 *       (leaf rack, spine rack) = 6 trunks of 12 legs; 4 leaf racks × 2 spine racks × 6 = 48 leaf–spine trunks.</li>
 *   <li>4 SU: a leaf's uplinks go 2 to each of 16 spines, 8 to each spine rack: 32 links = 3 trunks per (leaf rack,
 *       spine rack). Half of every old leaf's uplinks move to spines 9–16 (256 links). As each phase comes, the
 *       old leaf racks need 3 new trunks to each of S2 and S3 (4 × 2 × 3 = 24) and the new leaf racks 3 to each
 *       spine rack (4 × 4 × 3 = 48): 72 new trunks, and the 256 moved links are re-cabled. Cabled for the final
 *       size, day one installs all 48 + 24 + 48 = 120 and the expansion pulls no trunk: the moved links are
 *       re-patched onto legs that were dark.</li>
 *   <li>Server–leaf: each server rack sends 16 links to each of its SU's 2 leaf racks, 2 trunks each: 32 trunks
 *       per SU, 64 more at the expansion in both plans.</li>
 * </ul>
 */
class GrowthCablingTest {
    private static final FloorSpec FLOOR = new FloorSpec(0.6, 2.4, 8, 4, 4, LeafPlacement.END_OF_ROW, 0.5, 0, 3.0);
    private static PlantGrowth perPhase;
    private static PlantGrowth finalSize;
    private static FabricGrowth fabric;

    @BeforeAll
    static void route() throws FabricInfeasibleException {
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, "400GBASE-DR4", 400, 1),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, "400GBASE-DR4", 400, 1));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 32, 0, tiers);
        fabric = GrowthGenerator.generate(new ClusterSpec(64, 8, 8), spec, FLOOR,
                new GrowthSpec(List.of(new GrowthPhaseSpec("4su", 180, 128, 4)), 0.08, 6.5));
        perPhase = GrowthCabling.route(fabric, FLOOR, PlantFixtures.CATALOG, plan("per-phase", Map.of()));
        finalSize = GrowthCabling.route(fabric, FLOOR, PlantFixtures.CATALOG,
                plan("spine-trunks", Map.of("leaf-spine", Provision.FINAL_SIZE)));
    }

    private static PlanSpec plan(String name, Map<String, Provision> byTier) {
        return new PlanSpec(name, "", Map.of(), CapacityPolicy.ADD, new GrowthProvision(Provision.PER_PHASE, byTier));
    }

    @Test
    void eachStrategyAddsTheTrunksCountedByHand() {
        assertEquals(12, perPhase.finalPlan().tiers().get(1).slotsPerTrunk());
        assertEquals(Map.of("server-leaf", 64, "leaf-spine", 48), perPhase.phases().get(0).work().trunksAdded());
        assertEquals(Map.of("server-leaf", 64, "leaf-spine", 72), perPhase.phases().get(1).work().trunksAdded());
        assertEquals(Map.of("server-leaf", 64, "leaf-spine", 120), finalSize.phases().get(0).work().trunksAdded());
        assertEquals(Map.of("server-leaf", 64, "leaf-spine", 0), finalSize.phases().get(1).work().trunksAdded());
    }

    @Test
    void thePreProvisionedPlanReCablesNoTrunkAtTheExpansion() {
        PhaseWork pre = finalSize.phases().get(1).work();
        PhaseWork asNeeded = perPhase.phases().get(1).work();
        assertEquals(0, pre.count(LinkWork.Kind.RE_CABLED));
        assertEquals(256, pre.count(LinkWork.Kind.RE_PATCHED));
        assertEquals(256, asNeeded.count(LinkWork.Kind.RE_CABLED));
        assertEquals(0, asNeeded.count(LinkWork.Kind.RE_PATCHED));
        assertEquals(1024, pre.count(LinkWork.Kind.NEW));
        assertEquals(1024, asNeeded.count(LinkWork.Kind.NEW));
        // The links that change are exactly the links the fabric moves.
        List<String> moved = fabric.phases().get(1).change().moves().stream().map(LinkMove::linkId).toList();
        List<String> changed = pre.links().stream().filter(w -> w.kind() != LinkWork.Kind.NEW)
                .map(LinkWork::linkId).toList();
        assertEquals(moved, changed);
        // Day one carries the dark legs: 24 trunks to S2/S3 (288 legs) and 48 to the new leaf racks (576 legs),
        // plus the legs the phase's own links leave over, each leg 12 fibres.
        long darkDayOne = finalSize.phases().get(0).work().fibresIdle();
        long perPhaseDayOne = perPhase.phases().get(0).work().fibresIdle();
        assertEquals((288 + 576) * 12L, darkDayOne - perPhaseDayOne);
        assertTrue(finalSize.phases().get(0).work().idleValueUsd() > perPhase.phases().get(0).work().idleValueUsd());
    }

    @Test
    void labelsOfPhaseOneLinksAndCablesAreUnchangedInPhaseTwo() {
        for (PlantGrowth growth : List.of(perPhase, finalSize)) {
            CablingPlan before = growth.phases().get(0).plan();
            CablingPlan after = growth.phases().get(1).plan();
            List<String> moved = fabric.phases().get(1).change().moves().stream().map(LinkMove::linkId).toList();
            int kept = 0;
            for (int l = 0; l < before.linkCount(); l++) {
                if (moved.contains(before.fabric().links().get(l).id())) {
                    continue;
                }
                assertEquals(describe(before.channels(l)), describe(after.channels(l)), "link " + l);
                kept++;
            }
            assertEquals(1024 - 256, kept);
            for (int t = 0; t < before.trunkCount(); t++) {
                assertEquals(before.trunkCable(t), after.trunkCable(t));
            }
        }
    }

    /** Every label, cable id, end and length of a link's channels. */
    static List<String> describe(List<ResolvedChannel> channels) {
        List<String> out = new ArrayList<>();
        for (ResolvedChannel rc : channels) {
            out.add(rc.near().label() + " " + rc.far().label());
            for (ResolvedElement e : rc.elements()) {
                out.add(e instanceof CableRun run ? run.cableId() + " " + run.nearEnd() + " " + run.farEnd() + " "
                        + run.lengthM() : e.label());
            }
        }
        return out;
    }
}
