package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ChartTicksProperties {
    @Property(tries = 500, seed = "20261123")
    void ticksCoverTheRangeWithEvenNiceSteps(@ForAll @DoubleRange(min = -1e6, max = 1e6) double low,
            @ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(7) double width, @ForAll @IntRange(min = 2, max = 10) int target) {
        double high = low + width;
        ChartTicks ticks = ChartTicks.nice(low, high, target);
        List<Double> values = ticks.values();
        // Covered up to a millionth of a step: data a rounding error beyond the last tick do not earn a tick.
        double slack = ticks.step() * 1e-6;
        assertTrue(ticks.min() <= low + slack && ticks.max() >= high - slack,
                () -> ticks + " must cover " + low + ".." + high);
        assertEquals(ticks.min(), values.get(0));
        assertEquals(ticks.max(), values.get(values.size() - 1));
        double mantissa = ticks.step() / Math.pow(10, Math.floor(Math.log10(ticks.step()) + 1e-9));
        assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                () -> "step " + ticks.step() + " is not 1, 2 or 5 × 10^n");
        for (int i = 1; i < values.size(); i++) {
            double gap = values.get(i) - values.get(i - 1);
            // Tolerance: the gap of two doubles near |v| can only be exact to a few ulps of v.
            double tolerance = ticks.step() * 1e-6 + 4 * Math.ulp(Math.abs(values.get(i)));
            assertEquals(ticks.step(), gap, tolerance, "uneven ticks " + values);
        }
        for (double value : values) {
            assertTrue(BigDecimal.valueOf(value).stripTrailingZeros().scale() <= ticks.decimals(),
                    () -> value + " has more decimals than the step " + ticks.step());
        }
        // The chosen step is within a factor 2.5 of the ideal one, so the count stays near the target.
        assertTrue(values.size() >= 2 && values.size() <= 3 * target + 2, () -> values.size() + " ticks for target " + target);
    }
}
