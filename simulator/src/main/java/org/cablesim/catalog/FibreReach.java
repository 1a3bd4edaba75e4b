package org.cablesim.catalog;

import java.util.OptionalDouble;

/**
 * How far a PMD reaches over one fibre type, and the channel insertion loss the standard publishes there.
 *
 * @param fibreTypeId        catalog id of the fibre type, e.g. {@code OM4}
 * @param reachM             maximum channel length, metres, &gt; 0
 * @param publishedBudgetDb  the published maximum channel insertion loss at that reach, dB, &gt; 0; empty when
 *                           no figure is published (the budget is then only the derived one)
 * @param attenuationDbPerKm the cabled attenuation the standard assumes on this grade when it differs from the PMD's
 *                           (OS1a: 1.0 dB/km, which shortens DR reaches to 250 m at the same 3.0 dB), dB/km, ≥ 0;
 *                           empty = the PMD's
 */
public record FibreReach(String fibreTypeId, double reachM, OptionalDouble publishedBudgetDb,
        OptionalDouble attenuationDbPerKm) {
    /** A reach whose budget assumes the PMD's attenuation. */
    public FibreReach(String fibreTypeId, double reachM, OptionalDouble publishedBudgetDb) {
        this(fibreTypeId, reachM, publishedBudgetDb, OptionalDouble.empty());
    }

    public FibreReach {
        if (attenuationDbPerKm == null) {
            attenuationDbPerKm = OptionalDouble.empty();
        }
        if (attenuationDbPerKm.isPresent() && !(attenuationDbPerKm.getAsDouble() >= 0
                && attenuationDbPerKm.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("attenuationDbPerKm must be in [0, 100], was "
                    + attenuationDbPerKm.getAsDouble());
        }
        Sources.requireId("fibre type", fibreTypeId);
        if (!(reachM > 0) || Double.isInfinite(reachM)) {
            throw new IllegalArgumentException("reachM must be > 0, was " + reachM);
        }
        if (publishedBudgetDb == null) {
            publishedBudgetDb = OptionalDouble.empty();
        }
        if (publishedBudgetDb.isPresent()
                && (!(publishedBudgetDb.getAsDouble() > 0) || Double.isInfinite(publishedBudgetDb.getAsDouble()))) {
            throw new IllegalArgumentException("publishedBudgetDb must be > 0, was " + publishedBudgetDb.getAsDouble());
        }
    }
}
