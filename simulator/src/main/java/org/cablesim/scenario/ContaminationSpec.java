package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * Dirt left by matings: each mating leaves the connection dirty with {@code dirtyShare}; dirt adds a loss drawn
 * uniformly from [minDb, maxDb] to every lane and raises the reflectance.
 *
 * @param dirtyShare         probability that a mating leaves dirt, [0, 1]
 * @param minDb              least loss of a dirty connection, dB, finite, ≥ 0
 * @param maxDb              largest loss of a dirty connection, dB, finite, ≥ minDb
 * @param reflectanceRiseDb  reflectance rise of a dirty connection, dB, finite, ≥ 0
 */
public record ContaminationSpec(double dirtyShare, double minDb, double maxDb, double reflectanceRiseDb) {
    public ContaminationSpec {
        Checks.probability("dirtyShare", dirtyShare);
        Checks.nonNegative("minDb", minDb);
        Checks.nonNegative("maxDb", maxDb);
        if (maxDb < minDb) {
            throw new IllegalArgumentException("maxDb must be >= minDb, were " + minDb + ", " + maxDb);
        }
        Checks.nonNegative("reflectanceRiseDb", reflectanceRiseDb);
    }
}
