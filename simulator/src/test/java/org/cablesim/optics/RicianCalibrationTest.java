package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The common-offset ("rician") fit against the scipy noncentral χ² reference of references.json. */
class RicianCalibrationTest {
    private static final double DB = 10 / Math.log(10);

    /** The reference's quantiles of the lane loss are K·σ²·q(λ, p) with q the noncentral χ²(2, λ) quantile. */
    @Test
    void noncentralChiSquareQuantilesMatchScipy() {
        JsonNode r = References.root().get("physics").get("rician");
        double mu = r.get("offsetMeanUm").asDouble();
        double sigma = r.get("offsetSdUm").asDouble();
        double w = r.get("mfdUm").asDouble() / 2;
        double k = DB / (w * w);
        for (JsonNode q : r.get("quantiles")) {
            double lossDb = k * sigma * sigma * RicianCalibration.quantile(mu * mu / (sigma * sigma), q.get(0).asDouble());
            assertTrue(References.relativeError(lossDb, q.get(1).asDouble()) <= 1e-9, () -> "p" + q.get(0) + ": " + lossDb);
        }
        // λ = 0 is the exponential law of χ²(2): P(X > x) = exp(−x/2)
        assertEquals(Math.exp(-1.5), RicianCalibration.survival(0, 3), 1e-15);
        assertEquals(-2 * Math.log(0.03), RicianCalibration.quantile(0, 0.97), 1e-12);
    }

    /** Fitting the reference's mean and p97 recovers its offsets: μ = 0.6 µm, σ = 0.4 µm. */
    @Test
    void fitRecoversTheOffsetsOfTheReference() {
        JsonNode r = References.root().get("physics").get("rician");
        double mean = r.get("mean").asDouble();
        double p97 = r.get("quantiles").get(2).get(1).asDouble();
        GaussianBeamMpoLoss fit = RicianCalibration.fit(mean, 0.97, p97, 1310, r.get("mfdUm").asDouble());
        assertEquals(0.6, fit.ferruleOffsetMeanUm(), 1e-6);
        assertEquals(0.4, fit.ferruleOffsetSdUm(), 1e-6);
        assertEquals(0, fit.rotationSdRad() + fit.holeErrorSdUm() + fit.tiltSdRad() + fit.mfdSdUm(), 0);
        assertEquals(mean, fit.meanAtPosition(0, 12), 1e-12 * mean);
        assertEquals(mean, fit.meanAtPosition(11, 12), 1e-12 * mean);
    }

    /** An IEC grade B (mean 0.12, p97 0.25 dB) is reachable; a ratio beyond the exponential's 3.51 is not. */
    @Test
    void gradesAreReachableAndHeavyTailsAreRefused() {
        GaussianBeamMpoLoss b = RicianCalibration.fit(0.12, 0.97, 0.25, 1310, 9.2);
        assertEquals(0.12, b.meanAtPosition(3, 12), 1e-12);
        double lambda = Math.pow(b.ferruleOffsetMeanUm() / b.ferruleOffsetSdUm(), 2);
        assertEquals(0.25 / 0.12, RicianCalibration.quantile(lambda, 0.97) / (2 + lambda), 1e-9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RicianCalibration.fit(0.1, 0.97, 0.4, 1310, 9.2));
        assertTrue(e.getMessage().contains("rician cannot reach"), e.getMessage());
    }
}
