package org.cablesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntervalTest {
    /* With no successes the Wilson interval is [0, z²/(n + z²)]: for n = 10, 3.8414588/13.8414588. */
    @Test
    void wilsonWithNoSuccessesHandCalculated() {
        Interval ci = Interval.wilson(0, 10);
        double z2 = Interval.Z95 * Interval.Z95;
        assertEquals(0.0, ci.low());
        assertEquals(z2 / (10 + z2), ci.high(), 1e-15);
        assertEquals(0.2775327, ci.high(), 1e-7);
    }

    @Test
    void normalIsSymmetricAndClipsToProbabilities() {
        Interval ci = Interval.normal(0.01, 0.01);
        assertEquals(Interval.Z95 * 0.01, ci.halfWidth(), 1e-15);
        assertEquals(0.0, ci.clippedToProbability().low());
        assertEquals(ci.high(), ci.clippedToProbability().high());
        assertEquals(new Interval(0.5, 0.5), Interval.exact(0.5));
    }

    @Test
    void rejectsReversedBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Interval.wilson(3, 2));
    }
}
