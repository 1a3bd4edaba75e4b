package org.cablesim.optics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Draws mated pairs of a {@link GaussianBeamMpoLoss}; skips the draws of switched-off mechanisms. */
final class GaussianBeamMpoSampler implements MatedPairSampler {
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final double k0nSq;
    private final double w1;
    private final double w2;
    private final double mfdRadiusSd;
    private final double offsetSd;
    private final double offsetMean;
    private final double rotationSd;
    private final double holeSd;
    private final double tiltSd;
    private final double pitch;
    private final double meanFibreMismatchDb;

    GaussianBeamMpoSampler(GaussianBeamMpoLoss model, UniformRandomProvider rng) {
        this.rng = rng;
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        this.k0nSq = model.k0nSquared();
        this.w1 = model.mfd1Um() / 2;
        this.w2 = model.mfd2Um() / 2;
        this.mfdRadiusSd = model.mfdSdUm() / 2;
        this.offsetSd = model.ferruleOffsetSdUm();
        this.offsetMean = model.ferruleOffsetMeanUm();
        this.rotationSd = model.rotationSdRad();
        this.holeSd = model.holeErrorSdUm();
        this.tiltSd = model.tiltSdRad();
        this.pitch = model.fibrePitchUm();
        this.meanFibreMismatchDb = MarcuseOverlap.mismatchDb(w1 * w1, w2 * w2);
    }

    @Override
    public void fill(double[] lossDbPerPosition, int positions) {
        if (positions < 1 || positions > lossDbPerPosition.length) {
            throw new IllegalArgumentException("positions must be in 1.." + lossDbPerPosition.length + ", was " + positions);
        }
        double cx = 0;
        double cy = 0;
        if (offsetMean > 0) {
            double direction = 2 * Math.PI * rng.nextDouble();
            cx = offsetMean * Math.cos(direction);
            cy = offsetMean * Math.sin(direction);
        }
        if (offsetSd > 0) {
            cx += offsetSd * gauss.sample();
            cy += offsetSd * gauss.sample();
        }
        double cosMinusOne = 0;
        double sin = 0;
        if (rotationSd > 0) {
            double phi = rotationSd * gauss.sample();
            double half = Math.sin(phi / 2);
            cosMinusOne = -2 * half * half; // cos φ − 1 without cancellation
            sin = Math.sin(phi);
        }
        double centre = (positions - 1) / 2.0;
        for (int i = 0; i < positions; i++) {
            double x = (i - centre) * pitch;
            double dx = cx + x * cosMinusOne;
            double dy = cy + x * sin;
            if (holeSd > 0) {
                dx += holeSd * gauss.sample();
                dy += holeSd * gauss.sample();
            }
            double sinSqTilt = 0;
            if (tiltSd > 0) {
                double tx = tiltSd * gauss.sample();
                double ty = tiltSd * gauss.sample();
                sinSqTilt = tx * tx + ty * ty;
            }
            double d2 = dx * dx + dy * dy;
            if (mfdRadiusSd > 0) {
                double a = w1 + mfdRadiusSd * gauss.sample();
                double b = w2 + mfdRadiusSd * gauss.sample();
                lossDbPerPosition[i] = MarcuseOverlap.lossDb(k0nSq, a * a, b * b, d2, sinSqTilt);
            } else {
                lossDbPerPosition[i] = meanFibreMismatchDb + MarcuseOverlap.misalignmentDb(k0nSq, w1 * w1, w2 * w2, d2, sinSqTilt);
            }
        }
    }
}
