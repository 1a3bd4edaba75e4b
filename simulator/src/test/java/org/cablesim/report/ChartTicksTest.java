package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTicksTest {
    @Test
    void fractionRangeGetsFifthSteps() {
        ChartTicks ticks = ChartTicks.nice(0, 0.93, 6);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), ticks.values());
        assertEquals(0.2, ticks.step());
        assertEquals(1, ticks.decimals());
    }

    @Test
    void rangeAcrossZeroWidensToWholeSteps() {
        // raw step 11.1/5 = 2.22: step 2 gives -4..8 (7 ticks, 1 off target), step 5 gives -5..10 (4 ticks, 2 off).
        ChartTicks ticks = ChartTicks.nice(-3.2, 7.9, 6);
        assertEquals(List.of(-4.0, -2.0, 0.0, 2.0, 4.0, 6.0, 8.0), ticks.values());
    }

    @Test
    void tieBetweenStepsGoesToTheFinerOne() {
        // 0..1,234,567 aiming at 6: step 200k gives 8 ticks, step 500k gives 4; both miss by 2.
        ChartTicks ticks = ChartTicks.nice(0, 1_234_567, 6);
        assertEquals(200_000, ticks.step());
        assertEquals(0, ticks.min());
        assertEquals(1_400_000, ticks.max());
        assertEquals(8, ticks.values().size());
    }

    @Test
    void tinyStepsPrintWithoutFloatingNoise() {
        ChartTicks ticks = ChartTicks.nice(0.0003, 0.0011, 5);
        assertEquals(List.of(0.0002, 0.0004, 0.0006, 0.0008, 0.001, 0.0012), ticks.values());
        assertEquals(4, ticks.decimals());
    }

    @Test
    void degenerateRangesAreWidened() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), ChartTicks.nice(0, 0, 6).values());
        ChartTicks five = ChartTicks.nice(5, 5, 5);
        assertEquals(List.of(4.4, 4.6, 4.8, 5.0, 5.2, 5.4, 5.6), five.values());
    }

    @Test
    void reversedRangeIsSwapped() {
        assertEquals(ChartTicks.nice(0, 10, 6).values(), ChartTicks.nice(10, 0, 6).values());
    }

    @Test
    void rejectsNonFiniteRangesAndTooFewTicks() {
        assertThrows(IllegalArgumentException.class, () -> ChartTicks.nice(0, Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> ChartTicks.nice(0, Double.POSITIVE_INFINITY, 5));
        assertThrows(IllegalArgumentException.class, () -> ChartTicks.nice(0, 1, 1));
    }
}
