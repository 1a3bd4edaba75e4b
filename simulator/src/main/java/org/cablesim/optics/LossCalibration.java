package org.cablesim.optics;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.FixedDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.TruncatedNormalDistribution;
import org.cablesim.stats.WeibullDistribution;

/**
 * Fits a loss family to a (mean, percentile) pair such as an IEC grade's (mean ≤ 0.12 dB, p97 ≤ 0.25 dB).
 *
 * <p>Two-parameter families reproduce both figures (to the solver's ~1e−14 relative accuracy):
 * <ul>
 *   <li>lognormal — closed form: σ is the smallest positive root of σ²/2 − zσ + ln(q/mean) = 0, z = Φ⁻¹(p);</li>
 *   <li>gamma and Weibull — the ratio quantile/mean depends only on the shape; it is not monotone in the
 *       shape (it falls back to 0 for very small shapes), so the shape is searched from light tails
 *       (large shape) towards heavy ones and the first root is taken: the light-tailed branch. Shapes
 *       below {@link #MIN_GAMMA_SHAPE} (gamma) or {@link #MIN_WEIBULL_SHAPE} (Weibull) are not searched;</li>
 *   <li>truncated normal — the ratio depends only on α = μ/σ and is monotone in it; α is searched over
 *       [{@link TruncatedNormalDistribution#MIN_STANDARDISED_MEAN}, 1000], which reaches ratios between those of a
 *       normal with vanishing spread and of an exponential (for p = 0.97: 1 to 3.51).</li>
 * </ul>
 * A ratio no shape reaches is rejected with the reachable range in the message.
 *
 * <p>One-parameter families (exponential, fixed) fit the mean exactly; the requested quantile is only a
 * consistency check: it is rejected when the implied quantile differs from it by more than
 * {@link #ONE_PARAMETER_QUANTILE_TOLERANCE} relative (an IEC grade's p97/mean ≈ 2 is far from the
 * exponential's 3.51, so fitting such a grade with an exponential is refused, not silently distorted).
 * Use {@link #impliedQuantile} to see what a mean-only fit implies.
 */
public final class LossCalibration {
    /** The percentile the IEC grades and vendor "max" figures are read as. */
    public static final double P97 = 0.97;
    /** Largest accepted relative gap between requested and implied quantile for one-parameter families. */
    public static final double ONE_PARAMETER_QUANTILE_TOLERANCE = 0.10;
    /** Smallest gamma shape searched (for p = 0.97 the ratio peaks, at ≈ 9.6, near shape 0.05). */
    public static final double MIN_GAMMA_SHAPE = 0.05;
    /** Smallest Weibull shape searched (for p = 0.97 the ratio peaks, at ≈ 7.2, near shape 0.33). */
    public static final double MIN_WEIBULL_SHAPE = 0.1;

    private static final double MAX_SHAPE = 1e7;
    private static final double SCAN_FACTOR = 1.1;
    private static final double MAX_ALPHA = 1000;

    private LossCalibration() {
    }

    /**
     * Fits {@code family} to a mean and a 97th percentile.
     *
     * @param family loss family; not empirical or histogram
     * @param meanDb mean loss in dB, &gt; 0
     * @param p97Db  97th-percentile loss in dB, &gt; 0
     * @return the fitted model
     */
    public static Distribution fromMeanAndP97(Family family, double meanDb, double p97Db) {
        return fromMeanAndQuantile(family, meanDb, P97, p97Db);
    }

    /**
     * Fits {@code family} to a mean and the quantile at probability {@code p}.
     *
     * @param family     loss family; not empirical or histogram
     * @param meanDb     mean loss in dB, finite, &gt; 0
     * @param p          probability of the quantile, in (0, 1)
     * @param quantileDb the loss in dB not exceeded with probability p, finite, &gt; 0
     * @return the fitted model
     * @throws IllegalArgumentException if the family cannot reach the requested quantile/mean ratio
     */
    public static Distribution fromMeanAndQuantile(Family family, double meanDb, double p, double quantileDb) {
        return switch (family) {
            case GAMMA -> gamma(meanDb, p, quantileDb);
            case LOGNORMAL -> lognormal(meanDb, p, quantileDb);
            case WEIBULL -> weibull(meanDb, p, quantileDb);
            case TRUNCATED_NORMAL -> truncatedNormal(meanDb, p, quantileDb);
            case EXPONENTIAL -> exponential(meanDb, p, quantileDb);
            case FIXED -> fixed(meanDb, p, quantileDb);
            case EMPIRICAL, HISTOGRAM -> throw new IllegalArgumentException(
                    family.id() + " losses are given by their data, not calibrated to a mean and a quantile");
            case UNIFORM, RICIAN -> throw new IllegalArgumentException(
                    family.id() + " losses are not calibrated to a mean and a quantile here"
                            + (family == Family.RICIAN ? " (see RicianCalibration)" : ""));
        };
    }

    /** Gamma fitted to (mean, quantile at p); see the class comment for the branch chosen. */
    public static GammaDistribution gamma(double meanDb, double p, double quantileDb) {
        double ratio = checkedRatio(meanDb, p, quantileDb);
        double shape = solveShape("gamma", s -> new GammaDistribution(s, 1 / s).quantile(p), ratio, MIN_GAMMA_SHAPE);
        return new GammaDistribution(shape, meanDb / shape);
    }

    /** Weibull fitted to (mean, quantile at p); see the class comment for the branch chosen. */
    public static WeibullDistribution weibull(double meanDb, double p, double quantileDb) {
        double ratio = checkedRatio(meanDb, p, quantileDb);
        double shape = solveShape("weibull", s -> {
            WeibullDistribution unit = new WeibullDistribution(s, 1);
            return unit.quantile(p) / unit.mean();
        }, ratio, MIN_WEIBULL_SHAPE);
        return new WeibullDistribution(shape, meanDb / new WeibullDistribution(shape, 1).mean());
    }

    /** Lognormal fitted to (mean, quantile at p) in closed form. */
    public static LognormalDistribution lognormal(double meanDb, double p, double quantileDb) {
        double ratio = checkedRatio(meanDb, p, quantileDb);
        double[] roots = LognormalDistribution.sigmaRoots(p, ratio);
        if (roots.length == 0) {
            throw new IllegalArgumentException(String.format(
                    "lognormal cannot reach quantile/mean = %.6g at p = %s; the largest reachable is exp(z²/2) = %.6g",
                    ratio, p, LognormalDistribution.largestQuantileRatio(p)));
        }
        double sigma = roots[0] > 0 ? roots[0] : roots[1];
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("lognormal cannot reach quantile/mean = " + ratio + " at p = " + p);
        }
        return new LognormalDistribution(Math.log(meanDb) - sigma * sigma / 2, sigma);
    }

    /** Truncated normal fitted to (mean, quantile at p) by solving for α = μ/σ. */
    public static TruncatedNormalDistribution truncatedNormal(double meanDb, double p, double quantileDb) {
        double ratio = checkedRatio(meanDb, p, quantileDb);
        DoubleUnaryOperator f = alpha -> {
            TruncatedNormalDistribution unit = new TruncatedNormalDistribution(alpha, 1);
            return unit.quantile(p) / unit.mean() - ratio;
        };
        double lo = TruncatedNormalDistribution.MIN_STANDARDISED_MEAN;
        double flo = f.applyAsDouble(lo);
        double fhi = f.applyAsDouble(MAX_ALPHA);
        if (flo * fhi > 0) {
            throw new IllegalArgumentException(String.format(
                    "truncated normal cannot reach quantile/mean = %.6g at p = %s; reachable: %.6g .. %.6g",
                    ratio, p, Math.min(flo, fhi) + ratio, Math.max(flo, fhi) + ratio));
        }
        double alpha = brent(f, lo, MAX_ALPHA);
        double sigma = meanDb / new TruncatedNormalDistribution(alpha, 1).mean();
        return new TruncatedNormalDistribution(alpha * sigma, sigma);
    }

    /** Exponential with the given mean, after checking the quantile is consistent with it (see class comment). */
    public static ExponentialDistribution exponential(double meanDb, double p, double quantileDb) {
        checkedRatio(meanDb, p, quantileDb);
        ExponentialDistribution model = new ExponentialDistribution(meanDb);
        checkOneParameter(model, p, quantileDb);
        return model;
    }

    /** Fixed loss equal to the mean, after checking the quantile is consistent with it (see class comment). */
    public static FixedDistribution fixed(double meanDb, double p, double quantileDb) {
        checkedRatio(meanDb, p, quantileDb);
        FixedDistribution model = new FixedDistribution(meanDb);
        checkOneParameter(model, p, quantileDb);
        return model;
    }

    /**
     * The quantile at p that a mean-only fit of a one-parameter family implies.
     *
     * @param family exponential or fixed
     * @param meanDb mean loss in dB, &gt; 0
     * @param p      probability in [0, 1)
     * @return the implied quantile in dB (for the exponential at p = 0.97: 3.507 × mean)
     */
    public static double impliedQuantile(Family family, double meanDb, double p) {
        return switch (family) {
            case EXPONENTIAL -> new ExponentialDistribution(meanDb).quantile(p);
            case FIXED -> new FixedDistribution(meanDb).quantile(p);
            default -> throw new IllegalArgumentException(family.id() + " is not a one-parameter family");
        };
    }

    private static void checkOneParameter(Distribution model, double p, double quantileDb) {
        double implied = model.quantile(p);
        if (Math.abs(implied / quantileDb - 1) > ONE_PARAMETER_QUANTILE_TOLERANCE) {
            throw new IllegalArgumentException(String.format(
                    "%s with mean %.6g dB implies a quantile %.6g dB at p = %s, not the requested %.6g dB "
                            + "(more than %.0f%% apart); use a two-parameter family such as gamma",
                    model.family(), model.mean(), implied, p, quantileDb, 100 * ONE_PARAMETER_QUANTILE_TOLERANCE));
        }
    }

    private static double checkedRatio(double meanDb, double p, double quantileDb) {
        Checks.positive("meanDb", meanDb);
        Checks.positive("quantileDb", quantileDb);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), was " + p);
        }
        return quantileDb / meanDb;
    }

    /**
     * Finds the shape whose unit-mean quantile equals {@code ratio}, scanning down from large shapes
     * (light tails) and solving in the first bracket found.
     */
    private static double solveShape(String family, DoubleUnaryOperator unitMeanQuantile, double ratio, double minShape) {
        DoubleUnaryOperator f = s -> unitMeanQuantile.applyAsDouble(s) - ratio;
        double hi = MAX_SHAPE;
        double fhi = f.applyAsDouble(hi);
        double best = fhi + ratio;
        double worst = best;
        while (hi > minShape) {
            double lo = Math.max(minShape, hi / SCAN_FACTOR);
            double flo = f.applyAsDouble(lo);
            best = Math.max(best, flo + ratio);
            worst = Math.min(worst, flo + ratio);
            if (flo == 0) {
                return lo;
            }
            if (flo * fhi < 0) {
                return brent(f, lo, hi);
            }
            hi = lo;
            fhi = flo;
        }
        throw new IllegalArgumentException(String.format(
                "%s cannot reach quantile/mean = %.6g with shape >= %s; reachable: %.6g .. %.6g",
                family, ratio, minShape, worst, best));
    }

    private static double brent(DoubleUnaryOperator f, double lo, double hi) {
        BrentSolver solver = new BrentSolver(1e-15, 1e-300, 0);
        return solver.solve(200, f::applyAsDouble, lo, hi);
    }
}
