package org.cablesim.optics;

import org.cablesim.stats.Checks;

/**
 * Marcuse's Gaussian-beam overlap loss of one fibre joint (physical contact, no gap):
 * {@code IL = −10·log10{ [4w1²w2²/(w1²+w2²)²] · exp(−[4d² + k0²n²w1²w2² sin²θ] / [2(w1²+w2²)]) }},
 * w = MFD/2, k0 = 2π/λ. For identical fibres it reduces to 4.343·(d/w)² (offset) and
 * 4.343·(π·n·w·sinθ/λ)² (tilt); for a pure MFD mismatch to −20·log10(2w1w2/(w1²+w2²)).
 */
public final class MarcuseOverlap {
    /** dB per neper of power: 10/ln 10. */
    static final double DB_PER_NEPER = 10 / Math.log(10);

    private MarcuseOverlap() {
    }

    /**
     * Loss of one joint.
     *
     * @param wavelengthNm    vacuum wavelength in nm, &gt; 0
     * @param refractiveIndex refractive index of the medium between the cores (≈ 1.468 for contact), &ge; 1
     * @param mfd1Um          mode-field diameter of the launching fibre in µm, &gt; 0
     * @param mfd2Um          mode-field diameter of the receiving fibre in µm, &gt; 0
     * @param offsetUm        lateral core offset in µm
     * @param tiltRad         angle between the fibre axes in radians
     * @return insertion loss in dB, &ge; 0
     */
    public static double lossDb(double wavelengthNm, double refractiveIndex, double mfd1Um, double mfd2Um,
                                double offsetUm, double tiltRad) {
        Checks.positive("wavelengthNm", wavelengthNm);
        Checks.positive("mfd1Um", mfd1Um);
        Checks.positive("mfd2Um", mfd2Um);
        if (!(refractiveIndex >= 1)) {
            throw new IllegalArgumentException("refractiveIndex must be >= 1, was " + refractiveIndex);
        }
        double k0n = 2 * Math.PI / (wavelengthNm / 1000) * refractiveIndex;
        double s = Math.sin(tiltRad);
        return lossDb(k0n * k0n, mfd1Um * mfd1Um / 4, mfd2Um * mfd2Um / 4, offsetUm * offsetUm, s * s);
    }

    /**
     * The same formula on squared quantities, for the samplers' inner loops.
     *
     * @param k0nSq       (k0·n)² in µm⁻²
     * @param w1Sq        squared mode-field radius of fibre 1 in µm²
     * @param w2Sq        squared mode-field radius of fibre 2 in µm²
     * @param offsetSqUm2 squared lateral offset in µm²
     * @param sinSqTilt   sin² of the tilt angle
     */
    static double lossDb(double k0nSq, double w1Sq, double w2Sq, double offsetSqUm2, double sinSqTilt) {
        return mismatchDb(w1Sq, w2Sq) + misalignmentDb(k0nSq, w1Sq, w2Sq, offsetSqUm2, sinSqTilt);
    }

    /** The offset and tilt part: 4.343·[4d² + k0²n²w1²w2² sin²θ] / [2(w1²+w2²)]. */
    static double misalignmentDb(double k0nSq, double w1Sq, double w2Sq, double offsetSqUm2, double sinSqTilt) {
        return DB_PER_NEPER * (4 * offsetSqUm2 + k0nSq * w1Sq * w2Sq * sinSqTilt) / (2 * (w1Sq + w2Sq));
    }

    /**
     * −10·log10(4w1²w2²/(w1²+w2²)²) written as −10·log10(1 − q²), q = (w1²−w2²)/(w1²+w2²), which
     * keeps full relative accuracy for nearly equal fibres.
     */
    static double mismatchDb(double w1Sq, double w2Sq) {
        double q = (w1Sq - w2Sq) / (w1Sq + w2Sq);
        return -DB_PER_NEPER * Math.log1p(-q * q);
    }
}
