package org.cablesim.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.plant.CablingPlan;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;

/**
 * test-limits by hand on the small fabric ({@code interop/small.yaml}): link L000001 runs from su01-srv001:1 in rack
 * R01-01 to su01-leaf-rail1:1 in R01-03 on OS2 (0.4 dB/km at 1310 nm), 400GBASE-DR4 (budget 3.0 dB).
 */
class TestLimitsTest {
    private static final LoadedScenario SMALL = InteropFixtures.load("small.yaml");

    private static List<TestLimit> limits(String planName, int sub) {
        CablingPlan plan = InteropFixtures.route(SMALL, planName);
        return new TestLimits(plan, false, ComponentAllowances.TIA_568_3, new LaneLossQuantiles(7, 20_000)).of(sub);
    }

    /*
     * Interconnect: cord C000001 2 m, trunk T000001 10 m, cord C000002 2 m = 14 m; 2 mated pairs (the panel
     * adapters; the MDI matings are not counted). Component limit = 0.4 × 0.014 + 2 × 0.75 = 1.5056 dB.
     * Polarity: Type-B cords and trunk (3 mirrors), Type-A adapters: fibre i lights fibre 13 − i. DR4 Tx 1–4 near,
     * Tx 1–4 far: 8 lanes.
     */
    @Test
    void twoPairChannelByHand() {
        List<TestLimit> rows = limits("interconnect", 0);
        assertEquals(8, rows.size());
        TestLimit first = rows.get(0);
        assertEquals("L000001", first.linkId());
        assertEquals("R01-01.su01-srv001:1", first.nearEnd());
        assertEquals("R01-03.su01-leaf-rail1:1", first.farEnd());
        assertEquals("C000001 T000001 C000002", first.cables());
        assertEquals(14.0, first.lengthM());
        assertEquals(2, first.matedPairs());
        assertEquals(0, first.splices());
        assertEquals(1.5056, first.componentLimitDb(), 1e-12);
        assertEquals(3.0, first.applicationLimitDb(), 1e-12);
        assertEquals(1310.0, first.wavelengthNm());
        int[][] expected = {{1, 12}, {2, 11}, {3, 10}, {4, 9}};
        for (int i = 0; i < 8; i++) {
            TestLimit r = rows.get(i);
            assertEquals(i + 1, r.lane());
            assertEquals(i < 4, r.nearToFar());
            assertEquals(expected[i % 4][0], r.launchFibre(), "lane " + (i + 1));
            assertEquals(expected[i % 4][1], r.expectedFibre(), "lane " + (i + 1));
            assertEquals(LaneLossQuantiles.EXACT, r.method());
        }
    }

    /*
     * Cross-connect: cord 2 m, jumper 2 m, trunk 10 m, jumper 2 m, cord 2 m = 18 m; 4 mated pairs (cross-connect
     * and trunk panel at each end): 0.4 × 0.018 + 4 × 0.75 = 3.0072 dB, above the 3.0 dB application limit.
     * Five Type-B cables and Type-A adapters: again fibre i lights 13 − i.
     */
    @Test
    void fourPairChannelByHand() {
        List<TestLimit> rows = limits("xconnect", 0);
        TestLimit first = rows.get(0);
        assertEquals("C000001 J000001 T000001 J000002 C000002", first.cables());
        assertEquals(18.0, first.lengthM());
        assertEquals(4, first.matedPairs());
        assertEquals(3.0072, first.componentLimitDb(), 1e-12);
        assertEquals(3.0, first.applicationLimitDb(), 1e-12);
        assertEquals(12, first.expectedFibre());
        assertEquals(9, rows.get(7).expectedFibre());
    }

    /*
     * The expectation of the 2-pair channel is fibre loss + Gamma(2k, θ) (two iid gamma mated pairs, mpo-standard
     * calibrated to mean 0.35, p97 0.75). Reference: 400,000 direct draws of the two gammas (Commons Statistics
     * sampler, a different code path from the inverse CDF). Standard error of the empirical p99 is
     * ≈ sqrt(0.01·0.99/4e5)/f(q99) ≈ 0.002 dB here, p50's ≈ 0.001 dB; bounds of 0.01 dB are > 4 SE
     * (false-failure rate < 1e-4 per bound).
     */
    @Test
    void expectationMatchesTwoGammaSum() {
        CablingPlan plan = InteropFixtures.route(SMALL, "interconnect");
        var model = (IndependentPositions) plan.channel(0).matedPairs().get(0).optics().lossModel();
        GammaDistribution g = (GammaDistribution) model.perPosition();
        ContinuousDistribution.Sampler s = org.apache.commons.statistics.distribution.GammaDistribution
                .of(g.shape(), g.scale()).createSampler(RandomSource.SPLIT_MIX_64.create(99L));
        int n = 400_000;
        double[] sums = new double[n];
        for (int i = 0; i < n; i++) {
            sums[i] = s.sample() + s.sample();
        }
        Arrays.sort(sums);
        TestLimit r = limits("interconnect", 0).get(0);
        double fibre = 0.4 * 14 / 1000;
        assertEquals(sums[n / 2 - 1] + fibre, r.expectedP50Db(), 0.01);
        assertEquals(sums[(int) (0.99 * n) - 1] + fibre, r.expectedP99Db(), 0.01);
        assertTrue(r.expectedP99Db() < r.componentLimitDb());
    }
}
