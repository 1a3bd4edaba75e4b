package org.cablesim.optics;

/** Draws the per-position losses of one random mated pair; bound to one random source, not thread-safe, allocation-free. */
@FunctionalInterface
public interface MatedPairSampler {
    /**
     * Draws one mated pair and writes the loss of each fibre position.
     *
     * @param lossDbPerPosition receives losses in dB at indices {@code 0 .. positions-1}; longer arrays are untouched beyond
     * @param positions         fibre positions of the connector in one row (12 for MPO-12, 16 for MPO-16), &ge; 1
     */
    void fill(double[] lossDbPerPosition, int positions);
}
