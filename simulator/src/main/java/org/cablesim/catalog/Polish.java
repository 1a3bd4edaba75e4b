package org.cablesim.catalog;

/** End-face polish of a connector; an 8° APC face never mates with a flat (UPC or PC) face. */
public enum Polish {
    /** Angled physical contact, 8°, return loss &ge; 60 dB. */
    APC,
    /** Ultra physical contact, flat, return loss &gt; 50 dB (single mode). */
    UPC,
    /** Physical contact, flat, return loss &gt; 40 dB (multimode MPO typically). */
    PC
}
