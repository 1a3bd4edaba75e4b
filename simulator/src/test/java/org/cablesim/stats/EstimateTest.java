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
}
