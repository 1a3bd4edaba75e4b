package org.cablesim.catalog;

/** Plug gender: pinned (male) or unpinned (female) MPO; NONE for connectors without guide pins (LC). */
public enum Gender {
    PINNED,
    UNPINNED,
    NONE
}
