package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartScaleTest {
    @Test
    void linearScaleMapsDomainEndsToPixelEndsAndClamps() {
        // y axis: domain 0..1 onto 300 (bottom) .. 100 (top).
        ChartLinearScale y = new ChartLinearScale(ChartTicks.nice(0, 0.93, 6), 300, 100);
        assertEquals(300, y.map(0), 1e-12);
        assertEquals(100, y.map(1), 1e-12);
        assertEquals(200, y.map(0.5), 1e-12);
        assertEquals(100, y.map(7), 1e-12);
        assertEquals(300, y.map(-7), 1e-12);
        assertEquals("0.4", y.label(0.4));
        assertFalse(y.logarithmic());
    }

    @Test
    void linearLabelsTurnCompactFromTenThousand() {
        ChartLinearScale cost = new ChartLinearScale(ChartTicks.nice(0, 1_234_567, 6), 0, 500);
        assertEquals("1.2M", cost.label(1_200_000));
        assertEquals("0", cost.label(0));
        ChartLinearScale small = new ChartLinearScale(ChartTicks.nice(0, 7000, 6), 0, 500);
        assertEquals("8,000", small.label(8000));
    }

    @Test
    void logScaleSpansWholeDecadesAndMapsDecadesEvenly() {
        ChartLogScale p = ChartLogScale.covering(2e-5, 3e-2, 400, 0);
        assertEquals(1e-5, p.domainMin(), 1e-20);
        assertEquals(1e-1, p.domainMax(), 1e-15);
        assertEquals(List.of(1e-5, 1e-4, 1e-3, 1e-2, 1e-1), p.ticks());
        assertEquals(400, p.map(1e-5), 1e-9);
        assertEquals(200, p.map(1e-3), 1e-9);
        assertEquals(0, p.map(1e-1), 1e-9);
        assertEquals(400, p.map(0), 1e-9, "values ≤ 0 sit on the floor");
        assertEquals("10⁻³", p.label(1e-3));
        assertEquals("10⁰", ChartLogScale.covering(1, 5, 0, 1).label(1));
        assertEquals(8, p.minorTicks().size(), "2× and 5× in each of four decades");
        assertFalse(p.canShow(0));
        assertTrue(p.canShow(1e-300));
    }

    @Test
    void logScaleOfOneValueStillSpansADecade() {
        ChartLogScale one = ChartLogScale.covering(1, 1, 0, 100);
        assertEquals(1, one.domainMin());
        assertEquals(10, one.domainMax(), 1e-12);
    }

    @Test
    void manyDecadesAreLabelledWithAStride() {
        ChartLogScale wide = new ChartLogScale(-20, 0, 0, 100);
        assertEquals(List.of(1e-20, 1e-17, 1e-14, 1e-11, 1e-8, 1e-5, 1e-2), wide.ticks());
        assertTrue(wide.minorTicks().isEmpty());
    }

    @Test
    void logScaleRejectsNonPositiveRanges() {
        assertThrows(IllegalArgumentException.class, () -> ChartLogScale.covering(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChartLogScale(2, 2, 0, 1));
    }

    @Test
    void autoAxisTurnsLogarithmicFromTwoDecades() {
        ChartAxis axis = ChartAxis.auto("P(fail)");
        assertInstanceOf(ChartLogScale.class, axis.scale(new double[] {1e-4, 0, 1e-2}, 300, 0, 45),
                "1e-4..1e-2 spans two decades; the zero is ignored");
        assertInstanceOf(ChartLinearScale.class, axis.scale(new double[] {1e-4, 9e-3}, 300, 0, 45));
        assertInstanceOf(ChartLinearScale.class, axis.scale(new double[] {-1, 5}, 300, 0, 45));
    }

    @Test
    void linearAxisHonoursZeroAndFixedDomain() {
        ChartScale withZero = ChartAxis.linear("x").withZero().scale(new double[] {3, 7}, 0, 400, 90);
        assertEquals(0, withZero.domainMin());
        ChartScale fixed = ChartAxis.linear("fraction").withDomain(0, 1).scale(new double[] {0.3, 0.6}, 0, 400, 90);
        assertEquals(0, fixed.domainMin());
        assertEquals(1, fixed.domainMax());
        ChartScale empty = ChartAxis.linear("x").scale(new double[] {Double.NaN}, 0, 400, 90);
        assertEquals(0, empty.domainMin());
        assertEquals(1, empty.domainMax());
    }

    @Test
    void axisFormatAppliesToLinearTicksAndValues() {
        ChartAxis usd = ChartAxis.linear("Cost (USD)").withFormat(ReportFormat::usdCompact);
        ChartScale scale = usd.scale(new double[] {0, 2_000_000}, 0, 300, 45);
        assertEquals("$1.5M", usd.tickLabel(scale, 1_500_000));
        assertEquals("$250k", usd.valueLabel(250_000));
        assertEquals("0.123", ChartAxis.linear("x").valueLabel(0.12345));
    }
}
