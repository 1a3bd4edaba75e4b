package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * How one kind of part fails in service: a Weibull time to failure with mean 1 / {@code perYear} years
 * (shape 1 = exponential, constant hazard; &lt; 1 infant mortality; &gt; 1 wear-out), restarted when the part is
 * replaced.
 *
 * @param perYear      failures per part-year of a new part (the inverse mean life), finite, ≥ 0; 0 = never fails
 * @param weibullShape Weibull shape, finite, &gt; 0
 */
public record FailureLawSpec(double perYear, double weibullShape) {
    public FailureLawSpec {
        Checks.nonNegative("perYear", perYear);
        Checks.positive("weibullShape", weibullShape);
    }
}
