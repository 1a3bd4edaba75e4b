package org.cablesim.optics;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.cablesim.stats.Checks;

/**
 * Fits the "Rician" mated pair to a (mean, percentile) pair: a {@link GaussianBeamMpoLoss} whose only
 * imperfection is the common ferrule offset C = systematic part of length μ + 2-D Gaussian part of per-axis
 * sd σ, between identical fibres of the tier's mode-field diameter. Every lane then loses
 * L = K·|C|² with K = 4.343/w² (w = MFD/2), so L/(K·σ²) is noncentral χ²(2, λ = μ²/σ²): the lanes of one
 * pair are fully correlated (one ferrule offset), which is the physics the independent-position families lack.
 *
 * <p>The ratio quantile/mean depends only on λ and falls from the exponential's −ln(1 − p) at λ = 0 towards 1
 * as λ grows; λ is solved on [0, {@link #MAX_LAMBDA}], then σ² = mean/(K(2 + λ)) and μ = σ√λ. The noncentral
 * χ²(2) tail is the Poisson(λ/2) mixture of central χ²(2 + 2j) tails.
 */
public final class RicianCalibration {
    /** Largest λ = μ²/σ² searched (quantile/mean ratios closer to 1 than it allows are refused). */
    public static final double MAX_LAMBDA = 1e4;
    private static final double DB_PER_NEPER = 10 / Math.log(10);

    private RicianCalibration() {
    }

    /**
     * Fits the common-offset model.
     *
     * @param meanDb       mean loss per lane in dB, finite, &gt; 0
     * @param p            probability of the quantile, in (0, 1)
     * @param quantileDb   loss not exceeded with probability p, dB, finite, &gt; meanDb
     * @param wavelengthNm vacuum wavelength, nm, &gt; 0
     * @param mfdUm        mode-field diameter of both fibres, µm, &gt; 0
     * @return the fitted model (offset only: no MFD spread, rotation, per-fibre error or tilt)
     * @throws IllegalArgumentException when no λ in [0, MAX_LAMBDA] reaches quantile/mean
     */
    public static GaussianBeamMpoLoss fit(double meanDb, double p, double quantileDb, double wavelengthNm, double mfdUm) {
        Checks.positive("meanDb", meanDb);
        Checks.positive("quantileDb", quantileDb);
        Checks.positive("mfdUm", mfdUm);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), was " + p);
        }
        double ratio = quantileDb / meanDb;
        double atZero = ratio(0, p);
        double atMax = ratio(MAX_LAMBDA, p);
        if (!(ratio <= atZero && ratio >= atMax)) {
            throw new IllegalArgumentException(String.format(
                    "rician cannot reach quantile/mean = %.6g at p = %s; reachable: %.6g .. %.6g", ratio, p, atMax, atZero));
        }
        double lambda = ratio == atZero ? 0 : brent(l -> ratio(l, p) - ratio, 0, MAX_LAMBDA);
        double w = mfdUm / 2;
        double k = DB_PER_NEPER / (w * w);
        double sigma = Math.sqrt(meanDb / (k * (2 + lambda)));
        return GaussianBeamMpoLoss.offsetOnly(wavelengthNm, mfdUm, sigma).withFerruleOffset(sigma, sigma * Math.sqrt(lambda));
    }

    /** Quantile of noncentral χ²(2, λ) at p divided by its mean 2 + λ. */
    static double ratio(double lambda, double p) {
        return quantile(lambda, p) / (2 + lambda);
    }

    /**
     * The p-quantile of the noncentral χ²(2, λ) law.
     *
     * @param lambda noncentrality, in [0, MAX_LAMBDA]
     * @param p      probability in (0, 1)
     * @return x with P(X ≤ x) = p
     */
    public static double quantile(double lambda, double p) {
        if (lambda == 0) {
            return -2 * Math.log1p(-p);
        }
        double sd = Math.sqrt(4 + 4 * lambda);
        double hi = 2 + lambda + 40 * sd;
        return brent(x -> (1 - p) - survival(lambda, x), 0, hi);
    }

    /**
     * P(X &gt; x) for X ~ noncentral χ²(2, λ): Σ_j Poisson(j; λ/2)·P(χ²(2 + 2j) &gt; x), summed over the
     * Poisson weights' bulk (±12 sd + 12, so the dropped mass is far below 1e−15).
     *
     * @param lambda noncentrality, &ge; 0
     * @param x      the level, &ge; 0
     * @return the survival probability
     */
    public static double survival(double lambda, double x) {
        if (x <= 0) {
            return 1;
        }
        if (lambda == 0) {
            return Math.exp(-x / 2);
        }
        double m = lambda / 2;
        PoissonDistribution poisson = PoissonDistribution.of(m);
        int from = (int) Math.max(0, Math.floor(m - 12 * Math.sqrt(m) - 12));
        int to = (int) Math.ceil(m + 12 * Math.sqrt(m) + 12);
        double sum = 0;
        for (int j = from; j <= to; j++) {
            sum += poisson.probability(j) * GammaDistribution.of(1 + j, 2).survivalProbability(x);
        }
        return Math.min(1, sum);
    }

    private static double brent(DoubleUnaryOperator f, double lo, double hi) {
        return new BrentSolver(1e-14, 1e-300, 1e-16).solve(500, f::applyAsDouble, lo, hi);
    }
}
