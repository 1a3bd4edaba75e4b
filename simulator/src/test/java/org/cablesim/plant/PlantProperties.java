package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cablesim.polarity.LaneTrace;
import org.cablesim.polarity.PolarityType;
import org.cablesim.polarity.PortPosition;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.CassetteChoice;
import org.cablesim.scenario.ClusterSpec;
import org.cablesim.scenario.FabricSpec;
import org.cablesim.scenario.FloorSpec;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.PanelChoice;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.scenario.TierRole;
import org.cablesim.scenario.TierSpec;
import org.cablesim.scenario.Topology;
import org.cablesim.scenario.TrunkChoice;
import org.cablesim.topology.Device;
import org.cablesim.topology.FabricInfeasibleException;
import org.cablesim.topology.LogicalFabric;
import org.cablesim.topology.LogicalLink;

/**
 * For random small rail-optimised fabrics, floors and plans built only from polarity-correct families (Method A
 * with its one Type-B cord, or Type-B cords and trunk with Type-A adapters; legs reversed where the 2×12→3×8
 * conversion needs it), the plant is sound: no violation, no panel port or trunk fibre used twice, every lane
 * traced from MDI to MDI onto the far Rx block, installed ≥ lit fibres, and every channel at least as long as the
 * Manhattan distance between its two racks (trays run only along and across rows). The seed is fixed so the run is
 * reproducible; the coverage statistics make sure every architecture and cassette family is exercised.
 */
class PlantProperties {

    record Case(LogicalFabric fabric, FloorSpec floor, PlanSpec plan, String family) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> pmd = Arbitraries.integers().between(0, 3);
        Arbitrary<int[]> size = Combinators.combine(Arbitraries.of(8, 16, 32), Arbitraries.integers().between(2, 12),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4))
                .as((radix, unit, units, nics) -> new int[] {radix, unit, units, nics});
        Arbitrary<FloorSpec> floor = Combinators.combine(Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4),
                Arbitraries.of(LeafPlacement.class), Arbitraries.doubles().between(0, 2).ofScale(1),
                Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 10).ofScale(1))
                .as((racks, servers, switches, placement, tray, aisle, gap) -> new FloorSpec(0.6, 2.4, racks, servers,
                        switches, placement, tray, aisle, gap));
        Arbitrary<int[]> planKnobs = Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(8);
        return Combinators.combine(pmd, size, floor, planKnobs).as(PlantProperties::build).filter(c -> c != null);
    }

    private static Case build(int pmdChoice, int[] size, FloorSpec floor, int[] k) {
        String[] pmds = {"400GBASE-DR4", "400GBASE-DR4", "800G-2xDR4", "800GBASE-DR8"};
        int[] speeds = {400, 400, 800, 800};
        int[] breakouts = {1, 2, 1, 1};
        String pmd = pmds[pmdChoice];
        int speed = speeds[pmdChoice];
        int breakout = breakouts[pmdChoice];
        List<TierSpec> tiers = List.of(new TierSpec("server-leaf", TierRole.SERVER_LEAF, pmd, speed, breakout),
                new TierSpec("leaf-spine", TierRole.LEAF_SPINE, pmd, speed, breakout));
        FabricSpec spec = new FabricSpec(Topology.RAIL_OPTIMIZED, size[0], speed * breakout, 1.0, size[1], 0, tiers);
        LogicalFabric fabric;
        try {
            fabric = new org.cablesim.topology.RailOptimizedGenerator().generate(
                    new ClusterSpec(size[1] * size[2], 8, size[3]), spec, floor);
        } catch (FabricInfeasibleException e) {
            return null;
        }
        Architecture architecture = Architecture.values()[k[0] % 3];
        boolean dr8 = pmdChoice == 3;
        // Trunk family: 0 base-12, 1 base-8, 2 base-12 + 2x12->3x8, 3 base-16 + 16->2x8 (DR4 family only).
        int family = dr8 ? 4 : k[1] % 4;
        boolean methodA = k[2] % 2 == 0;
        String connector;
        String cassette = null;
        int legs;
        boolean reversed = false;
        switch (family) {
            case 0 -> {
                connector = "MPO-12";
                legs = 1 + k[3] % 24;
                reversed = k[4] % 2 == 0;
            }
            case 1 -> {
                connector = "MPO-8";
                legs = 1 + k[3] % 24;
                reversed = k[4] % 2 == 0;
            }
            case 2 -> {
                connector = "MPO-12";
                cassette = "conv-2xMPO12-3xMPO8";
                legs = 2 * (1 + k[3] % 12);
                // Type-B trunks bring MPO-8 port 2's two halves back on the other leg unless the legs are reversed.
                reversed = !methodA;
            }
            case 3 -> {
                connector = "MPO-16";
                cassette = "conv-MPO16-2xMPO8";
                legs = 1 + k[3] % 12;
            }
            default -> {
                connector = "MPO-16";
                legs = 1 + k[3] % 12;
                reversed = k[4] % 2 == 0;
            }
        }
        TierCabling cabling = TierCabling.defaults().withArchitecture(architecture)
                .withMethod(methodA ? PolarityMethod.A : PolarityMethod.U1)
                .withTrunk(new TrunkChoice(Optional.of(connector), OptionalInt.of(legs),
                        Optional.of(methodA ? PolarityType.A : PolarityType.B), reversed, Optional.empty(), Optional.empty(),
                        1 + k[5] % 2))
                .withCassette(cassette == null ? Optional.empty()
                        : Optional.of(new CassetteChoice(cassette, Optional.empty())))
                .withPanels(new PanelChoice(k[6] % 2 == 0 ? PanelPlacement.IN_RACK : PanelPlacement.NETWORK_RACK,
                        new int[] {6, 12, 24, 48}[k[7] % 4], 1, 1));
        PlanSpec plan = new PlanSpec("p", "", Map.of("server-leaf", cabling, "leaf-spine", cabling),
                CapacityPolicy.ADD);
        return new Case(fabric, floor, plan, architecture + "/" + (cassette == null ? connector : cassette));
    }

    @Property(tries = 120, seed = "20261123")
    void plantIsSound(@ForAll("cases") Case c) {
        Statistics.label("architecture").collect(c.family().substring(0, c.family().indexOf('/')));
        Statistics.label("trunk").collect(c.family().substring(c.family().indexOf('/') + 1));
        // Each architecture and each cassette family must really be exercised (seen: 21-55 % and 10-13 %).
        Statistics.label("architecture").coverage(cov -> {
            for (Architecture a : Architecture.optical()) {
                cov.check(a.toString()).percentage(p -> p >= 10);
            }
        });
        Statistics.label("trunk").coverage(cov -> {
            cov.check("conv-2xMPO12-3xMPO8").percentage(p -> p >= 5);
            cov.check("conv-MPO16-2xMPO8").percentage(p -> p >= 5);
        });
        CablingPlan plan = new ShortestTrayRouter().route(c.fabric(), c.floor(), PlantFixtures.CATALOG, c.plan());
        assertEquals(List.of(), plan.violations(), c.family());
        Set<String> ports = new HashSet<>();
        Set<String> fibres = new HashSet<>();
        int lanes = 0;
        for (int link = 0; link < plan.linkCount(); link++) {
            LogicalLink l = c.fabric().links().get(link);
            Device lower = c.fabric().device(l.fromDeviceId());
            Device upper = c.fabric().device(l.toDeviceId());
            double manhattan = Math.abs(lower.rack().xM() - upper.rack().xM())
                    + Math.abs(lower.rack().yM() - upper.rack().yM());
            assertTrue(plan.routedLengthM(link) >= manhattan - 1e-9, "route of " + l.id());
            List<ResolvedChannel> channels = plan.channels(link);
            assertEquals(plan.tiers().get(l.tierIndex()).pmd().mdiConnectorCount(), channels.size());
            for (ResolvedChannel rc : channels) {
                assertTrue(rc.lengthM() >= manhattan - 1e-9, rc.linkId() + " is shorter than its racks' distance");
                assertEquals(plan.channelLengthM(rc.index()), rc.lengthM(), 1e-9);
                for (ResolvedElement e : rc.elements()) {
                    // A panel or cross-connect port (and a cassette front port) carries one channel; a cassette's
                    // rear adapters carry all channels of that cassette.
                    if (e.kind() == ElementKind.ADAPTER && !e.label().startsWith("cassette rear")) {
                        assertTrue(ports.add(e.label()), "port used twice: " + e.label());
                    }
                }
                for (LaneTrace t : rc.laneTraces()) {
                    lanes++;
                    assertTrue(t.complete(), rc.linkId() + " lane lost: " + t.lostReason());
                    assertEquals(rc.elements().size(), t.afterEach().size());
                    PortPosition end = t.end().orElseThrow();
                    List<Integer> rx = t.forward() ? rc.far().port().rxPositions() : rc.near().port().rxPositions();
                    assertTrue(rx.contains(end.position()), rc.linkId() + " lane ends on " + end);
                }
                for (TrunkFibre f : rc.trunkFibres()) {
                    assertTrue(fibres.add(f.trunkId() + "/" + f.nearLeg() + "/" + f.nearPosition()),
                            "trunk fibre used twice: " + f);
                }
            }
        }
        assertTrue(lanes > 0);
        TierCounts total = plan.counts().total();
        assertTrue(total.fibresInstalled() >= total.fibresLit());
        assertTrue(total.fibresLit() > 0);
        for (int t = 0; t < plan.trunkCount(); t++) {
            assertTrue(plan.trunkSlotsUsed(t) <= plan.tiers().get(plan.trunkTier(t)).slotsPerTrunk());
        }
    }
}
