package org.cablesim.catalog;

import org.cablesim.stats.Checks;

/**
 * One row of a PMD's discrete-reflectance table: a channel holding up to {@code maxCount} reflectances above
 * the PMD's counting threshold may have each of them at most {@code maxEachDb}.
 *
 * @param maxCount  number of counted reflectances this row allows, ≥ 1
 * @param maxEachDb largest allowed reflectance of each, dB, &lt; 0 (e.g. −35)
 */
public record ReflectanceLimit(int maxCount, double maxEachDb) {
    public ReflectanceLimit {
        Checks.atLeast("maxCount", maxCount, 1);
        if (!(maxEachDb < 0) || Double.isInfinite(maxEachDb)) {
            throw new IllegalArgumentException("maxEachDb must be a finite negative dB value, was " + maxEachDb);
        }
    }
}
