package org.cablesim.lifecycle;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;
import org.cablesim.stats.Checks;

/**
 * An immutable, non-negative distribution of a duration (hours) or an amount (dB), sampled by inversion from an
 * injected random stream: one uniform per draw, so named streams stay aligned. The unit is the one of the field
 * holding it.
 */
public sealed interface Distribution
        permits Distribution.Fixed, Distribution.Exponential, Distribution.Weibull, Distribution.Uniform,
                Distribution.Lognormal {

    /** Hours in a (Julian) year, the unit of every "per year" figure: 365.25 × 24. */
    double HOURS_PER_YEAR = 8766.0;

    /** Draws one value, ≥ 0, consuming exactly one {@code nextDouble()}. */
    double sample(UniformRandomProvider rng);

    /** Returns the mean. */
    double mean();

    /** A constant. */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /** Exponential with this mean. */
    static Distribution exponential(double mean) {
        return new Exponential(mean);
    }

    /**
     * Exponential time to failure in hours for an annual failure rate (failures per unit-year).
     *
     * @param perYear rate, &gt; 0
     */
    static Distribution exponentialPerYear(double perYear) {
        Checks.positive("rate per year", perYear);
        return new Exponential(HOURS_PER_YEAR / perYear);
    }

    /** Uniform on [min, max]. */
    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /**
     * A constant.
     *
     * @param value the value, finite, ≥ 0
     */
    record Fixed(double value) implements Distribution {
        public Fixed {
            Checks.nonNegative("value", value);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            rng.nextDouble(); // keeps one uniform per draw whatever the family
            return value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    /**
     * Exponential.
     *
     * @param mean the mean, finite, &gt; 0
     */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            Checks.positive("mean", mean);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            // 1 - u lies in (0, 1]: log never sees 0.
            return -mean * Math.log(1.0 - rng.nextDouble());
        }
    }

    /**
     * Weibull, F(x) = 1 − exp(−(x/scale)^shape); shape &lt; 1 models infant mortality (falling hazard), shape
     * 1 is exponential, shape &gt; 1 wear-out.
     *
     * @param shape shape, finite, &gt; 0
     * @param scale scale (same unit as the values), finite, &gt; 0
     */
    record Weibull(double shape, double scale) implements Distribution {
        public Weibull {
            Checks.positive("shape", shape);
            Checks.positive("scale", scale);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return scale * Math.pow(-Math.log(1.0 - rng.nextDouble()), 1.0 / shape);
        }

        @Override
        public double mean() {
            return WeibullDistribution.of(shape, scale).getMean();
        }
    }

    /**
     * Uniform on [min, max].
     *
     * @param min lower end, finite, ≥ 0
     * @param max upper end, finite, ≥ min
     */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            Checks.nonNegative("min", min);
            Checks.nonNegative("max", max);
            if (max < min) {
                throw new IllegalArgumentException("max must be >= min, were " + min + ", " + max);
            }
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return min + (max - min) * rng.nextDouble();
        }

        @Override
        public double mean() {
            return 0.5 * (min + max);
        }
    }

    /**
     * Lognormal: ln X ~ Normal(ln median, sigma²).
     *
     * @param median the median, finite, &gt; 0
     * @param sigma  standard deviation of ln X, finite, ≥ 0
     */
    record Lognormal(double median, double sigma) implements Distribution {
        private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

        public Lognormal {
            Checks.positive("median", median);
            Checks.nonNegative("sigma", sigma);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            double u = rng.nextDouble();
            // Keep u in (0, 1) so the normal quantile stays finite.
            double p = Math.min(Math.max(u, 0x1.0p-53), 1.0 - 0x1.0p-53);
            return median * Math.exp(sigma * STANDARD_NORMAL.inverseCumulativeProbability(p));
        }

        @Override
        public double mean() {
            return median * Math.exp(0.5 * sigma * sigma);
        }
    }
}
