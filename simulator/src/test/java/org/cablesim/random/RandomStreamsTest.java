package org.cablesim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static final RandomStreams STREAMS = RandomStreams.of(20240611L);

    private static long[] longs(UniformRandomProvider rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Test
    void sameInputsGiveSameSequence() {
        long[] first = longs(STREAMS.stream("failure", "link-7", 3), 1000);
        long[] again = longs(RandomStreams.of(20240611L).stream("failure", "link-7", 3), 1000);
        assertArrayEquals(first, again);
    }

    @Test
    void derivationIsPinnedAcrossVersions() {
        // Golden values: if this fails, every published result changes; bump DERIVATION deliberately.
        long[] seed = RandomStreams.of(42L).seedFor("connector-loss", "link-1", 0);
        UniformRandomProvider rng = RandomStreams.of(42L).stream("connector-loss", "link-1", 0);
        assertArrayEquals(GOLDEN_SEED, seed);
        assertEquals(GOLDEN_FIRST_LONG, rng.nextLong());
        assertEquals("L64_X128_MIX", STREAMS.algorithm());
    }

    // Recorded from the first implementation of DERIVATION "cablesim-streams-1".
    private static final long[] GOLDEN_SEED = {
        -4580567350245732045L, 1965381646071812939L, -1232508808195232398L, 2620159788494316646L};
    private static final long GOLDEN_FIRST_LONG = -2461600570779554474L;

    @Test
    void seedForReproducesStreamWithPlainCommonsRng() {
        long[] seed = STREAMS.seedFor("repair-time", "crew-2", 5);
        assertArrayEquals(longs(STREAMS.stream("repair-time", "crew-2", 5), 200),
                longs(RandomSource.valueOf(STREAMS.algorithm()).create(seed), 200));
    }

    @Test
    void streamUnchangedWhenOtherStreamsAreCreated() {
        long[] before = longs(STREAMS.stream("failure", "link-1", 0), 100);
        for (int i = 0; i < 1000; i++) {
            // Interleave draws from many other streams, as a growing model would.
            STREAMS.stream("failure", "link-" + (i + 2), 0).nextLong();
            STREAMS.stream("contamination", "link-1", i).nextDouble();
        }
        assertArrayEquals(before, longs(STREAMS.stream("failure", "link-1", 0), 100));
    }

    @Test
    void everyInputChangesTheSeed() {
        Set<List<Long>> seeds = new HashSet<>();
        String[][] names = {{"a", "bc"}, {"ab", "c"}, {"abc", ""}, {"a", "b"}, {"b", "a"},
            {"failure", "link-1"}, {"failure", "link-10"}, {"failure ", "link-1"}, {"é", "x"}, {"e", "x"}};
        for (long masterSeed : new long[] {0L, 1L, -1L}) {
            for (String[] n : names) {
                for (long rep = 0; rep < 4; rep++) {
                    long[] s = RandomStreams.of(masterSeed).seedFor(n[0], n[1], rep);
                    seeds.add(List.of(s[0], s[1], s[2], s[3]));
                }
            }
        }
        assertEquals(3 * names.length * 4, seeds.size());
    }

    @Test
    void sameSequenceOnAnyThread() throws Exception {
        long[] expected = longs(STREAMS.stream("job", "gpu-17", 9), 10_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> longs(STREAMS.stream("job", "gpu-17", 9), 10_000)));
            }
            for (Future<long[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentlyNamedStreamsAreUncorrelated() {
        // Under independence the Pearson r of n pairs of U(0,1) is ~N(0, 1/n), so |r| < 5/sqrt(n) fails
        // with probability 2*Phi(-5) = 5.7e-7 per pair; 6 pairs: false-failure rate <= 3.5e-6.
        int n = 100_000;
        double bound = 5 / Math.sqrt(n);
        String[][] pairs = {
            {"failure", "link-1", "0", "failure", "link-2", "0"},
            {"failure", "link-1", "0", "failure", "link-1", "1"},
            {"failure", "link-1", "0", "repair", "link-1", "0"},
            {"a", "b", "0", "b", "a", "0"},
            {"failure", "link-9", "0", "failure", "link-10", "0"},
            {"x", "", "7", "x", "", "8"},
        };
        for (String[] p : pairs) {
            UniformRandomProvider u = STREAMS.stream(p[0], p[1], Long.parseLong(p[2]));
            UniformRandomProvider v = STREAMS.stream(p[3], p[4], Long.parseLong(p[5]));
            double r = correlation(u, v, n);
            assertTrue(Math.abs(r) < bound, () -> String.join("/", p) + " r=" + r);
        }
    }

    static double correlation(UniformRandomProvider u, UniformRandomProvider v, int n) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = u.nextDouble();
            double y = v.nextDouble();
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        double cov = sxy - sx * sy / n;
        return cov / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    }

    @Test
    void oneStreamIsUniformByChiSquare() {
        // 10^6 doubles into 100 equal bins; reject above the 1 - 1e-6 quantile of chi2(99):
        // false-failure rate 1e-6. Also reject below the 1e-6 quantile (too-regular output).
        assertUniform(STREAMS.stream("uniformity", "link-3", 0), 1_000_000, 100);
    }

    static void assertUniform(UniformRandomProvider rng, int n, int bins) {
        long[] counts = new long[bins];
        for (int i = 0; i < n; i++) {
            counts[(int) (rng.nextDouble() * bins)]++;
        }
        double expected = (double) n / bins;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        ChiSquaredDistribution reference = new ChiSquaredDistribution(bins - 1);
        double upper = reference.inverseCumulativeProbability(1 - 1e-6);
        double lower = reference.inverseCumulativeProbability(1e-6);
        double statistic = chi2;
        assertTrue(statistic < upper && statistic > lower,
                () -> "chi2=" + statistic + " outside (" + lower + ", " + upper + ")");
    }

    @Test
    void rejectsBadNames() {
        assertThrows(NullPointerException.class, () -> STREAMS.stream(null, "x", 0));
        assertThrows(NullPointerException.class, () -> STREAMS.stream("x", null, 0));
        assertThrows(IllegalArgumentException.class, () -> STREAMS.stream("", "x", 0));
        assertThrows(IllegalArgumentException.class, () -> STREAMS.stream("x", "y", -1));
    }

    @Test
    void masterSeedChangesEveryStream() {
        assertNotEquals(RandomStreams.of(1).stream("p", "e", 0).nextLong(),
                RandomStreams.of(2).stream("p", "e", 0).nextLong());
        assertEquals(7L, RandomStreams.of(7).masterSeed());
        assertFalse(STREAMS.toString().isEmpty());
    }
}
