package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cablesim.optics.GammaSums;
import org.cablesim.optics.LossCalibration;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.LognormalDistribution;
import org.junit.jupiter.api.Test;

/** Method choice per class. */
class LossEngineTest {
    static final GammaDistribution STANDARD_MPO = RareEventEstimatorTest.STANDARD_MPO;
    static final LognormalDistribution GRADE_C = LossCalibration.lognormal(0.25, LossCalibration.P97, 0.50);
    final LossEngine engine = new LossEngine(new LossEngineSettings(1 << 15, 0.10, 1 << 20, 2));

    @Test
    void gammaClassesAreExact() {
        LinkClass c = Channels.independent("g", 4, STANDARD_MPO, 1, 0, 2.75);
        ClassLossResult r = engine.estimate(c, 1);
        assertEquals(LossEngine.EXACT, r.method());
        assertEquals(GammaSums.exactTail(4, STANDARD_MPO, 2.75), r.failProbability(), 0);
        assertTrue(r.meanMarginDb() > 0 && r.marginP1Db() < r.marginP5Db() && r.marginP5Db() < r.marginP50Db());
    }

    @Test
    void frequentFailuresArePlain() {
        LinkClass c = Channels.independent("ln", 4, GRADE_C, 8, 0.1, 1.5);
        ClassLossResult r = engine.estimate(c, 1);
        assertEquals(LossEngine.PLAIN, r.method());
        assertTrue(r.relativeHalfWidth() <= 0.10);
    }

    @Test
    void rareFailuresUseImportanceSampling() {
        LinkClass c = Channels.independent("ln", 4, GRADE_C, 8, 0.1, 3.0);
        ClassLossResult r = engine.estimate(c, 1);
        assertEquals(LossEngine.IMPORTANCE_SAMPLING, r.method());
        assertTrue(r.relativeHalfWidth() <= 0.10, () -> r.toString());
        assertTrue(r.failProbability() > 1e-9 && r.failProbability() < 1e-4, () -> r.toString());
    }

    @Test
    void estimateAllKeepsOrderAndIsThreadInvariant() {
        List<LinkClass> classes = List.of(Channels.independent("a", 4, GRADE_C, 8, 0.1, 2.4),
                Channels.independent("b", 3, STANDARD_MPO, 8, 0.1, 2.0));
        List<ClassLossResult> one = new LossEngine(new LossEngineSettings(1 << 15, 0.10, 1 << 20, 1)).estimateAll(classes, 9);
        List<ClassLossResult> two = engine.estimateAll(classes, 9);
        assertEquals(one, two);
        assertEquals(List.of("a", "b"), one.stream().map(ClassLossResult::classId).toList());
    }
}
