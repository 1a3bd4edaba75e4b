package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** AS 241 against Commons Statistics' normal quantile, over all three of its regions and both tails. */
class NormalQuantileTest {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** Relative error at most 1e−14 (AS 241 is good to about 1e−16; the reference to a few ulps). */
    @Test
    void matchesTheReferenceQuantile() {
        double[] ps = new double[4000];
        int n = 0;
        for (int k = 1; k < 1000; k++) {
            ps[n++] = k / 1000.0;
        }
        for (int e = 2; e <= 300; e++) {
            ps[n++] = Math.pow(10, -e);
            ps[n++] = 3 * Math.pow(10, -e);
            ps[n++] = 1 - Math.pow(10, -Math.min(e, 15));
        }
        ps[n++] = 0x1.0p-54;
        ps[n++] = 0.5 - 0x1.0p-54;
        for (int i = 0; i < n; i++) {
            double p = ps[i];
            double expected = NORMAL.inverseCumulativeProbability(p);
            double actual = NormalQuantile.of(p);
            assertEquals(expected, actual, 1e-14 * Math.max(1, Math.abs(expected)), "p = " + p);
        }
    }

    /** The engine's mapping of 53-bit draws is increasing and symmetric, and never reaches ±∞. */
    @Test
    void rawDrawsMapMonotonicallyAndSymmetrically() {
        long top = (1L << 53) - 1;
        assertEquals(-LognormalDraws.gaussian(0), LognormalDraws.gaussian(top), 0);
        assertTrue(Double.isFinite(LognormalDraws.gaussian(0)) && LognormalDraws.gaussian(0) < -8);
        double previous = Double.NEGATIVE_INFINITY;
        for (long b = 0; b <= top; b += top / 100_003) {
            double z = LognormalDraws.gaussian(b);
            assertTrue(z > previous, "b = " + b);
            previous = z;
        }
        assertTrue(LognormalDraws.gaussian((1L << 52) - 1) < 0 && LognormalDraws.gaussian(1L << 52) > 0);
    }
}
