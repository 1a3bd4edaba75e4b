package org.cablesim.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.cablesim.optics.IndependentPositions;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;

/** The Monte Carlo path of {@link LaneLossQuantiles} against a numerical convolution, and its caching. */
class LaneLossQuantilesTest {
    private static final GammaDistribution A = new GammaDistribution(4.0, 0.08);
    private static final GammaDistribution B = new GammaDistribution(2.0, 0.20);

    private static final org.apache.commons.statistics.distribution.GammaDistribution FA =
            org.apache.commons.statistics.distribution.GammaDistribution.of(4.0, 0.08);
    private static final org.apache.commons.statistics.distribution.GammaDistribution FB =
            org.apache.commons.statistics.distribution.GammaDistribution.of(2.0, 0.20);

    private static List<OpticalConnection> twoScales() {
        return List.of(new OpticalConnection("t/panel-near/a", new IndependentPositions(A), 12, new int[] {0, 11}, -60),
                new OpticalConnection("t/panel-far/b", new IndependentPositions(B), 12, new int[] {11, 0}, -60));
    }

    /** P(A + B ≤ x) = ∫ f_A(y) F_B(x − y) dy by Simpson's rule on 20,000 intervals. */
    private static double convolutionCdf(double x) {
        int n = 20_000;
        double h = x / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double y = i * h;
            double v = FA.density(y) * FB.cumulativeProbability(x - y);
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * v;
        }
        return sum * h / 3;
    }

    private static double convolutionQuantile(double p) {
        double lo = 0;
        double hi = 10;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (convolutionCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /*
     * Two gammas of different scales have no closed form here, so the quantiles come from 200,000 draws. The
     * empirical p50's standard error is ≈ 0.0013 dB and p99's ≈ 0.004 dB (density at q99 ≈ 0.25 /dB); bounds of
     * 0.006 and 0.02 dB are ≥ 4.5 SE (false-failure rate < 1e-5).
     */
    @Test
    void monteCarloMatchesConvolution() {
        LaneLossQuantiles.Quantiles q = new LaneLossQuantiles(3, 200_000).of(twoScales(), 2);
        assertEquals(LaneLossQuantiles.MONTE_CARLO, q.method());
        double p50 = convolutionQuantile(0.5);
        double p99 = convolutionQuantile(0.99);
        for (int lane = 0; lane < 2; lane++) {
            assertEquals(p50, q.p50Db(lane), 0.006, "p50 lane " + lane);
            assertEquals(p99, q.p99Db(lane), 0.02, "p99 lane " + lane);
        }
    }

    @Test
    void sameConnectionsShareOneComputationAndSeedFixesTheResult() {
        LaneLossQuantiles quantiles = new LaneLossQuantiles(3, 5_000);
        assertSame(quantiles.of(twoScales(), 2), quantiles.of(twoScales(), 2));
        assertEquals(quantiles.of(twoScales(), 2).p99Db(0), new LaneLossQuantiles(3, 5_000).of(twoScales(), 2).p99Db(0));
    }

    @Test
    void empiricalQuantileIsTheLeftContinuousInverse() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(2, LaneLossQuantiles.empiricalQuantile(sorted, 0.5));
        assertEquals(3, LaneLossQuantiles.empiricalQuantile(sorted, 0.51));
        assertEquals(4, LaneLossQuantiles.empiricalQuantile(sorted, 0.99));
    }
}
