package org.cablesim.random;

import java.util.Objects;

/**
 * The hashed prefix (master seed, purpose) shared by the stream keys of every element of one purpose, from
 * {@link RandomStreams#purpose}; deriving an element's key from it hashes only the element id.
 *
 * @param lane0 first 64-bit lane of the hash state
 * @param lane1 second 64-bit lane of the hash state
 */
public record StreamPurpose(long lane0, long lane1) {

    /**
     * The key of (master seed, purpose, element id), equal to {@link RandomStreams#key}'s.
     *
     * @param elementId the element the draws belong to; may be empty
     * @return the key
     */
    public StreamKey key(CharSequence elementId) {
        Objects.requireNonNull(elementId, "elementId");
        long[] lanes = Mixing.absorb(lane0, lane1, elementId);
        return new StreamKey(lanes[0], lanes[1]);
    }

    /**
     * The key of (master seed, purpose, element id) for an id given as UTF-8 bytes.
     *
     * @param utf8 bytes holding the id
     * @param from first byte of the id
     * @param to   one past its last byte
     * @return the key, equal to {@code key(new String(utf8, from, to - from, UTF_8))}
     */
    public StreamKey key(byte[] utf8, int from, int to) {
        long[] lanes = {lane0, lane1};
        Mixing.absorbUtf8(lanes, utf8, from, to);
        return new StreamKey(lanes[0], lanes[1]);
    }
}
