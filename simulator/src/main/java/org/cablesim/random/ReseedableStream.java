package org.cablesim.random;

import org.apache.commons.rng.core.source64.L64X128Mix;

/**
 * An {@code L64_X128_MIX} generator that can be moved to another stream in place, without allocating,
 * for hot loops that switch streams often (one stream per link class and trial block).
 *
 * <p>After {@code reseed(key, index)} it produces exactly the sequence of
 * {@code RandomSource.L64_X128_MIX.create(key.seed(index))}. Not thread-safe: one per thread.
 */
public final class ReseedableStream extends L64X128Mix {

    /** The LCG multiplier of L64X128Mix (0xd1342543de82ef95). */
    private static final long LCG_MULTIPLIER = 0xd1342543de82ef95L;
    /** The multiplier of the lea64 mixing function (0xdaba0b6eb09322e3). */
    private static final long LEA_MULTIPLIER = 0xdaba0b6eb09322e3L;

    private final long[] scratch = new long[StreamKey.SEED_LENGTH];

    /**
     * Creates a generator positioned at the start of the stream at {@code index} of {@code key}.
     *
     * @param key the stream family
     * @param index the stream within the family
     */
    public ReseedableStream(StreamKey key, long index) {
        super(key.seed(index));
    }

    /**
     * Moves this generator to the start of the stream at {@code index} of {@code key}; allocation-free.
     *
     * @param key the stream family
     * @param index the stream within the family (replication, trial block, ...)
     */
    public void reseed(StreamKey key, long index) {
        key.seedInto(index, scratch);
        load();
    }

    /**
     * Moves this generator to the start of the stream at {@code index} of the key with these lanes (see
     * {@link StreamKeys}); allocation-free.
     */
    void reseed(long lane0, long lane1, long index) {
        StreamKey.seedInto(lane0, lane1, index, scratch);
        load();
    }

    /**
     * Writes the next {@code to − from} values of {@link #nextLong()} into {@code out[from .. to − 1]}, exactly the
     * values and the final state that many calls give, a little faster: the generator state stays in registers
     * instead of being stored and reloaded for every value. The step is Commons RNG's {@code L64X128Mix} (an LCG
     * and an xorshift generator, added and mixed by lea64).
     *
     * @param out  receives the values
     * @param from first index written
     * @param to   one past the last index written
     */
    public void nextLongs(long[] out, int from, int to) {
        long a = la;
        long s = ls;
        long s0 = x0;
        long s1 = x1;
        for (int i = from; i < to; i++) {
            long z = s + s0;
            s = LCG_MULTIPLIER * s + a;
            long t = s1 ^ s0;
            s0 = Long.rotateLeft(s0, 24) ^ t ^ (t << 16);
            s1 = Long.rotateLeft(t, 37);
            out[i] = lea64(z);
        }
        ls = s;
        x0 = s0;
        x1 = s1;
    }

    /** L64X128Mix's output mix (Doug Lea's lea64). */
    private static long lea64(long z) {
        z = (z ^ (z >>> 32)) * LEA_MULTIPLIER;
        z = (z ^ (z >>> 32)) * LEA_MULTIPLIER;
        return z ^ (z >>> 32);
    }

    private void load() {
        // Same assignments as the L64X128Mix(long[]) constructor: the LCG increment must be odd.
        la = scratch[0] | 1;
        ls = scratch[1];
        x0 = scratch[2];
        x1 = scratch[3];
        // Drop the ints/booleans cached from the previous stream's last long.
        resetCachedState();
    }
}
