package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cablesim.polarity.Adapter;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.TierCabling;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Fibre counts, trunk capacity and mated pairs against hand calculations (TIA-568.3-E array connectivity).
 *
 * <p>The fabric ({@link PlantFixtures#unit24}): 24 servers × 8 NICs in 8 racks of 3, one leaf rack, one spine rack.
 * Server–leaf: 8 rack pairs × 24 links. Leaf–spine: one rack pair, 8 leaves × 24 up ports = 192 links.
 */
class FibreCountTest {
    private static final LogicalFabric DR4 = PlantFixtures.unit24("400GBASE-DR4", 400);
    private static final LogicalFabric DR8 = PlantFixtures.unit24("800GBASE-DR8", 800);

    /*
     * DR4 on 12-leg MPO-12 trunks (144 f): 24 links per rack pair fill exactly 2 trunks; leaf–spine 192 links fill
     * exactly 16. Per tier: installed 16 × 144 = 2,304 fibres, lit 192 × 8 = 1,536, dark 768 = 4 of every 12 = 33.3 %.
     */
    @Test
    void dr4OnMpo12TrunksLeavesAThirdDark() {
        CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("base12", TierCabling.defaults()));
        for (String tier : List.of("server-leaf", "leaf-spine")) {
            TierCounts c = plan.counts().byTier().get(tier);
            assertEquals(16, c.trunks(), tier);
            assertEquals(2304, c.fibresInstalled(), tier);
            assertEquals(1536, c.fibresLit(), tier);
            assertEquals(768, c.fibresDark(), tier);
            assertEquals(1.0 / 3.0, c.darkFraction(), 1e-15, tier);
        }
        assertEquals(1.0 / 3.0, plan.counts().total().darkFraction(), 1e-15);
        assertEquals(0, plan.violations().size(), plan.violations().toString());
    }

    /*
     * DR8 on 12-leg MPO-16 trunks (192 f): 24 links per rack pair fill 2 trunks, 192 leaf–spine links 16 trunks;
     * every MPO-16 leg carries one DR8 on all 16 fibres: installed 16 × 192 = 3,072 = lit 192 × 16, 0 % dark.
     */
    @Test
    void dr8OnMpo16TrunksLeavesNothingDark() {
        TierCabling base16 = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-16", 12, PolarityType.B, false));
        CablingPlan plan = PlantFixtures.route(DR8, PlantFixtures.plan("base16", base16));
        for (String tier : List.of("server-leaf", "leaf-spine")) {
            TierCounts c = plan.counts().byTier().get(tier);
            assertEquals(16, c.trunks(), tier);
            assertEquals(3072, c.fibresInstalled(), tier);
            assertEquals(3072, c.fibresLit(), tier);
            assertEquals(0.0, c.darkFraction(), 0, tier);
        }
        assertEquals(0, plan.violations().size(), plan.violations().toString());
    }

    /*
     * A 144-fibre trunk carries: base-12 (12 × MPO-12) 12 DR4; base-12 with 2×12→3×8 cassettes 12 / 2 × 3 = 18 DR4;
     * base-8 (18 × MPO-8) 18 DR4; base-16 (9 × MPO-16) 9 DR8. Routed on the 24-server unit: server–leaf 24 links
     * per rack pair need ⌈24/12⌉ = 2, ⌈24/18⌉ = 2, 2 and ⌈24/9⌉ = 3 trunks per pair (× 8 pairs); leaf–spine 192
     * links need 16, ⌈192/18⌉ = 11, 11 and ⌈192/9⌉ = 22 trunks.
     */
    @Test
    void a144FibreTrunkCarries12Or18Or9Links() {
        TierCabling base12 = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-12", 12, PolarityType.B, false));
        TierCabling converted = TierCabling.defaults().withMethod(PolarityMethod.A)
                .withTrunk(PlantFixtures.trunk("MPO-12", 12, PolarityType.A, false))
                .withCassette(PlantFixtures.cassette("conv-2xMPO12-3xMPO8"));
        TierCabling base8 = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-8", 18, PolarityType.B, false));
        TierCabling base16 = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-16", 9, PolarityType.B, false));
        Map<TierCabling, int[]> expected = Map.of(base12, new int[] {12, 16, 16}, converted, new int[] {18, 16, 11},
                base8, new int[] {18, 16, 11});
        for (Map.Entry<TierCabling, int[]> e : expected.entrySet()) {
            CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", e.getKey()));
            assertEquals(144, plan.tiers().get(0).trunkFibres());
            assertEquals(e.getValue()[0], plan.tiers().get(0).slotsPerTrunk());
            assertEquals(e.getValue()[1], plan.counts().byTier().get("server-leaf").trunks());
            assertEquals(e.getValue()[2], plan.counts().byTier().get("leaf-spine").trunks());
            assertEquals(0, plan.violations().size(), plan.violations().toString());
        }
        CablingPlan dr8 = PlantFixtures.route(DR8, PlantFixtures.plan("base16", base16));
        assertEquals(144, dr8.tiers().get(0).trunkFibres());
        assertEquals(9, dr8.tiers().get(0).slotsPerTrunk());
        assertEquals(24, dr8.counts().byTier().get("server-leaf").trunks());
        assertEquals(22, dr8.counts().byTier().get("leaf-spine").trunks());
        assertEquals(0, dr8.violations().size(), dr8.violations().toString());
    }

    /*
     * Mated pairs are counted between the two MDIs only, i.e. the adapters in the channel (the matings at the
     * transceivers themselves are not counted): direct 0, interconnect 2 (one panel adapter at each end),
     * cross-connect 4 (two panels at each end); a cassette at each trunk end replaces the panel adapter by its
     * front and rear adapters, +1 per conversion stage: interconnect 2 + 2 = 4, cross-connect 4 + 2 = 6.
     */
    @Test
    void matedPairsBetweenTheMdis() {
        TierCabling cassette = TierCabling.defaults().withMethod(PolarityMethod.A)
                .withTrunk(PlantFixtures.trunk("MPO-12", 12, PolarityType.A, false))
                .withCassette(PlantFixtures.cassette("conv-2xMPO12-3xMPO8"));
        Map<TierCabling, Integer> expected = Map.of(
                TierCabling.defaults().withArchitecture(Architecture.DIRECT), 0,
                TierCabling.defaults(), 2,
                TierCabling.defaults().withArchitecture(Architecture.CROSS_CONNECT), 4,
                cassette, 4,
                cassette.withArchitecture(Architecture.CROSS_CONNECT), 6);
        for (Map.Entry<TierCabling, Integer> e : expected.entrySet()) {
            CablingPlan plan = PlantFixtures.route(DR4, PlantFixtures.plan("p", e.getKey()));
            int want = e.getValue();
            for (int s = 0; s < plan.subChannelCount(); s += 37) {
                ResolvedChannel rc = plan.channel(s);
                long adapters = rc.polarityChannel().elements().stream().filter(x -> x instanceof Adapter).count();
                assertEquals(want, adapters, e.getKey().architecture() + " channel " + s);
                assertEquals(want, rc.matedPairs().size());
            }
            assertEquals(Map.of(want, 384), plan.counts().matedPairsPerChannel());
            assertEquals(want, plan.counts().minMatedPairs());
            assertEquals(want, plan.counts().maxMatedPairs());
            assertEquals(0, plan.violations().size(), e.getKey().architecture() + " " + plan.violations());
        }
    }

    /* A twin-port 2×DR4 link has two MPO-12 MDIs per end: two parallel channels, each on its own trunk leg. */
    @Test
    void twinPortLinksHaveTwoParallelChannels() {
        LogicalFabric twin = PlantFixtures.unit24("800G-2xDR4", 800);
        CablingPlan plan = PlantFixtures.route(twin, PlantFixtures.plan("p", TierCabling.defaults()));
        assertEquals(2 * 384, plan.subChannelCount());
        List<ResolvedChannel> channels = plan.channels(0);
        assertEquals(2, channels.size());
        assertTrue(channels.get(0).near().label().endsWith(":1/1"), channels.get(0).near().label());
        assertTrue(channels.get(1).near().label().endsWith(":1/2"), channels.get(1).near().label());
        assertTrue(!channels.get(0).trunkFibres().get(0).equals(channels.get(1).trunkFibres().get(0)));
        // 2 × 24 MDIs per rack pair fill 4 trunks of 12 legs: 8 pairs × 4 = 32; 2 × 192 / 12 = 32 leaf–spine.
        assertEquals(32, plan.counts().byTier().get("server-leaf").trunks());
        assertEquals(32, plan.counts().byTier().get("leaf-spine").trunks());
        // Mated pairs per channel count both MDIs' channels; per link counts the link once.
        assertEquals(Map.of(2, 768), plan.counts().matedPairsPerChannel());
        assertEquals(Map.of(2, 384), plan.counts().matedPairsPerLink());
        assertEquals(0, plan.violations().size(), plan.violations().toString());
    }
}
