package org.cablesim.catalog;

/** Guide-pin gender of a plug; every MPO mated pair is one pinned and one unpinned plug. */
public enum Gender {
    /** Male: carries the two guide pins (transceiver MDIs are pinned). */
    PINNED,
    /** Female: guide-pin holes only. */
    UNPINNED,
    /** Genderless single-fibre connector (LC, SC) aligned by a sleeve. */
    NONE
}
