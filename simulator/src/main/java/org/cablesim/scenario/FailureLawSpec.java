package org.cablesim.scenario;

import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.WeibullDistribution;

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

    /**
     * The time to failure of a new part: exponential for shape 1, else Weibull, with mean 1 / perYear years.
     *
     * @return the distribution, in hours
     * @throws IllegalArgumentException if the part never fails (perYear = 0)
     */
    public Distribution timeToFailureHours() {
        double meanHours = LifecycleSpec.HOURS_PER_YEAR / Checks.positive("perYear", perYear);
        return weibullShape == 1 ? new ExponentialDistribution(meanHours)
                : WeibullDistribution.withMean(meanHours, weibullShape);
    }
}
