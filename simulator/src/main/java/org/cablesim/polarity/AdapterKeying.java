package org.cablesim.polarity;

/**
 * How an adapter orients the two plugs it mates (TIA-568.3 array adapters).
 *
 * <p>Seen from each side in turn, KEY_UP_KEY_DOWN shows one key up and one key down: the far plug is
 * the near one turned over, so positions keep their column and two-row connectors swap rows
 * ({@link PositionMap#rowsSwapped}). KEY_UP_KEY_UP shows both keys up: columns mirror inside each row
 * ({@link PositionMap#mirrored}). A duplex LC adapter (latches on the same side) is KEY_UP_KEY_UP: it
 * puts position A against position B.
 */
public enum AdapterKeying {
    /** Type-A adapter: i → i (rows swap on two-row plugs); the only keying an APC array plug fits. */
    KEY_UP_KEY_DOWN,
    /** Type-B adapter: i → N+1−i within each row; opposed 8° APC faces cannot meet in it. */
    KEY_UP_KEY_UP
}
