package org.cablesim.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class DistributionTest {

    /** A provider whose nextDouble() is always {@code u}. */
    private static UniformRandomProvider constant(double u) {
        return new UniformRandomProvider() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return u;
            }
        };
    }

    /* Inversion at u = 1 − e^{−1} gives each family's characteristic value. */
    @Test
    void inversionHandValues() {
        double u = 1 - Math.exp(-1);
        assertEquals(3.0, Distribution.exponential(3).sample(constant(u)), 1e-12);
        assertEquals(500.0, new Distribution.Weibull(0.5, 500).sample(constant(u)), 1e-9);
        assertEquals(2.0, Distribution.uniform(1, 3).sample(constant(0.5)));
        assertEquals(4.0, new Distribution.Lognormal(4, 0.7).sample(constant(0.5)), 1e-12);
        assertEquals(7.0, Distribution.fixed(7).sample(constant(0.3)));
        assertEquals(Distribution.HOURS_PER_YEAR / 0.01, Distribution.exponentialPerYear(0.01).mean(), 1e-9);
    }

    /*
     * Sample means of 200,000 draws within 5 standard errors of the exact mean: each check fails a correct
     * sampler with probability 5.7e-7 (normal approximation); fixed seed.
     */
    @Test
    void sampleMeansMatch() {
        List<Distribution> all = List.of(Distribution.exponential(2), new Distribution.Weibull(0.6, 100),
                new Distribution.Weibull(3, 10), Distribution.uniform(0.5, 3), new Distribution.Lognormal(3, 0.8));
        UniformRandomProvider rng = RandomStreams.of(1).stream("test", "distribution", 0);
        int n = 200_000;
        for (Distribution d : all) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double x = d.sample(rng);
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
        assertThrows(IllegalArgumentException.class, () -> Distribution.exponential(0));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Weibull(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.uniform(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.fixed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Distribution.exponentialPerYear(0));
    }
}
