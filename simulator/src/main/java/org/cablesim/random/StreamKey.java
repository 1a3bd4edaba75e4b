package org.cablesim.random;

/**
 * The hashed prefix (master seed, purpose, element id) of a family of streams, one per index; deriving
 * a seed from a key costs a few multiplications and no allocation, for hot Monte Carlo loops.
 *
 * <p>Obtain keys from {@link RandomStreams#key(String, String)}; {@link #child(long)} nests a further
 * index (for example replication, then trial block) without touching strings again.
 *
 * @param lane0 first 64-bit lane of the hash state
 * @param lane1 second 64-bit lane of the hash state
 */
public record StreamKey(long lane0, long lane1) {

    /** Number of {@code long} words in a seed of the generator named by {@link RandomStreams#ALGORITHM}. */
    public static final int SEED_LENGTH = 4;
    /** Separates counter keys from seed words ("counter" in ASCII). */
    private static final long COUNTER_TAG = 0x636F_756E_7465_72L;

    /**
     * Returns the key of the sub-family at {@code index}; {@code key.child(a).seed(b)} differs from
     * {@code key.seed(a)} and from {@code key.child(b).seed(a)}.
     *
     * @param index any value; negative indices are allowed and distinct from positive ones
     * @return the nested key
     */
    public StreamKey child(long index) {
        return new StreamKey(Mixing.absorb0(lane0, index), Mixing.absorb1(lane1, index));
    }

    /**
     * Returns the generator seed of the stream at {@code index} of this family.
     *
     * @param index any value (the replication, for keys from {@link RandomStreams#key})
     * @return a fresh array of {@link #SEED_LENGTH} words, usable with {@code RandomSource.L64_X128_MIX.create}
     */
    public long[] seed(long index) {
        long[] seed = new long[SEED_LENGTH];
        seedInto(index, seed);
        return seed;
    }

    /**
     * Writes the generator seed of the stream at {@code index} into {@code out} without allocating.
     *
     * @param index any value
     * @param out array of at least {@link #SEED_LENGTH} words; the first four are overwritten
     */
    public void seedInto(long index, long[] out) {
        seedInto(lane0, lane1, index, out);
    }

    /**
     * The key of a counter-based sequence belonging to the stream at {@code index}: its values
     * ({@link #counterValue}) are read in any order, for draws a sampler may or may not need. Hashed on another path
     * than the stream's seed words, so the two are unrelated.
     *
     * @param index the stream within this family
     * @return the sequence's key
     */
    public long counterKey(long index) {
        return Mixing.mix64(Mixing.absorb0(lane0 ^ COUNTER_TAG, index) ^ Mixing.absorb1(lane1, ~index));
    }

    /**
     * Value {@code i} of the counter-based sequence of {@code counterKey}: SplitMix64's output function at
     * key + (i + 1)·γ, that is the (i + 1)-th output of a SplitMix64 generator seeded with the key.
     *
     * @param counterKey from {@link #counterKey}
     * @param i          the value's index, &ge; 0
     * @return 64 random bits
     */
    public static long counterValue(long counterKey, long i) {
        return Mixing.mix64(counterKey + (i + 1) * Mixing.GOLDEN);
    }

    /** {@link #seedInto(long, long[])} of the key with these lanes, for keys kept packed in arrays ({@link StreamKeys}). */
    static void seedInto(long lane0, long lane1, long index, long[] out) {
        long a = Mixing.absorb0(lane0, index);
        long b = Mixing.absorb1(lane1, index);
        // Squeeze four words from the two lanes, SplitMix64 style: each output mixes both lanes.
        out[0] = Mixing.mix64(a + Mixing.GOLDEN) ^ b;
        out[1] = Mixing.mix64(b + 2 * Mixing.GOLDEN) ^ a;
        long x0 = Mixing.mix64(a + 3 * Mixing.GOLDEN) ^ Mixing.mix64(b);
        long x1 = Mixing.mix64(b + 4 * Mixing.GOLDEN) ^ Mixing.mix64(a);
        if ((x0 | x1) == 0) {
            // The xorshift half of LXM must not be all zero; reachable only by a 2^-128 accident.
            x1 = Mixing.GOLDEN;
        }
        out[2] = x0;
        out[3] = x1;
    }
}
