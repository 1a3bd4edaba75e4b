package org.cablesim.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cablesim.random.StreamKey;
import org.cablesim.random.StreamKeys;
import org.cablesim.random.StreamPurpose;

/**
 * Element ids packed as UTF-8 bytes in one array, without a {@code String} per id: a 100k-GPU plant has millions of
 * them, read only to name random streams and to word error messages.
 */
final class Ids {
    private byte[] bytes;
    private int[] start;
    private int size;

    Ids(int expected) {
        bytes = new byte[Math.max(16, 16 * expected)];
        start = new int[Math.max(2, expected + 1)];
    }

    /** Appends an id and returns its index. */
    int add(CharSequence id) {
        int n = id.length();
        int end = start[size];
        if (end + 3 * n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, end + 3 * n));
        }
        for (int i = 0; i < n; i++) {
            char ch = id.charAt(i);
            if (ch >= 0x80) {
                byte[] utf8 = id.toString().getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, bytes, start[size], utf8.length);
                end = start[size] + utf8.length;
                break;
            }
            bytes[end++] = (byte) ch;
        }
        if (size + 1 == start.length) {
            start = Arrays.copyOf(start, 2 * start.length);
        }
        start[++size] = end;
        return size - 1;
    }

    int size() {
        return size;
    }

    /** The id at {@code i}. */
    String get(int i) {
        return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
    }

    /** The stream key of (purpose, id {@code i}). */
    StreamKey key(StreamPurpose purpose, int i) {
        return purpose.key(bytes, start[i], start[i + 1]);
    }

    /** The stream keys of (purpose, every id), in id order. */
    StreamKeys keys(StreamPurpose purpose) {
        StreamKeys keys = new StreamKeys(size);
        for (int i = 0; i < size; i++) {
            keys.add(purpose, bytes, start[i], start[i + 1]);
        }
        return keys;
    }

    /** Drops the spare capacity left by growing. */
    void trim() {
        bytes = Arrays.copyOf(bytes, start[size]);
        start = Arrays.copyOf(start, size + 1);
    }
}
