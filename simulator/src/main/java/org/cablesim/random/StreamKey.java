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
