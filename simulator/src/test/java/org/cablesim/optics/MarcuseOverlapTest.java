package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The deterministic Gaussian-beam overlap formula (Marcuse, Bell Syst. Tech. J. 56, 1977). */
class MarcuseOverlapTest {
    private static final double N = GaussianBeamMpoLoss.SILICA_INDEX;

    @Test
    void matchesMpmathEvaluationsOfTheGeneralFormula() {
        for (JsonNode r : References.root().get("physics").get("deterministic")) {
            double loss = MarcuseOverlap.lossDb(r.get("wavelengthNm").asDouble(), r.get("refractiveIndex").asDouble(),
                    r.get("mfd1Um").asDouble(), r.get("mfd2Um").asDouble(), r.get("offsetUm").asDouble(), r.get("tiltRad").asDouble());
            assertTrue(References.relativeError(loss, r.get("lossDb").asDouble()) <= 1e-12, r + " gave " + loss);
        }
    }

    @Test
    void oneAndTwoMicronOffsetsCostDomainsFigures() {
        assertEquals(0.205, Math.round(MarcuseOverlap.lossDb(1310, N, 9.2, 9.2, 1, 0) * 1000) / 1000.0);
        assertEquals(0.82, Math.round(MarcuseOverlap.lossDb(1310, N, 9.2, 9.2, 2, 0) * 100) / 100.0);
    }

    @Test
    void reducesToTheOffsetTiltAndMismatchFormulas() {
        double w = 4.6;
        double db = 10 / Math.log(10);
        assertEquals(db * (1.7 / w) * (1.7 / w), MarcuseOverlap.lossDb(1310, N, 9.2, 9.2, 1.7, 0), 1e-15);
        double theta = Math.toRadians(0.4);
        double tilt = Math.PI * N * w * Math.sin(theta) / 1.310;
        assertEquals(db * tilt * tilt, MarcuseOverlap.lossDb(1310, N, 9.2, 9.2, 0, theta), 1e-14);
        double w1 = 4.5;
        double w2 = 4.9;
        assertEquals(-20 * Math.log10(2 * w1 * w2 / (w1 * w1 + w2 * w2)), MarcuseOverlap.lossDb(1310, N, 9.0, 9.8, 0, 0), 1e-15);
        assertEquals(0.0, MarcuseOverlap.lossDb(1310, N, 9.2, 9.2, 0, 0));
    }

    @Test
    void rejectsNonPhysicalInputs() {
        assertThrows(IllegalArgumentException.class, () -> MarcuseOverlap.lossDb(0, N, 9.2, 9.2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> MarcuseOverlap.lossDb(1310, 0.9, 9.2, 9.2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> MarcuseOverlap.lossDb(1310, N, -9.2, 9.2, 0, 0));
    }
}
