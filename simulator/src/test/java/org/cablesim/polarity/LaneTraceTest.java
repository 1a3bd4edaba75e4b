package org.cablesim.polarity;

import static org.cablesim.catalog.Gender.PINNED;
import static org.cablesim.polarity.AdapterKeying.KEY_UP_KEY_DOWN;
import static org.cablesim.polarity.AdapterKeying.KEY_UP_KEY_UP;
import static org.cablesim.polarity.Plugs.fiveElement;
import static org.cablesim.polarity.Plugs.mpo12;
import static org.cablesim.polarity.Plugs.mpo24;
import static org.cablesim.polarity.Plugs.mpo8;
import static org.cablesim.polarity.PolarityType.A;
import static org.cablesim.polarity.PolarityType.B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;
import org.junit.jupiter.api.Test;

/** Lane positions at every element boundary, by hand from TIA-568.3-E's maps. */
class LaneTraceTest {

    private static final ConnectorEnd MPO12 = mpo12(Polish.UPC, PINNED);

    @Test
    void methodBFlipsAtEveryElement() {
        Channel ch = fiveElement(B, KEY_UP_KEY_UP, B, KEY_UP_KEY_UP, B, MPO12);
        assertArrayEquals(new int[] {1, 12, 1, 12, 1, 12}, LaneTracer.traceFar(ch, 1));
        assertArrayEquals(new int[] {4, 9, 4, 9, 4, 9}, LaneTracer.traceFar(ch, 4));
    }

    @Test
    void methodAFlipsOnlyInTheFarCord() {
        Channel ch = fiveElement(A, KEY_UP_KEY_DOWN, A, KEY_UP_KEY_DOWN, B, MPO12);
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 10}, LaneTracer.traceFar(ch, 3));
    }

    @Test
    void backwardTraceRunsFarToNear() {
        Channel ch = fiveElement(A, KEY_UP_KEY_DOWN, A, KEY_UP_KEY_DOWN, B, MPO12);
        LaneTrace t = LaneTracer.backward(ch, new PortPosition(1, 2));
        assertFalse(t.forward());
        assertArrayEquals(new int[] {2, 11, 11, 11, 11, 11}, t.positions());
        assertEquals(new PortPosition(1, 11), t.end().orElseThrow());
    }

    @Test
    void keyUpKeyDownAdapterSwapsRowsOfAnMpo24() {
        ConnectorEnd m24 = mpo24(Polish.UPC, PINNED);
        Channel ch = fiveElement(A, KEY_UP_KEY_DOWN, B, KEY_UP_KEY_UP, A, m24);
        // 1 (row 1, col 1) → A cord 1 → KU/KD row swap 13 → B trunk mirror in row 24 → KU/KU mirror 13 → A cord 13
        assertArrayEquals(new int[] {1, 1, 13, 24, 13, 13}, LaneTracer.traceFar(ch, 1));
    }

    @Test
    void laneOnAnEmptyPositionIsLostWhereItEnters() {
        ConnectorEnd m8 = mpo8(Polish.UPC, Gender.UNPINNED);
        Channel ch = Channel.of(Cable.cord("C8", B, m8, m8));
        LaneTrace t = LaneTracer.forward(ch, new PortPosition(1, 5));
        assertFalse(t.complete());
        assertEquals(0, t.lostAtElement());
        assertEquals("position 5 of Type-B cord C8 carries no fibre", t.lostReason());
        assertEquals(List.of(), t.afterEach());
        // The populated positions of an MPO-8 are 1–4 and 9–12 and a Type-B cord keeps them populated.
        assertArrayEquals(new int[] {4, 9}, LaneTracer.traceFar(ch, 4));
    }

    @Test
    void unroutedPortStopsAtTheAdapter() {
        Cable twoLegs = Cable.trunk("T", B, MPO12, MPO12, 2);
        Channel ch = Channel.of(twoLegs, Adapter.routed("panel P09", KEY_UP_KEY_DOWN, 1, 1), Plugs.cord("C", B, MPO12));
        LaneTrace lost = LaneTracer.forward(ch, new PortPosition(2, 1));
        assertEquals(1, lost.lostAtElement());
        assertTrue(lost.lostReason().contains("port 2 is not continued past panel P09"), lost.lostReason());
        assertTrue(LaneTracer.forward(ch, new PortPosition(1, 1)).complete());
    }

    @Test
    void reversedLegsSwapTrunkLegs() {
        Cable crossed = new Cable("T", CableRole.TRUNK, B, MPO12, MPO12, 2, true);
        Channel ch = Channel.of(crossed);
        assertEquals(new PortPosition(2, 12), LaneTracer.forward(ch, new PortPosition(1, 1)).end().orElseThrow());
        assertEquals(new PortPosition(1, 12), LaneTracer.backward(ch, new PortPosition(2, 1)).end().orElseThrow());
    }
}
