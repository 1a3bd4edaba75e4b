package org.cablesim.catalog;

/** Where the key of an array connector sits; plugs only mate with the same style. */
public enum KeyStyle {
    /** Centre key: MPO-8, MPO-12, MPO-24. */
    CENTRE,
    /** Offset key: MPO-16, MPO-32; physically blocked from centre-keyed adapters. */
    OFFSET,
    /** Not an array connector (LC, SC, …): no MPO key. */
    NONE
}
