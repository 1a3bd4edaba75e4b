package org.cablesim.random;

import java.util.Arrays;
import java.util.Objects;

/**
 * A growable, dense table of stream keys packed two words each, one per element of a large model: keys are hashed
 * once when the model is built, and every later draw moves a {@link ReseedableStream} straight to its stream with
 * no string hashing and no allocation. Not thread-safe while growing; read-only sharing afterwards is safe.
 */
public final class StreamKeys {
    private long[] lanes;
    private int size;
    private final long[] scratch = new long[2];

    /** @param expected expected number of keys, &ge; 0 (a hint) */
    public StreamKeys(int expected) {
        lanes = new long[2 * Math.max(expected, 4)];
    }

    /**
     * Appends the key of (purpose, element id).
     *
     * @param purpose   the hashed purpose
     * @param elementId the element id
     * @return the key's index
     */
    public int add(StreamPurpose purpose, CharSequence elementId) {
        Objects.requireNonNull(elementId, "elementId");
        scratch[0] = purpose.lane0();
        scratch[1] = purpose.lane1();
        Mixing.absorbInto(scratch, elementId);
        return append();
    }

    /**
     * Appends the key of (purpose, element id) for an id given as UTF-8 bytes.
     *
     * @param purpose the hashed purpose
     * @param utf8    bytes holding the id
     * @param from    first byte of the id
     * @param to      one past its last byte
     * @return the key's index
     */
    public int add(StreamPurpose purpose, byte[] utf8, int from, int to) {
        scratch[0] = purpose.lane0();
        scratch[1] = purpose.lane1();
        Mixing.absorbUtf8(scratch, utf8, from, to);
        return append();
    }

    private int append() {
        if (2 * size == lanes.length) {
            lanes = Arrays.copyOf(lanes, 2 * lanes.length);
        }
        lanes[2 * size] = scratch[0];
        lanes[2 * size + 1] = scratch[1];
        return size++;
    }

    /** @return keys held */
    public int size() {
        return size;
    }

    /** @return the key at {@code i} */
    public StreamKey key(int i) {
        Objects.checkIndex(i, size);
        return new StreamKey(lanes[2 * i], lanes[2 * i + 1]);
    }

    /** Drops the spare capacity left by growing. */
    public void trim() {
        lanes = Arrays.copyOf(lanes, 2 * size);
    }

    /**
     * Moves {@code stream} to the start of the stream {@code key(i).child(child).seed(index)}, allocation-free.
     *
     * @param stream the generator to move
     * @param i      the key's index
     * @param child  the nested index (e.g. the replication)
     * @param index  the stream within the nested family
     */
    public void reseed(ReseedableStream stream, int i, long child, long index) {
        stream.reseed(Mixing.absorb0(lanes[2 * i], child), Mixing.absorb1(lanes[2 * i + 1], child), index);
    }
}
