package org.cablesim.catalog;

import java.util.OptionalDouble;

/**
 * How far a PMD reaches over one fibre type, and the channel insertion loss the standard publishes there.
 *
 * @param fibreTypeId        catalog id of the fibre type, e.g. {@code OM4}
 * @param reachM             maximum channel length, metres, &gt; 0
 * @param publishedBudgetDb  the published maximum channel insertion loss at that reach, dB, &gt; 0; empty when
 *                           no figure is published (the budget is then only the derived one)
 */
public record FibreReach(String fibreTypeId, double reachM, OptionalDouble publishedBudgetDb) {
    public FibreReach {
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
