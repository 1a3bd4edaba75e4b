package org.cablesim.certification;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * The posterior of one loss class: the chain's draws of its mean μ and shape k, and what follows from them.
 *
 * @param prior       the class's prior
 * @param meanDraws   draws of μ, dB
 * @param shapeDraws  draws of k, same count
 * @param connections latent mated pairs of the class in the data (measured fibres × pairs of the class)
 */
public record ClassPosterior(GammaPrior prior, double[] meanDraws, double[] shapeDraws, int connections) {
    public ClassPosterior {
        Objects.requireNonNull(prior, "prior");
        meanDraws = meanDraws.clone();
        shapeDraws = shapeDraws.clone();
        if (meanDraws.length != shapeDraws.length || meanDraws.length == 0) {
            throw new IllegalArgumentException(prior.classId() + ": one shape per mean draw, at least one");
        }
    }

    public String classId() {
        return prior.classId();
    }

    /** Posterior mean of μ, dB. */
    public double meanDb() {
        return Arrays.stream(meanDraws).average().orElseThrow();
    }

    /** Posterior mean of k. */
    public double shape() {
        return Arrays.stream(shapeDraws).average().orElseThrow();
    }

    /** Equal-tailed credible interval of μ at this level, e.g. 0.9: {low, high}. */
    public double[] meanInterval(double level) {
        return interval(meanDraws, level);
    }

    /** Equal-tailed credible interval of k. */
    public double[] shapeInterval(double level) {
        return interval(shapeDraws, level);
    }

    private static double[] interval(double[] draws, double level) {
        double[] s = draws.clone();
        Arrays.sort(s);
        double tail = (1 - level) / 2;
        return new double[] {LaneLossQuantiles.empiricalQuantile(s, tail), LaneLossQuantiles.empiricalQuantile(s,
                1 - tail)};
    }

    /**
     * Draws of the loss of a new connection of the class (the posterior predictive): for each kept draw of (μ, k),
     * {@code perDraw} gamma draws.
     */
    public double[] predictive(UniformRandomProvider rng, int perDraw) {
        double[] out = new double[meanDraws.length * perDraw];
        for (int d = 0; d < meanDraws.length; d++) {
            var g = AhrensDieterMarsagliaTsangGammaSampler.of(rng, shapeDraws[d], meanDraws[d] / shapeDraws[d]);
            for (int i = 0; i < perDraw; i++) {
                out[d * perDraw + i] = g.sample();
            }
        }
        return out;
    }

    @Override
    public double[] meanDraws() {
        return meanDraws.clone();
    }

    @Override
    public double[] shapeDraws() {
        return shapeDraws.clone();
    }
}
