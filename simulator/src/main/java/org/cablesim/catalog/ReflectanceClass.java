package org.cablesim.catalog;

import org.cablesim.stats.Checks;

/**
 * The worst discrete reflectance of a clean mated pair of one polish (IEC 61755-1 and vendor data: APC ≤ −60 dB, UPC −50, PC −40,
 * multimode −20; return loss is its negation).
 *
 * @param id                catalog id: a polish name (APC, UPC, PC) or MM for multimode
 * @param maxReflectanceDb  largest reflectance of a clean mated pair, dB, &lt; 0
 * @param source            provenance note; non-blank
 */
public record ReflectanceClass(String id, double maxReflectanceDb, String source) {
    public ReflectanceClass {
        Sources.requireId("reflectance class", id);
        if (!(Checks.finite("maxReflectanceDb", maxReflectanceDb) < 0)) {
            throw new IllegalArgumentException("maxReflectanceDb must be < 0 dB, was " + maxReflectanceDb);
        }
        source = Sources.requireSource("reflectance class", id, source);
    }

    /** The return loss of such a pair, dB (the negated reflectance). */
    public double minReturnLossDb() {
        return -maxReflectanceDb;
    }
}
