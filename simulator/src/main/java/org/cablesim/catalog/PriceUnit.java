package org.cablesim.catalog;

/** What one price is paid for: one item, one metre of cable, or one hour of labour. */
public enum PriceUnit {
    EACH,
    PER_METRE,
    PER_HOUR
}
