package org.cablesim.stats;

/**
 * A two-sided 95 % confidence interval for a probability or a difference.
 *
 * @param low  lower bound
 * @param high upper bound, &ge; low (NaN bounds mean "unknown")
 */
public record Interval(double low, double high) {
    /** Two-sided 95 % normal quantile Φ⁻¹(0.975). */
    public static final double Z95 = 1.959963984540054;

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("low > high: " + low + " > " + high);
        }
    }

    /**
     * Wilson score interval for a binomial proportion (good coverage down to zero successes).
     *
     * @param successes k, 0 ≤ k ≤ n
     * @param trials    n, &ge; 1
     * @return the 95 % interval, within [0, 1]
     */
    public static Interval wilson(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, trials >= 1: " + successes + "/" + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /**
     * Normal-approximation interval mean ± 1.96·standardError.
     *
     * @param mean          the estimate
     * @param standardError its standard error, &ge; 0
     * @return the interval
     */
    public static Interval normal(double mean, double standardError) {
        return new Interval(mean - Z95 * standardError, mean + Z95 * standardError);
    }

    /** @return a point interval, for exact results */
    public static Interval exact(double value) {
        return new Interval(value, value);
    }

    /** @return (high − low) / 2 */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** @return this interval clipped to [0, 1] */
    public Interval clippedToProbability() {
        return new Interval(Math.max(0, Math.min(1, low)), Math.max(0, Math.min(1, high)));
    }
}
