package org.cablesim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ReseedableStreamTest {

    private static final RandomStreams STREAMS = RandomStreams.of(99L);

    /** Mixed calls exercise LongProvider's int and boolean caches, which reseed must clear. */
    private static long[] mixedDraws(UniformRandomProvider rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            switch (i % 4) {
                case 0 -> out[i] = rng.nextLong();
                case 1 -> out[i] = rng.nextInt();
                case 2 -> out[i] = rng.nextBoolean() ? 1 : 0;
                default -> out[i] = Double.doubleToLongBits(rng.nextDouble());
            }
        }
        return out;
    }

    @Test
    void reseedMatchesFreshCommonsGeneratorEvenMidCache() {
        StreamKey key = STREAMS.key("connector-loss", "class-MPO16");
        ReseedableStream rng = new ReseedableStream(key, 0);
        for (long block = 0; block < 50; block++) {
            rng.nextInt(); // leaves half a long cached
            rng.nextBoolean(); // leaves 63 bits cached
            rng.reseed(key, block);
            long[] expected = mixedDraws(RandomSource.L64_X128_MIX.create(key.seed(block)), 101);
            assertArrayEquals(expected, mixedDraws(rng, 101), "block " + block);
        }
    }

    /** Bulk draws are the plain generator's values, and leave it where as many nextLong calls would. */
    @Test
    void bulkDrawsAreTheGeneratorsOwn() {
        StreamKey key = STREAMS.key("loss", "bulk");
        for (long block = 0; block < 20; block++) {
            UniformRandomProvider plain = RandomSource.L64_X128_MIX.create(key.seed(block));
            ReseedableStream bulk = new ReseedableStream(key, block);
            long[] got = new long[300];
            bulk.nextLongs(got, 7, 7 + (int) (block * 13 % 250) + 1);
            for (int i = 7; i < 7 + (int) (block * 13 % 250) + 1; i++) {
                assertEquals(plain.nextLong(), got[i], "block " + block + " value " + i);
            }
            assertArrayEquals(mixedDraws(plain, 40), mixedDraws(bulk, 40));
        }
    }

    @Test
    void keyAndReplicationGiveTheNamedStream() {
        StreamKey key = STREAMS.key("failure", "link-4");
        ReseedableStream rng = new ReseedableStream(key, 0);
        rng.reseed(key, 12);
        assertArrayEquals(mixedDraws(STREAMS.stream("failure", "link-4", 12), 64), mixedDraws(rng, 64));
        assertArrayEquals(STREAMS.seedFor("failure", "link-4", 12), key.seed(12));
    }

    @Test
    void seedIntoWritesTheSameSeedWithoutAllocatingANewArray() {
        StreamKey key = STREAMS.key("p", "e");
        long[] out = {1, 2, 3, 4, 5};
        key.seedInto(3, out);
        long[] seed = key.seed(3);
        assertArrayEquals(seed, java.util.Arrays.copyOf(out, 4));
        assertEquals(5, out[4], "words past the seed are left alone");
    }

    @Test
    void childKeysNestWithoutCollisions() {
        StreamKey key = STREAMS.key("trial", "class-A");
        assertNotEquals(key.child(1).seed(2)[0], key.child(2).seed(1)[0]);
        assertNotEquals(key.child(1).seed(2)[0], key.seed(1)[0]);
        assertNotEquals(key.child(1).seed(2)[0], key.seed(2)[0]);
        assertArrayEquals(key.child(5).seed(6), STREAMS.key("trial", "class-A").child(5).seed(6));
    }

    @Test
    void adjacentTrialBlocksAreUncorrelatedAndUniform() {
        // Same bound as RandomStreamsTest: |r| < 5/sqrt(n), false-failure rate 5.7e-7.
        StreamKey key = STREAMS.key("trial", "class-B");
        int n = 100_000;
        double r = RandomStreamsTest.correlation(new ReseedableStream(key, 0), new ReseedableStream(key, 1), n);
        assertTrue(Math.abs(r) < 5 / Math.sqrt(n), () -> "r=" + r);
        // Chi-square as in RandomStreamsTest, false-failure rate 2e-6 (both tails).
        RandomStreamsTest.assertUniform(new ReseedableStream(key, 2), 1_000_000, 100);
    }
}
