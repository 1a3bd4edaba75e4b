package org.cablesim.montecarlo;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cablesim.optics.GaussianBeamMpoLoss;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.optics.MatedPairSampler;

/**
 * Importance sampling of a whole link whose connectors include {@link GaussianBeamMpoLoss} mated pairs
 * (lanes correlated through the common ferrule offset and rotation): the proposal scales the Gaussian
 * part of every such pair's common offset and its rotation by s (variance s²), leaving per-fibre errors,
 * MFDs, tilts and all other connectors nominal. A mixture over s ∈ {1, √s*, s*} (weights 0.1, 0.3, 0.6)
 * keeps the likelihood ratio bounded by 10. s* makes the scaled mean of the most exposed lane reach the
 * budget (for a sum of squared Gaussians — what offset loss is — scaling is exactly exponential tilting).
 *
 * <p>The mated-pair draw re-implements {@code GaussianBeamMpoSampler} (same law, its own draw order),
 * because the proposal needs the underlying Gaussians; the test suite checks the two against each other.
 */
final class ScaledOffsetProposal {
    static final double MAX_SCALE = 8;
    private static final double DB_PER_NEPER = 10 / Math.log(10);

    private final LinkClass linkClass;
    private final double[] scales;
    private final double[] weights;
    private final double[] cumulative;
    private final int scaledDims;

    /**
     * @return the proposal, or null when no mated pair has a scalable common offset or rotation
     */
    static ScaledOffsetProposal of(LinkClass linkClass) {
        int dims = 0;
        for (MatedPairSlot slot : linkClass.matedPairs()) {
            if (slot.model() instanceof GaussianBeamMpoLoss g) {
                dims += (g.ferruleOffsetSdUm() > 0 ? 2 : 0) + (g.rotationSdRad() > 0 ? 1 : 0);
            }
        }
        return dims == 0 ? null : new ScaledOffsetProposal(linkClass, dims);
    }

    private ScaledOffsetProposal(LinkClass linkClass, int scaledDims) {
        this.linkClass = linkClass;
        this.scaledDims = scaledDims;
        double sStar = targetScale(linkClass);
        if (sStar <= 1) {
            scales = new double[] {1};
            weights = new double[] {1};
        } else {
            scales = new double[] {1, Math.sqrt(sStar), sStar};
            weights = new double[] {0.1, 0.3, 0.6};
        }
        cumulative = new double[weights.length];
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            cumulative[i] = c;
        }
        cumulative[weights.length - 1] = 1;
    }

    /** The scale at which the most exposed lane's mean loss equals the budget, in [1, {@link #MAX_SCALE}]. */
    static double targetScale(LinkClass c) {
        double best = Double.POSITIVE_INFINITY;
        for (int lane = 0; lane < c.lanes(); lane++) {
            double unscaled = c.fixedLossDb(lane);
            double scaled = 0;
            for (MatedPairSlot slot : c.matedPairs()) {
                int pos = slot.positionOf(lane);
                double mean = slot.model().meanAtPosition(pos, slot.positions());
                if (slot.model() instanceof GaussianBeamMpoLoss g) {
                    double fixedPart = g.withFerruleOffset(0, g.ferruleOffsetMeanUm()).withRotationSdRad(0)
                            .meanAtPosition(pos, slot.positions());
                    scaled += mean - fixedPart;
                    unscaled += fixedPart;
                } else {
                    unscaled += mean;
                }
            }
            if (scaled > 0) {
                best = Math.min(best, (c.budgetDb() - unscaled) / scaled);
            }
        }
        if (!(best > 1)) {
            return 1;
        }
        return Math.min(MAX_SCALE, Math.sqrt(best));
    }

    double[] scales() {
        return scales.clone();
    }

    /** One thread's sampler, rebuilt per block on a reseeded stream. */
    final class Sampler {
        private final UniformRandomProvider rng;
        private final ZigguratSampler.NormalizedGaussian gauss;
        private final List<MatedPairSlot> slots;
        private final MatedPairSampler[] nominal;
        private final double[] laneLoss;
        private final double[] buffer;
        private final double[] logs = new double[scales.length];
        private double squares;

        Sampler(UniformRandomProvider rng) {
            this.rng = rng;
            this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            this.slots = linkClass.matedPairs();
            this.nominal = new MatedPairSampler[slots.size()];
            int maxPositions = 1;
            for (int s = 0; s < slots.size(); s++) {
                MatedPairLossModel m = slots.get(s).model();
                if (!(m instanceof GaussianBeamMpoLoss)) {
                    nominal[s] = m.sampler(rng);
                }
                maxPositions = Math.max(maxPositions, slots.get(s).positions());
            }
            laneLoss = new double[linkClass.lanes()];
            buffer = new double[maxPositions];
        }

        /** @return 0, or the likelihood ratio when the link fails */
        double trial() {
            double u = rng.nextDouble();
            int j = 0;
            while (u >= cumulative[j]) {
                j++;
            }
            double scale = scales[j];
            squares = 0;
            int lanes = laneLoss.length;
            for (int l = 0; l < lanes; l++) {
                laneLoss[l] = linkClass.fixedLossDb(l);
            }
            for (int s = 0; s < slots.size(); s++) {
                MatedPairSlot slot = slots.get(s);
                if (nominal[s] != null) {
                    nominal[s].fill(buffer, slot.positions());
                } else {
                    fillScaled((GaussianBeamMpoLoss) slot.model(), slot.positions(), scale);
                }
                for (int l = 0; l < lanes; l++) {
                    laneLoss[l] += buffer[slot.positionOf(l)];
                }
            }
            double worst = laneLoss[0];
            for (int l = 1; l < lanes; l++) {
                worst = Math.max(worst, laneLoss[l]);
            }
            if (!(worst > linkClass.budgetDb())) {
                return 0;
            }
            // log(g_c/f) = −D·ln s_c + (Q/2)(1 − 1/s_c²), Q = Σ squared standardised scaled Gaussians
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < scales.length; c++) {
                double sc = scales[c];
                logs[c] = -scaledDims * Math.log(sc) + 0.5 * squares * (1 - 1 / (sc * sc));
                max = Math.max(max, logs[c]);
            }
            double mix = 0;
            for (int c = 0; c < scales.length; c++) {
                mix += weights[c] * Math.exp(logs[c] - max);
            }
            return Math.exp(-max) / mix;
        }

        /** Draws the first mated pair nominally into {@code out} (for tests of the law). */
        void drawNominal(double[] out) {
            MatedPairSlot slot = slots.get(0);
            fillScaled((GaussianBeamMpoLoss) slot.model(), slot.positions(), 1);
            System.arraycopy(buffer, 0, out, 0, slot.positions());
        }

        /** GaussianBeamMpoSampler's law with the common offset's Gaussian part and the rotation scaled by s. */
        private void fillScaled(GaussianBeamMpoLoss g, int positions, double scale) {
            double k0n = 2 * Math.PI / (g.wavelengthNm() / 1000) * g.refractiveIndex();
            double k0nSq = k0n * k0n;
            double w1 = g.mfd1Um() / 2;
            double w2 = g.mfd2Um() / 2;
            double mfdRadiusSd = g.mfdSdUm() / 2;
            double cx = 0;
            double cy = 0;
            if (g.ferruleOffsetMeanUm() > 0) {
                double direction = 2 * Math.PI * rng.nextDouble();
                cx = g.ferruleOffsetMeanUm() * Math.cos(direction);
                cy = g.ferruleOffsetMeanUm() * Math.sin(direction);
            }
            if (g.ferruleOffsetSdUm() > 0) {
                double zx = scale * gauss.sample();
                double zy = scale * gauss.sample();
                squares += zx * zx + zy * zy;
                cx += g.ferruleOffsetSdUm() * zx;
                cy += g.ferruleOffsetSdUm() * zy;
            }
            double cosMinusOne = 0;
            double sin = 0;
            if (g.rotationSdRad() > 0) {
                double z = scale * gauss.sample();
                squares += z * z;
                double phi = g.rotationSdRad() * z;
                double half = Math.sin(phi / 2);
                cosMinusOne = -2 * half * half;
                sin = Math.sin(phi);
            }
            double centre = (positions - 1) / 2.0;
            double pitch = g.fibrePitchUm();
            for (int i = 0; i < positions; i++) {
                double x = (i - centre) * pitch;
                double dx = cx + x * cosMinusOne;
                double dy = cy + x * sin;
                if (g.holeErrorSdUm() > 0) {
                    dx += g.holeErrorSdUm() * gauss.sample();
                    dy += g.holeErrorSdUm() * gauss.sample();
                }
                double sinSqTilt = 0;
                if (g.tiltSdRad() > 0) {
                    double tx = g.tiltSdRad() * gauss.sample();
                    double ty = g.tiltSdRad() * gauss.sample();
                    sinSqTilt = tx * tx + ty * ty;
                }
                double a = w1;
                double b = w2;
                if (mfdRadiusSd > 0) {
                    a += mfdRadiusSd * gauss.sample();
                    b += mfdRadiusSd * gauss.sample();
                }
                buffer[i] = marcuseDb(k0nSq, a * a, b * b, dx * dx + dy * dy, sinSqTilt);
            }
        }
    }

    /** Marcuse's overlap loss on squared quantities (as {@code org.cablesim.optics.MarcuseOverlap}). */
    static double marcuseDb(double k0nSq, double w1Sq, double w2Sq, double offsetSqUm2, double sinSqTilt) {
        double q = (w1Sq - w2Sq) / (w1Sq + w2Sq);
        double mismatch = -DB_PER_NEPER * Math.log1p(-q * q);
        return mismatch + DB_PER_NEPER * (4 * offsetSqUm2 + k0nSq * w1Sq * w2Sq * sinSqTilt) / (2 * (w1Sq + w2Sq));
    }
}
