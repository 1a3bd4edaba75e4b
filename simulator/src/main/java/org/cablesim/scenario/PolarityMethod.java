package org.cablesim.scenario;

/**
 * A TIA-568.3 polarity method; it only sets the defaults for the Type of every trunk, cord, jumper and adapter
 * of a tier (each may be overridden). The defaults are documented in the README's {@code plans} section.
 */
public enum PolarityMethod {
    A,
    B,
    C,
    U1,
    U2
}
