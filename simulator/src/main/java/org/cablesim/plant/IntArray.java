package org.cablesim.plant;

import java.util.Arrays;

/** A growable array of ints: per-trunk state without a boxed object per trunk. */
final class IntArray {
    private int[] values;
    private int size;

    IntArray(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    int add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size] = value;
        return size++;
    }

    int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return values[index];
    }

    void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        values[index] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
