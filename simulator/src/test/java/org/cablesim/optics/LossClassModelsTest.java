package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LossClass;
import org.cablesim.stats.Family;
import org.cablesim.io.CatalogReader;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.junit.jupiter.api.Test;

/** Catalog loss classes become the engine's models. */
class LossClassModelsTest {
    static final Catalog CATALOG = CatalogReader.builtIn();
    static final FibreType OS2 = CATALOG.fibre("OS2");

    @Test
    void explicitGammaParametersUseTheCatalogSpelling() {
        // grade-B: {shape: 4.28, scale: 0.028} ("scale" is read as scaleDb); mean 0.1198 and p97 0.2497 within 1 %
        assertEquals(new IndependentPositions(new GammaDistribution(4.28, 0.028)), LossClassModels.of(CATALOG.lossClass("grade-B"), OS2));
        assertEquals(new IndependentPositions(new GammaDistribution(4.93, 0.051)), LossClassModels.of(CATALOG.lossClass("grade-C"), OS2));
    }

    @Test
    void classesWithoutParametersAreCalibratedAtTheirPercentile() {
        assertEquals(new IndependentPositions(LossCalibration.gamma(0.35, 0.97, 0.75)),
                LossClassModels.of(CATALOG.lossClass("mpo-standard"), OS2));
        LossClass p90 = new LossClass("x", 0.3, 0.5, 90, Family.LOGNORMAL, Map.of(), "test");
        MatedPairLossModel m = LossClassModels.of(p90, OS2);
        LognormalDistribution ln = (LognormalDistribution) ((IndependentPositions) m).perPosition();
        assertEquals(0.3, ln.mean(), 1e-12);
        assertEquals(0.5, ln.quantile(0.90), 1e-12);
    }

    @Test
    void parametersThatContradictTheStatedMaximumAreRefused() {
        LossClass bad = new LossClass("bad", 0.12, 0.40, 97, Family.GAMMA, Map.of("shape", 4.28, "scale", 0.028), "test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LossClassModels.of(bad, OS2));
        assertTrue(e.getMessage().startsWith("loss class bad: maxDb"), e.getMessage());
    }

    @Test
    void ricianClassesDriveTheGaussianBeamModel() {
        LossClass fitted = new LossClass("r", 0.2, 0.4, 97, Family.RICIAN, Map.of(), "test");
        GaussianBeamMpoLoss g = (GaussianBeamMpoLoss) LossClassModels.of(fitted, OS2);
        assertEquals(0.2, g.meanAtPosition(0, 12), 1e-12);
        assertEquals(9.2, g.mfd1Um(), 0);
        LossClass explicit = new LossClass("r2", 0.16, 0.5, 97, Family.RICIAN, Map.of("ferruleOffsetSdUm", 0.6), "test");
        GaussianBeamMpoLoss h = (GaussianBeamMpoLoss) LossClassModels.of(explicit, OS2);
        assertEquals(0.6, h.ferruleOffsetSdUm(), 0);
        assertEquals(GaussianBeamMpoLoss.singleMode1310().rotationSdRad(), h.rotationSdRad(), 0);
        LossClass unknown = new LossClass("r3", 0.16, 0.5, 97, Family.RICIAN, Map.of("spin", 1.0), "test");
        assertThrows(IllegalArgumentException.class, () -> LossClassModels.of(unknown, OS2));
        assertThrows(IllegalArgumentException.class, () -> LossClassModels.of(fitted, CATALOG.fibre("OM4")));
    }
}
