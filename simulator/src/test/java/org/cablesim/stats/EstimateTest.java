package org.cablesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    /* {1, 2, 3}: mean 2, s = 1, SE = 1/√3, t(0.975, 2) = 4.302652729749464 (scipy.stats.t.ppf). */
    @Test
    void studentIntervalHandCalculated() {
        Estimate e = Estimate.of(new double[] {1, 2, 3});
        double half = 4.302652729749464 / Math.sqrt(3);
        assertEquals(2.0, e.mean());
        assertEquals(1 / Math.sqrt(3), e.standardError(), 1e-15);
        assertEquals(2 - half, e.ci95().low(), 1e-12);
        assertEquals(2 + half, e.ci95().high(), 1e-12);
        assertEquals(half, e.halfWidth(0.95), 1e-12);
        // t(0.9995, 2) = 31.599054576 (scipy.stats.t.ppf).
        assertEquals(31.599054576 / Math.sqrt(3), e.halfWidth(0.999), 1e-8);
        assertTrue(e.covers(2 + half * 0.99, 0.95));
        assertFalse(e.covers(2 + half * 1.01, 0.95));
    }

    @Test
    void oneReplicationHasNoInterval() {
        Estimate e = Estimate.of(new double[] {5});
        assertEquals(5.0, e.mean());
        assertTrue(Double.isNaN(e.ci95().low()) && Double.isNaN(e.ci95().high()) && Double.isNaN(e.halfWidth(0.9)));
    }

    /* {0, 0, 3}: mean 1, s = √3, SE = 1, half = t(0.975, 2) = 4.3027: the interval [-3.30, 5.30] of a count is cut at 0. */
    @Test
    void aCountsIntervalIsCutAtZeroAndAShareAtOne() {
        Estimate count = Estimate.of(new double[] {0, 0, 3}).within(0, Double.POSITIVE_INFINITY);
        assertEquals(0.0, count.ci95().low());
        assertEquals(1 + 4.302652729749464, count.ci95().high(), 1e-12);
        assertEquals(1.0, count.mean());
        assertEquals(1.0, count.standardError(), 1e-15);
        Estimate share = Estimate.of(new double[] {0.99, 1, 1}).within(0, 1);
        assertEquals(1.0, share.ci95().high());
        assertTrue(share.ci95().low() < 0.99);
        Estimate one = Estimate.of(new double[] {5}).within(0, 1);
        assertTrue(Double.isNaN(one.ci95().low()));
    }
}
