package org.cablesim.catalog;

/** Single-mode or multimode fibre; a PMD runs on one kind only. */
public enum FibreKind {
    SMF,
    MMF
}
