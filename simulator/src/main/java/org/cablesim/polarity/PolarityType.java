package org.cablesim.polarity;

/**
 * TIA-568.3 polarity type of a component.
 *
 * <p>A, B and C are array-cable types (straight, mirrored, pair-swapped); on a two-position duplex
 * cord, A is an A-to-A cord and B an A-to-B cord. U1 and U2 are the universal fibre transitions of
 * TIA-568.3-E (array-to-duplex cassettes or breakouts used with Type-B trunks and A-to-B cords): they
 * are not cable types, so a {@link Cable} rejects them; build them with
 * {@link ConversionModules#universalTransition}.
 */
public enum PolarityType {
    /** Straight: i → i, cable keys up/down. */
    A,
    /** Mirrored: i → N+1−i in each row, cable keys up/up. */
    B,
    /** Pair-swapped: 1↔2, 3↔4, …, cable keys up/down; a duplex method, never for parallel lanes. */
    C,
    /** Universal transition used with key-up/key-down (Type-A) array adapters; fits APC. */
    U1,
    /** Universal transition used with key-up/key-up (Type-B) array adapters; not for APC. */
    U2
}
