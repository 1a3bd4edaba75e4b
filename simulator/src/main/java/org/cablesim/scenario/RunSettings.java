package org.cablesim.scenario;

/**
 * Run-wide settings of a scenario that the CLI may override.
 *
 * @param seed master seed from which every random stream is derived
 */
public record RunSettings(long seed) {
}
