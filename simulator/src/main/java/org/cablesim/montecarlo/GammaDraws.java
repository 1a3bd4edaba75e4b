package org.cablesim.montecarlo;

import org.cablesim.stats.GammaDistribution;

/**
 * Gamma losses by Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), exact: a standard normal z from
 * {@link ZigguratGaussian} and a uniform u per attempt, accepted when u &lt; 1 − 0.0331·z⁴ (the squeeze, almost
 * always) or ln u &lt; z²/2 + d(1 − v + ln v); a shape k &lt; 1 draws shape k + 1 and multiplies by U^(1/k).
 */
final class GammaDraws extends LaneDraws {
    private final double scale;
    private final double d;
    private final double c;
    /** 1/k when the shape k is below 1 (then the boost applies), else 0. */
    private final double boost;
    private final DrawBuffer draws;
    private final ZigguratGaussian gauss;

    GammaDraws(GammaDistribution gamma, int lanes) {
        super(lanes);
        double shape = gamma.shape() < 1 ? gamma.shape() + 1 : gamma.shape();
        this.boost = gamma.shape() < 1 ? 1 / gamma.shape() : 0;
        this.scale = gamma.scale();
        this.d = shape - 1.0 / 3;
        this.c = 1 / Math.sqrt(9 * d);
        this.draws = new DrawBuffer(rng);
        this.gauss = new ZigguratGaussian(draws);
    }

    @Override
    void startBlock(org.cablesim.random.StreamKey key, long block) {
        draws.reseed(key, block);
    }

    @Override
    void add(double[] loss, int n) {
        for (int i = 0; i < n * lanes; i++) {
            loss[i] += sample();
        }
    }

    private double sample() {
        for (;;) {
            double z = gauss.sample();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = draws.nextDouble();
            double zz = z * z;
            if (u < 1 - 0.0331 * zz * zz || Math.log(u) < 0.5 * zz + d * (1 - v + Math.log(v))) {
                double x = scale * d * v;
                return boost == 0 ? x : x * Math.pow(draws.nextDouble(), boost);
            }
        }
    }
}
