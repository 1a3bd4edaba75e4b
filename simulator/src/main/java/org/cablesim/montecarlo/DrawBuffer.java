package org.cablesim.montecarlo;

import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKey;

/**
 * The 64-bit draws of one stream, read from it in bulk ({@link ReseedableStream#nextLongs}): the same values in the
 * same order as {@code nextLong()}, for samplers that take a varying number of draws per value (rejection). A
 * reseed drops what was read ahead, so a block's draws depend on its index alone. Not thread-safe.
 */
final class DrawBuffer {
    private static final int SIZE = 256;

    private final ReseedableStream rng;
    private final long[] buffer = new long[SIZE];
    private int next = SIZE;

    DrawBuffer(ReseedableStream rng) {
        this.rng = rng;
    }

    /** Moves to the start of the stream at {@code index} of {@code key}. */
    void reseed(StreamKey key, long index) {
        rng.reseed(key, index);
        next = SIZE;
    }

    /** @return the next 64-bit draw */
    long nextLong() {
        if (next == SIZE) {
            rng.nextLongs(buffer, 0, SIZE);
            next = 0;
        }
        return buffer[next++];
    }

    /** @return a uniform draw in [0, 1) from the next draw's top 53 bits, as {@code nextDouble()} */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
