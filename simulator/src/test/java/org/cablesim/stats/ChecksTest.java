package org.cablesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void acceptedValuesComeBackUnchanged() {
        assertEquals(-2.5, Checks.finite("x", -2.5));
        assertEquals(Double.MIN_VALUE, Checks.positive("x", Double.MIN_VALUE));
        assertEquals(0.0, Checks.nonNegative("x", 0.0));
        assertEquals(1.0, Checks.probability("x", 1.0));
        assertEquals(3, Checks.atLeast("n", 3, 3));
        assertEquals(5_000_000_000L, Checks.atLeast("n", 5_000_000_000L, 1L));
    }

    @Test
    void messagesNameTheParameterAndTheValue() {
        assertEquals("x must be finite, was NaN", message(() -> Checks.finite("x", Double.NaN)));
        assertEquals("x must be finite and > 0, was 0.0", message(() -> Checks.positive("x", 0)));
        assertEquals("x must be finite and > 0, was Infinity",
                message(() -> Checks.positive("x", Double.POSITIVE_INFINITY)));
        assertEquals("x must be finite and >= 0, was -1.0E-300", message(() -> Checks.nonNegative("x", -1e-300)));
        assertEquals("x must be finite and >= 0, was NaN", message(() -> Checks.nonNegative("x", Double.NaN)));
        assertEquals("p must be in [0, 1], was 1.5", message(() -> Checks.probability("p", 1.5)));
        assertEquals("p must be in [0, 1], was NaN", message(() -> Checks.probability("p", Double.NaN)));
        assertEquals("n must be >= 1, was 0", message(() -> Checks.atLeast("n", 0, 1)));
        assertEquals("n must be >= 0, was -7", message(() -> Checks.atLeast("n", -7L, 0L)));
    }

    private static String message(Runnable check) {
        return assertThrows(IllegalArgumentException.class, check::run).getMessage();
    }
}
