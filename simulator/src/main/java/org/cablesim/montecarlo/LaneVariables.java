package org.cablesim.montecarlo;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.HistogramDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.Sampler;
import org.cablesim.stats.TruncatedNormalDistribution;
import org.cablesim.stats.WeibullDistribution;

/** Builds the {@link LaneVariable} of each one-position loss family. */
final class LaneVariables {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private LaneVariables() {
    }

    /** @return the variable of {@code model}, or empty for a family without an IS proposal (fixed losses are constants, not variables) */
    static Optional<LaneVariable> of(Distribution model) {
        if (model instanceof GammaDistribution g) {
            return Optional.of(new Gamma(g.shape(), g.scale()));
        }
        if (model instanceof ExponentialDistribution e) {
            return Optional.of(new Gamma(1, e.mean()));
        }
        if (model instanceof TruncatedNormalDistribution t) {
            return Optional.of(new TruncatedNormal(t));
        }
        if (model instanceof EmpiricalDistribution e) {
            return Optional.of(new Empirical(e));
        }
        if (model instanceof LognormalDistribution l) {
            return Optional.of(new GaussianDriven(l, z -> Math.exp(l.muLog() + l.sigmaLog() * z),
                    m -> (Math.log(m) - l.muLog()) / l.sigmaLog()));
        }
        if (model instanceof WeibullDistribution w) {
            return Optional.of(new GaussianDriven(w, z -> w.scale() * Math.pow(minusLogSurvival(z), 1 / w.shape()),
                    m -> zOfSurvival(w.survival(m))));
        }
        if (model instanceof HistogramDistribution h) {
            return Optional.of(new GaussianDriven(h, z -> h.quantile(STANDARD.cumulativeProbability(z)),
                    m -> zOfSurvival(h.survival(m))));
        }
        return Optional.empty();
    }

    /** −ln Φ̄(z), accurate in both tails. */
    private static double minusLogSurvival(double z) {
        return z < 0 ? -Math.log1p(-STANDARD.cumulativeProbability(z)) : -Math.log(STANDARD.survivalProbability(z));
    }

    /** The z with Φ̄(z) = s, accurate in both tails. */
    private static double zOfSurvival(double s) {
        return s < 0.5 ? STANDARD.inverseSurvivalProbability(s) : STANDARD.inverseCumulativeProbability(1 - s);
    }

    /** Smallest t in [0, ∞) with meanAt(t) ≥ target, by doubling then bisection (meanAt increasing). */
    private static double solveIncreasing(DoubleUnaryOperator meanAt, double target, double initialStep) {
        if (meanAt.applyAsDouble(0) >= target) {
            return 0;
        }
        double lo = 0;
        double hi = initialStep;
        while (meanAt.applyAsDouble(hi) < target) {
            lo = hi;
            hi *= 2;
            if (hi > 1e12) {
                return hi;
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (meanAt.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Gamma(k, θ) tilted by exp(t·x): Gamma(k, θ/(1 − tθ)), cumulant K(t) = −k·ln(1 − tθ). */
    private record Gamma(double shape, double scale) implements LaneVariable {
        public double mean() {
            return shape * scale;
        }

        public double sd() {
            return Math.sqrt(shape) * scale;
        }

        public double supremum() {
            return Double.POSITIVE_INFINITY;
        }

        public boolean gaussianDriven() {
            return false;
        }

        public double parameterFor(double location) {
            return location <= 0 ? 0 : (1 - shape * scale / location) / scale;
        }

        public DriverSampler sampler(UniformRandomProvider rng, double t) {
            return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale / (1 - t * scale))::sample;
        }

        public double loss(double driver) {
            return driver;
        }

        public double logRatio(double t, double x) {
            return t * x + shape * Math.log1p(-t * scale);
        }
    }

    /** Normal(μ, σ) truncated to ≥ 0, tilted by exp(t·x): the same truncation of Normal(μ + tσ², σ). */
    private static final class TruncatedNormal implements LaneVariable {
        private final TruncatedNormalDistribution nominal;
        private final double mu;
        private final double sigma;
        private final double logMass0;

        TruncatedNormal(TruncatedNormalDistribution nominal) {
            this.nominal = nominal;
            this.mu = nominal.mu();
            this.sigma = nominal.sigma();
            this.logMass0 = logMass(mu);
        }

        /** ln P(Normal(m, σ) ≥ 0). */
        private double logMass(double m) {
            return Math.log(STANDARD.survivalProbability(-m / sigma));
        }

        public double mean() {
            return nominal.mean();
        }

        public double sd() {
            return Math.sqrt(nominal.variance());
        }

        public double supremum() {
            return Double.POSITIVE_INFINITY;
        }

        public boolean gaussianDriven() {
            return false;
        }

        public double parameterFor(double location) {
            return solveIncreasing(t -> new TruncatedNormalDistribution(mu + t * sigma * sigma, sigma).mean(), location, 1 / sigma);
        }

        public DriverSampler sampler(UniformRandomProvider rng, double t) {
            Sampler s = new TruncatedNormalDistribution(mu + t * sigma * sigma, sigma).sampler(rng);
            return s::sample;
        }

        public double loss(double driver) {
            return driver;
        }

        public double logRatio(double t, double x) {
            double cumulant = mu * t + 0.5 * sigma * sigma * t * t + logMass(mu + t * sigma * sigma) - logMass0;
            return t * x - cumulant;
        }
    }

    /** The empirical law tilted by exp(t·x): sample i has weight ∝ exp(t·x_i). */
    private static final class Empirical implements LaneVariable {
        private final double[] x;
        private final double mean;
        private final double sd;

        Empirical(EmpiricalDistribution nominal) {
            this.x = nominal.samples();
            this.mean = nominal.mean();
            this.sd = Math.sqrt(nominal.variance());
        }

        /** K(t) = ln mean exp(t·x_i), with the largest exponent factored out. */
        private double cumulant(double t) {
            double top = t >= 0 ? t * x[x.length - 1] : t * x[0];
            double sum = 0;
            for (double v : x) {
                sum += Math.exp(t * v - top);
            }
            return top + Math.log(sum / x.length);
        }

        private double tiltedMean(double t) {
            double top = t >= 0 ? t * x[x.length - 1] : t * x[0];
            double sw = 0;
            double swx = 0;
            for (double v : x) {
                double w = Math.exp(t * v - top);
                sw += w;
                swx += w * v;
            }
            return swx / sw;
        }

        public double mean() {
            return mean;
        }

        public double sd() {
            return sd;
        }

        public double supremum() {
            return x[x.length - 1];
        }

        public boolean gaussianDriven() {
            return false;
        }

        public double parameterFor(double location) {
            double target = Math.min(location, mean + 0.999 * (x[x.length - 1] - mean));
            return sd == 0 ? 0 : solveIncreasing(this::tiltedMean, target, 1 / sd);
        }

        public DriverSampler sampler(UniformRandomProvider rng, double t) {
            double top = t * x[x.length - 1];
            double[] cumulative = new double[x.length + 1];
            for (int i = 0; i < x.length; i++) {
                cumulative[i + 1] = cumulative[i] + Math.exp(t * x[i] - top);
            }
            double total = cumulative[x.length];
            double[] values = x;
            return () -> {
                double u = rng.nextDouble() * total;
                int lo = 0;
                int hi = values.length;
                while (hi - lo > 1) {
                    int mid = (lo + hi) >>> 1;
                    if (cumulative[mid] <= u) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                return values[lo];
            };
        }

        public double loss(double driver) {
            return driver;
        }

        public double logRatio(double t, double v) {
            return t * v - cumulant(t);
        }
    }

    /** A loss x(z) of a standard normal z; the proposal shifts z to N(δ, 1) and puts x's median at x(δ). */
    private static final class GaussianDriven implements LaneVariable {
        private final Distribution nominal;
        private final DoubleUnaryOperator lossOfZ;
        private final DoubleUnaryOperator zOfLoss;

        GaussianDriven(Distribution nominal, DoubleUnaryOperator lossOfZ, DoubleUnaryOperator zOfLoss) {
            this.nominal = nominal;
            this.lossOfZ = lossOfZ;
            this.zOfLoss = zOfLoss;
        }

        public double mean() {
            return nominal.mean();
        }

        public double sd() {
            return Math.sqrt(nominal.variance());
        }

        public double supremum() {
            return nominal.quantile(1);
        }

        public boolean gaussianDriven() {
            return true;
        }

        public double parameterFor(double location) {
            double sup = supremum();
            double target = sup < Double.POSITIVE_INFINITY ? Math.min(location, nominal.mean() + 0.999 * (sup - nominal.mean())) : location;
            double z = zOfLoss.applyAsDouble(target);
            return Double.isFinite(z) ? Math.max(0, z) : 0;
        }

        public DriverSampler sampler(UniformRandomProvider rng, double delta) {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            return () -> delta + g.sample();
        }

        public double loss(double z) {
            return lossOfZ.applyAsDouble(z);
        }

        public double logRatio(double delta, double z) {
            return delta * z - 0.5 * delta * delta;
        }
    }
}
