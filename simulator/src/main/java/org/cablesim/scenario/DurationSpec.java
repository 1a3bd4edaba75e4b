package org.cablesim.scenario;

import org.cablesim.stats.Checks;

/**
 * A non-negative duration distribution as a scenario gives it, in hours: the lifecycle simulation samples it
 * as written (the file's mean/p97 forms are converted to these parameters when read).
 */
public sealed interface DurationSpec
        permits DurationSpec.Fixed, DurationSpec.Exponential, DurationSpec.Uniform, DurationSpec.Lognormal,
                DurationSpec.Weibull {

    /** The mean, hours. */
    double meanHours();

    /**
     * A constant.
     *
     * @param hours the value, finite, ≥ 0
     */
    record Fixed(double hours) implements DurationSpec {
        public Fixed {
            Checks.nonNegative("hours", hours);
        }

        @Override
        public double meanHours() {
            return hours;
        }
    }

    /**
     * Exponential.
     *
     * @param meanHours the mean, finite, &gt; 0
     */
    record Exponential(double meanHours) implements DurationSpec {
        public Exponential {
            Checks.positive("meanHours", meanHours);
        }
    }

    /**
     * Uniform on [minHours, maxHours].
     *
     * @param minHours lower end, finite, ≥ 0
     * @param maxHours upper end, finite, ≥ minHours
     */
    record Uniform(double minHours, double maxHours) implements DurationSpec {
        public Uniform {
            Checks.nonNegative("minHours", minHours);
            Checks.nonNegative("maxHours", maxHours);
            if (maxHours < minHours) {
                throw new IllegalArgumentException("maxHours must be >= minHours, were " + minHours + ", " + maxHours);
            }
        }

        @Override
        public double meanHours() {
            return 0.5 * (minHours + maxHours);
        }
    }

    /**
     * Lognormal: ln X ~ Normal(ln medianHours, sigma²).
     *
     * @param medianHours the median, finite, &gt; 0
     * @param sigma       standard deviation of ln X, finite, ≥ 0
     */
    record Lognormal(double medianHours, double sigma) implements DurationSpec {
        public Lognormal {
            Checks.positive("medianHours", medianHours);
            Checks.nonNegative("sigma", sigma);
        }

        @Override
        public double meanHours() {
            return medianHours * Math.exp(0.5 * sigma * sigma);
        }
    }

    /**
     * Weibull, F(x) = 1 − exp(−(x/scaleHours)^shape).
     *
     * @param shape      shape, finite, &gt; 0
     * @param scaleHours scale, finite, &gt; 0
     */
    record Weibull(double shape, double scaleHours) implements DurationSpec {
        public Weibull {
            Checks.positive("shape", shape);
            Checks.positive("scaleHours", scaleHours);
        }

        @Override
        public double meanHours() {
            return scaleHours * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
        }
    }
}
