package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.cablesim.random.RandomStreams;
import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKey;
import org.junit.jupiter.api.Test;

/**
 * The loss engine's ziggurat draws the standard normal law, tails included. Fixed seeds; each check's
 * false-failure rate for a correct sampler is stated at it (chi-square and normal approximations, excellent
 * at the 10⁶–10⁷ draws and ≥ 30 expected per bin used here).
 */
class ZigguratGaussianTest {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private static ZigguratGaussian sampler(long index) {
        StreamKey key = RandomStreams.of(11).key("ziggurat-test", "");
        return new ZigguratGaussian(new DrawBuffer(new ReseedableStream(key, index)));
    }

    /** The strip recursion from R and the common area V must land on f(0) = 1 at the top strip. */
    @Test
    void stripsCloseAtTheMode() {
        assertTrue(Math.abs(ZigguratGaussian.topStripAreaError()) < 1e-9, "top strip area off by "
                + ZigguratGaussian.topStripAreaError());
    }

    /**
     * 10⁷ draws in 60 equiprobable bins on [−3, 3] plus 10 tail bins through the base strip's edge R ≈ 3.654
     * (the exponential tail path) out to ±4.5: chi-square at the 1e−6 critical value (false failure 1e−6).
     */
    @Test
    void matchesTheNormalLawBinByBin() {
        double[] tails = {3, 3.3, 3.6541528853610088, 4, 4.5};
        int inner = 60;
        double[] edges = new double[2 * tails.length + inner - 1];
        int e = 0;
        for (int k = tails.length - 1; k >= 0; k--) {
            edges[e++] = -tails[k];
        }
        double pLow = NORMAL.cumulativeProbability(-3);
        for (int k = 1; k < inner; k++) {
            edges[e++] = NORMAL.inverseCumulativeProbability(pLow + (1 - 2 * pLow) * k / inner);
        }
        for (double t : tails) {
            edges[e++] = t;
        }
        long[] counts = new long[edges.length + 1];
        ZigguratGaussian gauss = sampler(0);
        int n = 10_000_000;
        for (int k = 0; k < n; k++) {
            double z = gauss.sample();
            int lo = 0;
            int hi = edges.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= z) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            counts[lo]++;
        }
        double chi2 = 0;
        for (int b = 0; b < counts.length; b++) {
            double from = b == 0 ? 0 : NORMAL.cumulativeProbability(edges[b - 1]);
            double to = b == edges.length ? 1 : NORMAL.cumulativeProbability(edges[b]);
            double expected = n * (to - from);
            assertTrue(expected >= 30, "bin " + b + " expects " + expected);
            chi2 += (counts[b] - expected) * (counts[b] - expected) / expected;
        }
        double critical = ChiSquaredDistribution.of(counts.length - 1).inverseSurvivalProbability(1e-6);
        assertTrue(chi2 < critical, "chi-square " + chi2 + " >= " + critical);
    }

    /**
     * Consecutive draws are uncorrelated and the law is symmetric about 0 across streams: lag-1 correlation
     * and mean of 2·10⁶ draws each within 5 standard errors 1/√n (false failure 2·5.7e−7).
     */
    @Test
    void consecutiveDrawsAreUncorrelated() {
        int n = 2_000_000;
        double sumProduct = 0;
        double sum = 0;
        ZigguratGaussian gauss = sampler(1);
        double previous = gauss.sample();
        for (int k = 0; k < n; k++) {
            double z = gauss.sample();
            sumProduct += previous * z;
            sum += z;
            previous = z;
        }
        double se = 1 / Math.sqrt(n);
        assertTrue(Math.abs(sumProduct / n) < 5 * se, "lag-1 " + sumProduct / n);
        assertTrue(Math.abs(sum / n) < 5 * se, "mean " + sum / n);
    }
}
