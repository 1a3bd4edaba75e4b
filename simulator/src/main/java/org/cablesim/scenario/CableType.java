package org.cablesim.scenario;

/** TIA-568.3 polarity type of an array cable: A straight, B mirrored, C pair-swapped. */
public enum CableType {
    A,
    B,
    C
}
