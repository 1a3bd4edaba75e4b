package org.cablesim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.GrowthPhaseSpec;
import org.cablesim.scenario.GrowthSpec;
import org.cablesim.scenario.Topology;
import org.junit.jupiter.api.Test;

/**
 * Growth phases of the DGX SuperPOD compute fabric (DOMAIN §6: SU = 32 servers × 8 GPUs, 64 × 400G switches, 32
 * down / 32 up per leaf), counted by hand.
 */
class GrowthGeneratorTest {
    private static final FabricSpec SUPERPOD = new FabricSpec(Topology.RAIL_OPTIMIZED, 64, 400, 1.0, 32, 0,
            Fixtures.tiers(400, 1, 1, 1));

    static FabricGrowth grow(int initialUnits, int... unitsAfter) throws FabricInfeasibleException {
        List<GrowthPhaseSpec> phases = new ArrayList<>();
        for (int i = 0; i < unitsAfter.length; i++) {
            phases.add(new GrowthPhaseSpec("p" + (i + 1), 100.0 * (i + 1), 32 * unitsAfter[i], 2));
        }
        return GrowthGenerator.generate(new ClusterSpec(32 * initialUnits, 8, 8), SUPERPOD, Fixtures.FLOOR,
                new GrowthSpec(phases, 0.08, 6.5));
    }

    /*
     * 2 SU: 16 leaves, 8 spines; leaf uplink u (port 33 + u, u = 0..31) goes to spine u mod 8.
     * 4 SU: 32 leaves, 16 spines; the design puts uplink u on spine u mod 16. For the 16 old leaves the uplinks with
     * u mod 16 in 8..15 (ports 41..48 and 57..64) change spine: 16 per leaf, 256 moves, each from spine u mod 8 to
     * spine u mod 16, i.e. to spine (u mod 8) + 8. The other 256 old uplinks stay with their ports.
     */
    @Test
    void twoToFourUnitsReStripesHalfOfEveryOldLeafsUplinks() throws FabricInfeasibleException {
        FabricGrowth growth = grow(2, 4);
        LogicalFabric before = growth.phases().get(0).fabric();
        LogicalFabric after = growth.finalFabric();
        assertEquals(16, before.count(DeviceRole.LEAF));
        assertEquals(8, before.count(DeviceRole.SPINE));
        assertEquals(32, after.count(DeviceRole.LEAF));
        assertEquals(16, after.count(DeviceRole.SPINE));
        FabricChecks.portsAreConsistent(before, SUPERPOD);
        FabricChecks.portsAreConsistent(after, SUPERPOD);

        PhaseChange change = growth.phases().get(1).change();
        assertEquals(256, change.moves().size());
        Set<String> expected = new HashSet<>();
        for (LogicalLink l : before.links()) {
            if (l.tierIndex() == 1) {
                int u = l.fromPort() - 33;
                if (u % 16 >= 8) {
                    expected.add(l.id());
                }
            }
        }
        assertEquals(256, expected.size());
        Map<String, LogicalLink> old = byId(before);
        Map<String, LogicalLink> now = byId(after);
        for (LinkMove move : change.moves()) {
            assertTrue(expected.contains(move.linkId()), move::toString);
            int u = move.lowerPort() - 33;
            int oldSpine = Integer.parseInt(move.fromDevice().substring("spine-".length()));
            int newSpine = Integer.parseInt(move.toDevice().substring("spine-".length()));
            assertEquals(u % 8 + 1, oldSpine, move::toString);
            assertEquals(u % 8 + 9, newSpine, move::toString);
            assertEquals(old.get(move.linkId()).fromDeviceId(), now.get(move.linkId()).fromDeviceId());
            assertEquals(old.get(move.linkId()).fromPort(), now.get(move.linkId()).fromPort());
        }
        // Every other link of phase 1 is the same link in phase 2, with the same ends and ports.
        for (LogicalLink l : before.links()) {
            if (!expected.contains(l.id())) {
                assertEquals(l, now.get(l.id()));
            }
        }
        assertEquals(Map.of("server-leaf", 512, "leaf-spine", 512), change.linksAdded());
        assertEquals(Map.of(DeviceRole.SERVER, 64, DeviceRole.LEAF, 16, DeviceRole.SPINE, 8, DeviceRole.CORE, 0),
                change.devicesAdded());
        assertEquals(List.of(), change.removedLinks());
        assertEquals(List.of(), change.tiersAdded());
        // Old links first, in their order; new ones after with fresh ids.
        for (int i = 0; i < before.links().size(); i++) {
            assertEquals(before.links().get(i).id(), after.links().get(i).id());
        }
        assertEquals("L001025", after.links().get(1024).id());
    }

    @Test
    void devicesKeepTheirNamesAndRacks() throws FabricInfeasibleException {
        FabricGrowth growth = grow(2, 4, 16);
        LogicalFabric last = growth.finalFabric();
        for (FabricPhase phase : growth.phases()) {
            for (Device d : phase.fabric().devices()) {
                Device later = last.device(d.id());
                assertEquals(d.role(), later.role());
                assertEquals(d.rack(), later.rack(), d::id);
            }
            assertSame(last.racks(), phase.fabric().hallRacks());
        }
        assertEquals(List.of("spine-009", "spine-016"), List.of(growth.phases().get(1).fabric()
                .devices(DeviceRole.SPINE).get(8).id(), growth.phases().get(1).fabric().devices(DeviceRole.SPINE)
                .get(15).id()));
    }

    /*
     * 4 → 16 SU: a core tier appears with the SuperPOD counts: 128 leaves, 128 spines (4 pods of 32), 64 cores,
     * 4,096 links per tier. Pod 1's spines go from 16 to 32: every old leaf's uplinks u = 16..31 move from spine
     * u − 16 to spine u (16 per leaf, 512 in all); the old spines keep their leaf ports and take their core
     * uplinks on the ports the moved links freed.
     */
    @Test
    void fourToSixteenUnitsAddsACoreTier() throws FabricInfeasibleException {
        FabricGrowth growth = grow(4, 16);
        LogicalFabric after = growth.finalFabric();
        assertEquals(128, after.count(DeviceRole.LEAF));
        assertEquals(128, after.count(DeviceRole.SPINE));
        assertEquals(64, after.count(DeviceRole.CORE));
        assertEquals(Map.of("server-leaf", 4096, "leaf-spine", 4096, "spine-core", 4096), after.linkCountsByTier());
        FabricChecks.portsAreConsistent(after, SUPERPOD);
        PhaseChange change = growth.phases().get(1).change();
        assertEquals(List.of("spine-core"), change.tiersAdded());
        assertEquals(Map.of("leaf-spine", 512), change.movesByTier());
        for (LinkMove move : change.moves()) {
            int u = move.lowerPort() - 33;
            assertTrue(u >= 16, move::toString);
            assertEquals(u - 16 + 1, Integer.parseInt(move.fromDevice().substring(6)), move::toString);
            assertEquals(u + 1, Integer.parseInt(move.toDevice().substring(6)), move::toString);
        }
    }

    /*
     * 16 → 32 SU: pods stay 32 spines wide, so no leaf uplink moves; core groups grow from 2 to 4 cores, so every
     * old spine's uplink u (of 32) with u mod 4 in {2, 3} moves to a new core: 16 per spine × 128 spines = 2,048.
     */
    @Test
    void sixteenToThirtyTwoUnitsReStripesTheSpineUplinks() throws FabricInfeasibleException {
        FabricGrowth growth = grow(4, 16, 32);
        LogicalFabric last = growth.finalFabric();
        assertEquals(256, last.count(DeviceRole.SPINE));
        assertEquals(128, last.count(DeviceRole.CORE));
        FabricChecks.portsAreConsistent(last, SUPERPOD);
        assertEquals(Map.of("spine-core", 2048), growth.phases().get(2).change().movesByTier());
        assertEquals(64, growth.phases().get(2).change().devicesAdded().get(DeviceRole.CORE));
    }

    @Test
    void aPhaseThatWouldNeedAFourthTierIsAnInputError() {
        FabricInfeasibleException e = assertThrows(FabricInfeasibleException.class, () -> grow(4, 16, 2048));
        assertEquals("growth.phases[1].servers", e.path());
        assertTrue(e.getMessage().startsWith("growth phase p2 (65536 servers): "), e.getMessage());
    }

    private static Map<String, LogicalLink> byId(LogicalFabric f) {
        Map<String, LogicalLink> m = new HashMap<>();
        f.links().forEach(l -> m.put(l.id(), l));
        return m;
    }
}
