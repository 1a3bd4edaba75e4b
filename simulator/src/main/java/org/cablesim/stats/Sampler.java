package org.cablesim.stats;

/**
 * Draws values from one {@link Distribution}, in the unit of the field holding that distribution (dB for a
 * loss, hours for a duration); bound to one random source, not thread-safe, allocation-free.
 */
@FunctionalInterface
public interface Sampler {
    /**
     * Draws one value.
     *
     * @return the value, &ge; 0
     */
    double sample();
}
