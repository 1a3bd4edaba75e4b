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
