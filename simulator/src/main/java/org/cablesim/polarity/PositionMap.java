package org.cablesim.polarity;

import java.util.Arrays;
import org.cablesim.stats.Checks;

/**
 * An immutable permutation of the 1-based fibre positions of one array connector (rows × fibres per
 * row positions), read from the near end of an element to its far end.
 *
 * <p>Positions are numbered row by row as IEC 61754-7 / TIA-604-5 number an MPO-24: with the plug
 * seen key up, row 1 holds positions 1..N and row 2 holds N+1..2N, each row left to right. A position
 * p therefore sits in row {@code (p-1)/N} and column {@code (p-1)%N} (both 0-based here).
 */
public final class PositionMap {

    private final int[] target;

    /**
     * Wraps a permutation.
     *
     * @param target {@code target[i-1]} is where near position i lands at the far side; must be a
     *               permutation of 1..target.length, length &ge; 1 (the array is copied)
     */
    public PositionMap(int[] target) {
        if (target == null || target.length == 0) {
            throw new IllegalArgumentException("a position map needs at least one position");
        }
        int[] copy = target.clone();
        boolean[] seen = new boolean[copy.length + 1];
        for (int t : copy) {
            if (t < 1 || t > copy.length) {
                throw new IllegalArgumentException("target " + t + " is outside 1.." + copy.length);
            }
            if (seen[t]) {
                throw new IllegalArgumentException("target " + t + " appears twice: not a permutation");
            }
            seen[t] = true;
        }
        this.target = copy;
    }

    /** Type-A cable or any pass-through: i → i over n positions, n &ge; 1. */
    public static PositionMap straight(int n) {
        int[] t = new int[Checks.atLeast("n", n, 1)];
        for (int i = 0; i < n; i++) {
            t[i] = i + 1;
        }
        return new PositionMap(t);
    }

    /**
     * Type-B cable or key-up/key-up adapter: column c → N−1−c inside each row, rows kept
     * (position i → N+1−i on a one-row connector).
     *
     * @param fibresPerRow N, positions per row, &ge; 1
     * @param rows         rows of the ferrule, &ge; 1
     */
    public static PositionMap mirrored(int fibresPerRow, int rows) {
        Checks.atLeast("fibresPerRow", fibresPerRow, 1);
        int[] t = new int[fibresPerRow * Checks.atLeast("rows", rows, 1)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < fibresPerRow; c++) {
                t[r * fibresPerRow + c] = r * fibresPerRow + (fibresPerRow - 1 - c) + 1;
            }
        }
        return new PositionMap(t);
    }

    /**
     * Key-up/key-down mating of two plugs: the far plug is the near one rotated 180° about the
     * optical axis and turned to face it, so columns are kept and rows swap (row r → rows−1−r).
     * On a one-row connector this is the identity.
     *
     * @param fibresPerRow N, positions per row, &ge; 1
     * @param rows         rows of the ferrule, &ge; 1
     */
    public static PositionMap rowsSwapped(int fibresPerRow, int rows) {
        Checks.atLeast("fibresPerRow", fibresPerRow, 1);
        int[] t = new int[fibresPerRow * Checks.atLeast("rows", rows, 1)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < fibresPerRow; c++) {
                t[r * fibresPerRow + c] = (rows - 1 - r) * fibresPerRow + c + 1;
            }
        }
        return new PositionMap(t);
    }

    /** Type-C cable on one row of n positions: 1↔2, 3↔4, …; n even, &ge; 2. */
    public static PositionMap pairSwapped(int n) {
        return pairSwapped(n, 1);
    }

    /**
     * Type-C cable: adjacent pairs swap inside each row (1↔2, 3↔4, …, 13↔14 on an MPO-24).
     *
     * @param fibresPerRow N, even, &ge; 2
     * @param rows         rows of the ferrule, &ge; 1
     */
    public static PositionMap pairSwapped(int fibresPerRow, int rows) {
        if (fibresPerRow < 2 || fibresPerRow % 2 != 0) {
            throw new IllegalArgumentException("pair swapping needs an even number of fibres per row, was " + fibresPerRow);
        }
        int[] t = new int[fibresPerRow * Checks.atLeast("rows", rows, 1)];
        for (int p = 1; p <= t.length; p++) {
            t[p - 1] = p % 2 == 1 ? p + 1 : p - 1;
        }
        return new PositionMap(t);
    }

    /** Number of positions the map permutes. */
    public int size() {
        return target.length;
    }

    /**
     * Where a near-side position lands on the far side.
     *
     * @param position 1..size()
     */
    public int apply(int position) {
        if (position < 1 || position > target.length) {
            throw new IllegalArgumentException("position " + position + " is outside 1.." + target.length);
        }
        return target[position - 1];
    }

    /** This map followed by {@code next} (apply this first); both must have the same size. */
    public PositionMap then(PositionMap next) {
        if (next.size() != size()) {
            throw new IllegalArgumentException("cannot compose a " + size() + "-position map with a "
                    + next.size() + "-position map");
        }
        int[] t = new int[target.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = next.target[target[i] - 1];
        }
        return new PositionMap(t);
    }

    /** The map read from the far end back to the near end. */
    public PositionMap inverse() {
        int[] t = new int[target.length];
        for (int i = 0; i < t.length; i++) {
            t[target[i] - 1] = i + 1;
        }
        return new PositionMap(t);
    }

    /** True when every position maps to itself. */
    public boolean isIdentity() {
        for (int i = 0; i < target.length; i++) {
            if (target[i] != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the target array ({@code [i-1]} = image of i). */
    public int[] toArray() {
        return target.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PositionMap other && Arrays.equals(target, other.target);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(target);
    }

    @Override
    public String toString() {
        return "PositionMap" + Arrays.toString(target);
    }
}
