package org.cablesim.random;

import java.nio.charset.StandardCharsets;

/** The 64-bit mixing primitives behind stream derivation; changing any constant here changes every result. */
final class Mixing {

    /** Weyl increment of SplitMix64 (2^64 / golden ratio, odd). */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Second lane's start and increment, an arbitrary odd constant unrelated to {@link #GOLDEN}. */
    static final long LANE1 = 0xD1B54A32D192ED03L;

    private Mixing() {
    }

    /** SplitMix64's finaliser (Stafford variant 13): a bijection of the 64-bit words with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Absorbs one word into lane 0; a bijection of the lane for a fixed word, so distinct words stay distinct. */
    static long absorb0(long lane, long word) {
        return mix64(lane ^ word) + GOLDEN;
    }

    /** Absorbs one word into lane 1 with a different mixing path, so the two lanes collide independently. */
    static long absorb1(long lane, long word) {
        return mix64((lane + word) * LANE1) ^ GOLDEN;
    }

    /**
     * Absorbs a string as its UTF-8 byte length followed by its bytes packed little-endian into words;
     * the length prefix keeps ("ab", "c") and ("a", "bc") apart. ASCII text (every id the simulator builds) is
     * packed straight from its chars, without encoding it first.
     */
    static long[] absorb(long lane0, long lane1, CharSequence text) {
        long[] lanes = {lane0, lane1};
        absorbInto(lanes, text);
        return lanes;
    }

    /** As {@link #absorb(long, long, CharSequence)}, updating {@code lanes} (two words) in place. */
    static void absorbInto(long[] lanes, CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
                absorbUtf8(lanes, utf8, 0, utf8.length);
                return;
            }
        }
        long lane0 = absorb0(lanes[0], n);
        long lane1 = absorb1(lanes[1], n);
        for (int i = 0; i < n; i += Long.BYTES) {
            long word = 0;
            int end = Math.min(n, i + Long.BYTES);
            for (int j = end - 1; j >= i; j--) {
                word = (word << 8) | text.charAt(j);
            }
            lane0 = absorb0(lane0, word);
            lane1 = absorb1(lane1, word);
        }
        lanes[0] = lane0;
        lanes[1] = lane1;
    }

    /** As {@link #absorbInto(long[], CharSequence)} for text given as the UTF-8 bytes {@code from .. to − 1}. */
    static void absorbUtf8(long[] lanes, byte[] utf8, int from, int to) {
        int n = to - from;
        long lane0 = absorb0(lanes[0], n);
        long lane1 = absorb1(lanes[1], n);
        for (int i = from; i < to; i += Long.BYTES) {
            long word = 0;
            int end = Math.min(to, i + Long.BYTES);
            for (int j = end - 1; j >= i; j--) {
                word = (word << 8) | (utf8[j] & 0xFFL);
            }
            lane0 = absorb0(lane0, word);
            lane1 = absorb1(lane1, word);
        }
        lanes[0] = lane0;
        lanes[1] = lane1;
    }
}
