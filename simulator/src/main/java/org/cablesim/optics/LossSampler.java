package org.cablesim.optics;

/** Draws insertion losses in dB from one loss model; bound to one random source, not thread-safe, allocation-free. */
@FunctionalInterface
public interface LossSampler {
    /**
     * Draws one loss.
     *
     * @return insertion loss in dB, &ge; 0
     */
    double sample();
}
