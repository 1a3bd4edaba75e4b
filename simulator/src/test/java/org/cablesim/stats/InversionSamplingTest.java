package org.cablesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** {@link Distribution#sampleByInversion}: one uniform per draw, the lifecycle's inversion formulas. */
class InversionSamplingTest {

    /** A provider whose nextDouble() is always {@code u}; counts the calls. */
    private static final class Constant implements UniformRandomProvider {
        private final double u;
        private int calls;

        Constant(double u) {
            this.u = u;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double nextDouble() {
            calls++;
            return u;
        }
    }

    /* Inversion at u = 1 − e^{−1} gives each family's characteristic value. */
    @Test
    void inversionHandValues() {
        double u = 1 - Math.exp(-1);
        assertEquals(3.0, new ExponentialDistribution(3).sampleByInversion(new Constant(u)), 1e-12);
        assertEquals(500.0, new WeibullDistribution(0.5, 500).sampleByInversion(new Constant(u)), 1e-9);
        assertEquals(2.0, new UniformDistribution(1, 3).sampleByInversion(new Constant(0.5)));
        assertEquals(4.0, new LognormalDistribution(Math.log(4), 0.7).sampleByInversion(new Constant(0.5)), 1e-12);
        assertEquals(7.0, new FixedDistribution(7).sampleByInversion(new Constant(0.3)));
        // the lognormal keeps u away from 0 and 1, so the normal quantile stays finite
        assertTrue(Double.isFinite(new LognormalDistribution(0, 1).sampleByInversion(new Constant(0.0))));
    }

    /* The exact expressions the lifecycle has always drawn with, so its named streams give the same values. */
    @Test
    void inversionIsBitForBitTheLifecycleFormula() {
        double u = 0.123456789;
        assertEquals(-2.5 * Math.log(1.0 - u), new ExponentialDistribution(2.5).sampleByInversion(new Constant(u)), 0);
        assertEquals(40 * Math.pow(-Math.log(1.0 - u), 1.0 / 0.7),
                new WeibullDistribution(0.7, 40).sampleByInversion(new Constant(u)), 0);
        assertEquals(0.5 + (3.25 - 0.5) * u, new UniformDistribution(0.5, 3.25).sampleByInversion(new Constant(u)), 0);
    }

    /* Every family, whatever its parameters, takes exactly one nextDouble() per draw. */
    @Test
    void everyFamilyConsumesExactlyOneUniform() {
        List<Distribution> all = List.of(new FixedDistribution(1), new UniformDistribution(0, 1),
                new ExponentialDistribution(1), new WeibullDistribution(2, 1), new LognormalDistribution(0, 1),
                new GammaDistribution(4.28, 0.028), new TruncatedNormalDistribution(0.1, 0.05),
                new EmpiricalDistribution(new double[] {0.1, 0.2}), new HistogramDistribution(new double[] {0, 1},
                        new long[] {3}));
        for (Distribution d : all) {
            Constant rng = new Constant(0.3);
            d.sampleByInversion(rng);
            d.sampleByInversion(rng);
            assertEquals(2, rng.calls, d::toString);
        }
    }

    /*
     * Sample means of 200,000 draws within 5 standard errors of the exact mean: each check fails a correct
     * sampler with probability 5.7e-7 (normal approximation); fixed seed.
     */
    @Test
    void sampleMeansMatch() {
        List<Distribution> all = List.of(new ExponentialDistribution(2), new WeibullDistribution(0.6, 100),
                new WeibullDistribution(3, 10), new UniformDistribution(0.5, 3),
                new LognormalDistribution(Math.log(3), 0.8), new GammaDistribution(2, 0.5));
        UniformRandomProvider rng = RandomStreams.of(1).stream("test", "distribution", 0);
        int n = 200_000;
        for (Distribution d : all) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double x = d.sampleByInversion(rng);
                assertTrue(x >= 0);
                sum += x;
                squares += x * x;
            }
            double mean = sum / n;
            double se = Math.sqrt((squares / n - mean * mean) / n);
            assertEquals(d.mean(), mean, 5 * se, d::toString);
        }
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ExponentialDistribution(0));
        assertThrows(IllegalArgumentException.class, () -> new WeibullDistribution(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new UniformDistribution(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new FixedDistribution(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LognormalDistribution(0, 0));
    }
}
