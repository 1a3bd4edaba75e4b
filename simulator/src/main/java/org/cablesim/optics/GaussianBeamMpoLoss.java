package org.cablesim.optics;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.stats.Checks;

/**
 * Physics model of one single-row MT-ferrule (MPO) mated pair: each lane's loss is the
 * {@link MarcuseOverlap} loss of its own fibre joint, with misalignments drawn per mated pair so that
 * lanes are correlated and edge fibres lose more.
 *
 * <p>Per mated pair: a common ferrule offset C (a systematic part of fixed length and uniformly random
 * direction plus a 2-D Gaussian part) and a relative ferrule rotation φ ~ N(0, rotationSd²) about the
 * ferrule centre. Fibre i sits at x_i = (i − (n−1)/2)·pitch on the row, so the rotation moves it by
 * (x_i(cos φ − 1), x_i sin φ): edge fibres (1 and 12, or 1 and 16) move most. Per fibre: an independent
 * 2-D Gaussian position error H_i (hole and core-eccentricity of both ferrules combined), independent
 * MFDs of the two fibres, and a tilt drawn as the two transverse components of the fibre-axis unit
 * vector, each N(0, tiltSd²), so sin²θ = tx² + ty² exactly. The lateral offset of fibre i is
 * d_i = |C + (R(φ) − I)p_i + H_i|.
 *
 * <p>With only the Gaussian ferrule offset switched on (and equal MFDs), d is Rayleigh and every lane's
 * loss is exponential with mean 4.343·2σ²/w²; adding the systematic part makes d Rician.
 *
 * @param wavelengthNm        vacuum wavelength in nm, &gt; 0 (1310 for DR4/DR8)
 * @param mfd1Um              mean mode-field diameter of the fibres of plug 1 in µm, &gt; 0
 * @param mfd2Um              mean mode-field diameter of the fibres of plug 2 in µm, &gt; 0
 * @param mfdSdUm             standard deviation of each fibre's MFD in µm, &ge; 0 and &le; 5 % of the smaller mean
 *                            MFD (keeps Gaussian MFD draws far from zero)
 * @param refractiveIndex     refractive index between the cores, &ge; 1 (1.4682 for silica contact)
 * @param ferruleOffsetSdUm   per-axis sd of the Gaussian part of the common ferrule offset in µm, &ge; 0
 * @param ferruleOffsetMeanUm length of the systematic part of the common ferrule offset in µm, &ge; 0
 * @param rotationSdRad       sd of the relative ferrule rotation in radians, in [0, 0.1]
 * @param holeErrorSdUm       per-axis sd of each fibre's own position error in µm, &ge; 0
 * @param tiltSdRad           per-axis sd of each fibre's tilt in radians, in [0, 0.05]
 * @param fibrePitchUm        centre-to-centre spacing of fibres in the row in µm, &gt; 0 (250 for MT)
 */
public record GaussianBeamMpoLoss(double wavelengthNm, double mfd1Um, double mfd2Um, double mfdSdUm,
                                  double refractiveIndex, double ferruleOffsetSdUm, double ferruleOffsetMeanUm,
                                  double rotationSdRad, double holeErrorSdUm, double tiltSdRad, double fibrePitchUm)
        implements MatedPairLossModel {

    /** Family id used in catalog and result files. */
    public static final String FAMILY = "gaussian-beam-mpo";
    /** MT-ferrule fibre pitch, IEC 61754-7. */
    public static final double MT_PITCH_UM = 250;
    /** Silica core index near 1310 nm. */
    public static final double SILICA_INDEX = 1.4682;

    private static final int HERMITE_POINTS = 32;
    private static final GaussIntegratorFactory RULES = new GaussIntegratorFactory();

    public GaussianBeamMpoLoss {
        Checks.positive("wavelengthNm", wavelengthNm);
        Checks.positive("mfd1Um", mfd1Um);
        Checks.positive("mfd2Um", mfd2Um);
        Checks.nonNegative("mfdSdUm", mfdSdUm);
        if (mfdSdUm > 0.05 * Math.min(mfd1Um, mfd2Um)) {
            throw new IllegalArgumentException("mfdSdUm must be <= 5% of the smaller MFD, was " + mfdSdUm);
        }
        if (!(refractiveIndex >= 1 && refractiveIndex < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("refractiveIndex must be finite and >= 1, was " + refractiveIndex);
        }
        Checks.nonNegative("ferruleOffsetSdUm", ferruleOffsetSdUm);
        Checks.nonNegative("ferruleOffsetMeanUm", ferruleOffsetMeanUm);
        if (!(rotationSdRad >= 0 && rotationSdRad <= 0.1)) {
            throw new IllegalArgumentException("rotationSdRad must be in [0, 0.1], was " + rotationSdRad);
        }
        Checks.nonNegative("holeErrorSdUm", holeErrorSdUm);
        if (!(tiltSdRad >= 0 && tiltSdRad <= 0.05)) {
            throw new IllegalArgumentException("tiltSdRad must be in [0, 0.05], was " + tiltSdRad);
        }
        Checks.positive("fibrePitchUm", fibrePitchUm);
    }

    /**
     * Illustrative single-mode defaults (**[assume]**, not from a dataset): 1310 nm, MFD 9.2 µm with
     * 0.2 µm sd (reading G.652.D's ±0.4 µm as ±2 sd), silica index, 0.5 µm per-axis ferrule offset,
     * 0.2 mrad rotation sd, 0.3 µm per-fibre error, no tilt, 250 µm pitch; mean ≈ 0.14–0.16 dB per lane.
     *
     * @return the default model
     */
    public static GaussianBeamMpoLoss singleMode1310() {
        return new GaussianBeamMpoLoss(1310, 9.2, 9.2, 0.2, SILICA_INDEX, 0.5, 0, 2e-4, 0.3, 0, MT_PITCH_UM);
    }

    /** @return only a zero-mean Gaussian ferrule offset of the given per-axis sd, identical fibres: exponential lanes */
    public static GaussianBeamMpoLoss offsetOnly(double wavelengthNm, double mfdUm, double ferruleOffsetSdUm) {
        return new GaussianBeamMpoLoss(wavelengthNm, mfdUm, mfdUm, 0, SILICA_INDEX, ferruleOffsetSdUm, 0, 0, 0, 0, MT_PITCH_UM);
    }

    /** @return a copy with other MFDs (µm) */
    public GaussianBeamMpoLoss withMfd(double mfd1Um, double mfd2Um, double mfdSdUm) {
        return new GaussianBeamMpoLoss(wavelengthNm, mfd1Um, mfd2Um, mfdSdUm, refractiveIndex, ferruleOffsetSdUm,
                ferruleOffsetMeanUm, rotationSdRad, holeErrorSdUm, tiltSdRad, fibrePitchUm);
    }

    /** @return a copy with another common ferrule offset: per-axis sd and systematic length, µm */
    public GaussianBeamMpoLoss withFerruleOffset(double sdUm, double meanUm) {
        return new GaussianBeamMpoLoss(wavelengthNm, mfd1Um, mfd2Um, mfdSdUm, refractiveIndex, sdUm,
                meanUm, rotationSdRad, holeErrorSdUm, tiltSdRad, fibrePitchUm);
    }

    /** @return a copy with another rotation sd (radians) */
    public GaussianBeamMpoLoss withRotationSdRad(double sdRad) {
        return new GaussianBeamMpoLoss(wavelengthNm, mfd1Um, mfd2Um, mfdSdUm, refractiveIndex, ferruleOffsetSdUm,
                ferruleOffsetMeanUm, sdRad, holeErrorSdUm, tiltSdRad, fibrePitchUm);
    }

    /** @return a copy with another per-fibre position error sd (µm per axis) */
    public GaussianBeamMpoLoss withHoleErrorSdUm(double sdUm) {
        return new GaussianBeamMpoLoss(wavelengthNm, mfd1Um, mfd2Um, mfdSdUm, refractiveIndex, ferruleOffsetSdUm,
                ferruleOffsetMeanUm, rotationSdRad, sdUm, tiltSdRad, fibrePitchUm);
    }

    /** @return a copy with another per-fibre tilt sd (radians per axis) */
    public GaussianBeamMpoLoss withTiltSdRad(double sdRad) {
        return new GaussianBeamMpoLoss(wavelengthNm, mfd1Um, mfd2Um, mfdSdUm, refractiveIndex, ferruleOffsetSdUm,
                ferruleOffsetMeanUm, rotationSdRad, holeErrorSdUm, sdRad, fibrePitchUm);
    }

    /** @return (k0·n)² in µm⁻² */
    double k0nSquared() {
        double k0n = 2 * Math.PI / (wavelengthNm / 1000) * refractiveIndex;
        return k0n * k0n;
    }

    /**
     * Position of fibre {@code position} along the row, measured from the ferrule centre.
     *
     * @return x in µm
     */
    public double positionUm(int position, int positions) {
        MatedPairLossModel.checkPosition(position, positions);
        return (position - (positions - 1) / 2.0) * fibrePitchUm;
    }

    /**
     * Expected squared lateral offset of one fibre:
     * μ² + 2σ_C² + 2σ_H² + 2x²(1 − exp(−σ_φ²/2)) (the systematic direction is uniform, so its cross
     * term with the rotation averages out).
     *
     * @return E[d²] in µm²
     */
    public double meanSquaredOffsetUm2(int position, int positions) {
        double x = positionUm(position, positions);
        return ferruleOffsetMeanUm * ferruleOffsetMeanUm + 2 * ferruleOffsetSdUm * ferruleOffsetSdUm
                + 2 * holeErrorSdUm * holeErrorSdUm - 2 * x * x * Math.expm1(-rotationSdRad * rotationSdRad / 2);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Exact: the loss is A(w1,w2) + B(w1,w2)·d² + C(w1,w2)·sin²θ with d, θ independent of the MFDs, so
     * E = E[A] + E[B]·E[d²] + E[C]·E[sin²θ]; E[sin²θ] = 2·tiltSd²; the expectations over the Gaussian
     * MFDs use 32×32-point Gauss–Hermite quadrature (integrands are analytic, error ≪ 1e−12).
     */
    @Override
    public double meanAtPosition(int position, int positions) {
        double ed2 = meanSquaredOffsetUm2(position, positions);
        double es2 = 2 * tiltSdRad * tiltSdRad;
        double k0nSq = k0nSquared();
        double m1 = mfd1Um / 2;
        double m2 = mfd2Um / 2;
        if (mfdSdUm == 0) {
            return MarcuseOverlap.lossDb(k0nSq, m1 * m1, m2 * m2, ed2, es2);
        }
        GaussIntegrator rule = RULES.hermite(HERMITE_POINTS);
        double spread = Math.sqrt(2) * mfdSdUm / 2;
        double sum = 0;
        for (int i = 0; i < rule.getNumberOfPoints(); i++) {
            double w1 = m1 + spread * rule.getPoint(i);
            double inner = 0;
            for (int j = 0; j < rule.getNumberOfPoints(); j++) {
                double w2 = m2 + spread * rule.getPoint(j);
                inner += rule.getWeight(j) * MarcuseOverlap.lossDb(k0nSq, w1 * w1, w2 * w2, ed2, es2);
            }
            sum += rule.getWeight(i) * inner;
        }
        return sum / Math.PI;
    }

    @Override
    public MatedPairSampler sampler(UniformRandomProvider rng) {
        return new GaussianBeamMpoSampler(this, rng);
    }

    @Override
    public String family() {
        return FAMILY;
    }
}
