package org.cablesim.plant;

import java.util.Arrays;

/**
 * Dense numbers for unordered pairs of pathway nodes ({@link RouteTable#pair} keys), in order of first addition:
 * open addressing on a mixed hash, without a boxed {@code Long} per pair. {@code Long.hashCode} folds the two node
 * ids of a key together (lo ⊕ hi), so a hash map of such keys degenerates into long collision chains.
 */
final class PairIndex {
    private long[] keys;
    /** Per hash slot: 1 + the index of the key there, 0 when empty. */
    private int[] slots;
    private int size;

    PairIndex() {
        keys = new long[64];
        slots = new int[128];
    }

    /** The number of {@code key}, added if new. */
    int add(long key) {
        int slot = find(key);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
        }
        keys[size] = key;
        slots[slot] = ++size;
        if (2 * size > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The number of {@code key}, or −1 when it was never added. */
    int indexOf(long key) {
        return slots[find(key)] - 1;
    }

    /** The key numbered {@code i}. */
    long key(int i) {
        return keys[i];
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = slots.length - 1;
        int slot = (int) mix(key) & mask;
        while (slots[slot] != 0 && keys[slots[slot] - 1] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        slots = new int[2 * slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = (int) mix(keys[i]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** A murmur3-style 64-bit finaliser: every key bit reaches the low bits used as the slot. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
