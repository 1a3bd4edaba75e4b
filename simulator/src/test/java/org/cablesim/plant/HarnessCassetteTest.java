package org.cablesim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.TierCabling;
import org.cablesim.topology.LogicalFabric;
import org.junit.jupiter.api.Test;

/**
 * Two-row trunk legs (MPO-24, MPO-32) reach one-row equipment through harness cassettes, the same fibre maps as the
 * breakout harnesses mounted in a panel (row 1 to front port 1, row 2 to front port 2). On the 24-server unit of
 * {@link PlantFixtures#unit24} with the default SM APC cabling (U1: Type-B trunk and cords, Type-A adapters, which
 * swap the rows of two-row plugs).
 */
class HarnessCassetteTest {
    /*
     * DR4 over 6 x MPO-24 trunks (144 f, 12 front ports): server-leaf 24 links per rack pair fill 2 trunks, 16 per
     * tier; 2,304 installed, 192 x 8 = 1,536 lit, a third dark (MPO-12 fronts light 8 of 12). Cassettes: 6 legs / 1
     * rear port x 2 ends = 12 per trunk, 192 per tier. No violation: every lane lands on its Rx block.
     */
    @Test
    void mpo24LegsThroughHarnessCassettes() {
        LogicalFabric dr4 = PlantFixtures.unit24("400GBASE-DR4", 400);
        TierCabling c = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-24", 6, PolarityType.B, false))
                .withCassette(PlantFixtures.cassette("harness-MPO24-2xMPO12"));
        CablingPlan plan = PlantFixtures.route(dr4, PlantFixtures.plan("p", c));
        assertEquals(List.of(), plan.violations());
        TierCounts t = plan.counts().byTier().get("server-leaf");
        assertEquals(16, t.trunks());
        assertEquals(2304, t.fibresInstalled());
        assertEquals(1536, t.fibresLit());
        assertEquals(192, t.cassettes());
        for (int l = 0; l < 24; l++) {
            BreakoutTest.assertTxLandsOnRx(plan.channels(l).get(0));
        }
        // The checks do look through the cassettes: a Type-A trunk leaves an even number of flips.
        CablingPlan typeA = PlantFixtures.route(dr4, PlantFixtures.plan("a", c.withTrunk(
                PlantFixtures.trunk("MPO-24", 6, PolarityType.A, false))));
        assertEquals(384, typeA.violations().size());
    }

    /*
     * DR8 over 4 x MPO-32 trunks (128 f, 8 front ports of MPO-16): 24 links per rack pair need 3 trunks (24 per
     * tier); 24 x 128 = 3,072 installed = 192 x 16 lit: no dark fibre.
     */
    @Test
    void mpo32LegsThroughHarnessCassettes() {
        LogicalFabric dr8 = PlantFixtures.unit24("800GBASE-DR8", 800);
        TierCabling c = TierCabling.defaults().withTrunk(PlantFixtures.trunk("MPO-32", 4, PolarityType.B, false))
                .withCassette(PlantFixtures.cassette("harness-MPO32-2xMPO16"));
        CablingPlan plan = PlantFixtures.route(dr8, PlantFixtures.plan("p", c));
        assertEquals(List.of(), plan.violations());
        TierCounts t = plan.counts().byTier().get("server-leaf");
        assertEquals(24, t.trunks());
        assertEquals(3072, t.fibresInstalled());
        assertEquals(3072, t.fibresLit());
    }
}
