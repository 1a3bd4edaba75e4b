package org.cablesim.polarity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PositionMapTest {

    @Test
    void straightIsIdentity() {
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, PositionMap.straight(12).toArray());
        assertTrue(PositionMap.straight(12).isIdentity());
    }

    @Test
    void mirroredOneRowMapsIToNPlusOneMinusI() {
        assertArrayEquals(new int[] {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, PositionMap.mirrored(12, 1).toArray());
        assertEquals(9, PositionMap.mirrored(16, 1).apply(8));
    }

    @Test
    void mirroredTwoRowsKeepsEachRow() {
        PositionMap m = PositionMap.mirrored(12, 2);
        assertEquals(12, m.apply(1));
        assertEquals(1, m.apply(12));
        assertEquals(24, m.apply(13));
        assertEquals(13, m.apply(24));
        assertEquals(19, m.apply(18));
    }

    @Test
    void keyUpKeyDownSwapsRowsAndKeepsColumns() {
        PositionMap r = PositionMap.rowsSwapped(12, 2);
        assertEquals(13, r.apply(1));
        assertEquals(24, r.apply(12));
        assertEquals(5, r.apply(17));
        assertTrue(PositionMap.rowsSwapped(12, 1).isIdentity());
    }

    @Test
    void pairSwappedSwapsNeighbours() {
        assertArrayEquals(new int[] {2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11}, PositionMap.pairSwapped(12).toArray());
        assertEquals(14, PositionMap.pairSwapped(12, 2).apply(13));
        assertThrows(IllegalArgumentException.class, () -> PositionMap.pairSwapped(7));
    }

    @Test
    void thenAppliesThisMapFirst() {
        PositionMap a = new PositionMap(new int[] {2, 3, 1});
        PositionMap b = new PositionMap(new int[] {1, 3, 2});
        assertEquals(3, a.then(b).apply(1));
        assertEquals(2, b.then(a).apply(1));
    }

    @Test
    void inverseUndoes() {
        PositionMap a = new PositionMap(new int[] {3, 1, 2});
        assertArrayEquals(new int[] {2, 3, 1}, a.inverse().toArray());
    }

    @Test
    void rejectsNonPermutationsAndOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new PositionMap(new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new PositionMap(new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new PositionMap(new int[] {}));
        assertThrows(IllegalArgumentException.class, () -> PositionMap.straight(4).apply(5));
        assertThrows(IllegalArgumentException.class, () -> PositionMap.straight(4).then(PositionMap.straight(5)));
    }

    @Test
    void isImmutable() {
        int[] raw = {2, 1};
        PositionMap m = new PositionMap(raw);
        raw[0] = 1;
        m.toArray()[0] = 1;
        assertEquals(2, m.apply(1));
        assertEquals(new PositionMap(new int[] {2, 1}), m);
    }
}
