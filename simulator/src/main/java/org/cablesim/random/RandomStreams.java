package org.cablesim.random;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cablesim.stats.Checks;

/**
 * Immutable, thread-safe factory of random streams named by meaning: the stream for
 * (master seed, purpose, element id, replication) is a pure function of those four values.
 *
 * <p>Creating, or not creating, any other stream never changes a stream's sequence, and the same
 * inputs give the same sequence on any thread. Each stream is an {@code L64_X128_MIX} generator
 * (Commons RNG; an LXM generator whose per-stream LCG increment keeps differently seeded streams
 * apart) seeded with four words hashed from the inputs, see {@link StreamKey}.
 */
public final class RandomStreams {

    /** Commons RNG {@link RandomSource} name of every stream's generator, for provenance records. */
    public static final String ALGORITHM = RandomSource.L64_X128_MIX.name();
    /** Version of the seed derivation; bumped whenever the hashing changes, for provenance records. */
    public static final String DERIVATION = "cablesim-streams-1";

    private static final long DOMAIN_TAG = 0x63_61_62_6C_65_73_69_6DL; // "cablesim" in ASCII

    private final long masterSeed;
    private final long lane0;
    private final long lane1;

    private RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
        this.lane0 = Mixing.absorb0(DOMAIN_TAG, masterSeed);
        this.lane1 = Mixing.absorb1(Mixing.LANE1, masterSeed);
    }

    /**
     * Returns the stream factory for a master seed.
     *
     * @param masterSeed any value; the scenario's run seed
     * @return the factory
     */
    public static RandomStreams of(long masterSeed) {
        return new RandomStreams(masterSeed);
    }

    /** Returns the master seed this factory was built from. */
    public long masterSeed() {
        return masterSeed;
    }

    /** Returns {@link #ALGORITHM}, the Commons RNG source that {@link #seedFor} seeds are meant for. */
    public String algorithm() {
        return ALGORITHM;
    }

    /**
     * Returns the key of the stream family (master seed, purpose, element id); hash once, then derive
     * per-replication or per-trial-block seeds cheaply with {@link StreamKey#seedInto}.
     *
     * @param purpose what the draws are for, e.g. "connector-loss"; non-empty
     * @param elementId the element the draws belong to, e.g. a link id; may be empty for global streams
     * @return the key
     */
    public StreamKey key(String purpose, String elementId) {
        Objects.requireNonNull(elementId, "elementId");
        return purpose(purpose).key(elementId);
    }

    /**
     * Returns the purpose's part of every key (master seed, purpose, ·): hash the purpose once, then the keys of
     * many elements with {@link StreamPurpose#key}, the same keys {@link #key} gives.
     *
     * @param purpose see {@link #key}
     * @return the hashed prefix
     */
    public StreamPurpose purpose(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isEmpty()) {
            throw new IllegalArgumentException("purpose must not be empty");
        }
        long[] lanes = Mixing.absorb(lane0, lane1, purpose);
        return new StreamPurpose(lanes[0], lanes[1]);
    }

    /**
     * Returns the generator seed of a stream; {@code RandomSource.L64_X128_MIX.create(seedFor(...))}
     * reproduces {@link #stream} exactly.
     *
     * @param purpose see {@link #key}
     * @param elementId see {@link #key}
     * @param replication replication index, {@code >= 0}
     * @return a fresh array of {@link StreamKey#SEED_LENGTH} words
     */
    public long[] seedFor(String purpose, String elementId, long replication) {
        requireReplication(replication);
        return key(purpose, elementId).seed(replication);
    }

    /**
     * Returns a new generator for the stream (purpose, element id, replication); each call starts the
     * stream afresh. The generator itself is not thread-safe: use one per thread.
     *
     * @param purpose see {@link #key}
     * @param elementId see {@link #key}
     * @param replication replication index, {@code >= 0}
     * @return a generator positioned at the start of the stream
     */
    public UniformRandomProvider stream(String purpose, String elementId, long replication) {
        return RandomSource.L64_X128_MIX.create(seedFor(purpose, elementId, replication));
    }

    private static void requireReplication(long replication) {
        Checks.atLeast("replication", replication, 0);
    }

    @Override
    public String toString() {
        return "RandomStreams[masterSeed=" + masterSeed + ", algorithm=" + ALGORITHM
                + ", derivation=" + DERIVATION + "]";
    }
}
