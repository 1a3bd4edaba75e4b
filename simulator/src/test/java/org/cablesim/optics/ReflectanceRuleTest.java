package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The 802.3cd count table at its boundaries. */
class ReflectanceRuleTest {
    final ReflectanceRule rule = ReflectanceRule.ieee8023cdFr();

    @Test
    void apcConnectionsAreNotCounted() {
        double[] apc = new double[20];
        Arrays.fill(apc, -60);
        assertEquals(0, rule.count(apc));
        assertTrue(rule.complies(apc));
        assertEquals(0, rule.count(new double[] {-55})); // strictly above −55 is counted
        assertEquals(1, rule.count(new double[] {-54.9}));
    }

    @Test
    void countTableBoundaries() {
        assertTrue(rule.complies(1, -25));
        assertFalse(rule.complies(1, -24.9));
        assertTrue(rule.complies(2, -31));
        assertFalse(rule.complies(2, -30.9));
        assertTrue(rule.complies(3, -35)); // 3 uses the "4" row
        assertFalse(rule.complies(3, -34));
        assertTrue(rule.complies(6, -38));
        assertFalse(rule.complies(7, -38.5)); // 7 uses the "8" row: −40
        assertTrue(rule.complies(10, -41));
        assertFalse(rule.complies(10, -40.9));
        assertFalse(rule.complies(11, -50)); // more than the table allows
        assertTrue(rule.complies(0, 0));
    }

    @Test
    void upcConnectionsAreCountedFromValues() {
        double[] upc = new double[10];
        Arrays.fill(upc, -50);
        assertTrue(rule.complies(upc)); // 10 × −50 ≤ −41
        double[] eleven = Arrays.copyOf(upc, 11);
        eleven[10] = -50;
        assertFalse(rule.complies(eleven));
        assertFalse(rule.complies(new double[] {-50, -50, -30, -60}));
        assertTrue(rule.complies(new double[] {-50, -50, -60, -60}));
    }

    @Test
    void rejectsMalformedTables() {
        assertThrows(IllegalArgumentException.class, () -> new ReflectanceRule(new int[] {2, 1}, new double[] {-30, -25}, -55));
        assertThrows(IllegalArgumentException.class, () -> new ReflectanceRule(new int[] {1}, new double[] {}, -55));
    }
}
