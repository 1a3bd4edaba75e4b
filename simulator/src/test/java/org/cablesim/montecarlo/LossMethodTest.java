package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cablesim.optics.GammaSums;
import org.cablesim.scenario.LossMethod;
import org.junit.jupiter.api.Test;

/** The scenario's method choice forces or frees the engine, and the plain run's margins come back with it. */
class LossMethodTest {
    final LossEngine engine = new LossEngine(new LossEngineSettings(1 << 15, 0.10, 1 << 20, 2));

    @Test
    void plainIsForcedEvenWhereTheClosedFormExists() {
        LinkClass c = Channels.independent("g", 4, LossEngineTest.STANDARD_MPO, 8, 0.1, 2.0);
        ClassEstimate plain = engine.estimate(c, 3, LossMethod.PLAIN);
        assertEquals(LossEngine.PLAIN, plain.result().method());
        assertTrue(plain.probabilityFromPlainRun());
        assertEquals(1 << 15, plain.result().trials());
        assertEquals(1 << 15, plain.trialsSpent());
        // the plain run's estimate is the AUTO run's plain run: same draws, same failures
        PlainResult base = new PlainMonteCarlo(1).run(c, 1 << 15, 3);
        assertEquals(base.failProbability(), plain.result().failProbability(), 0);
        assertEquals(base.margins(), plain.margins());
        // margins from the first MARGIN_TRIALS_PER_BLOCK trials of each of the 8 blocks
        assertEquals(8 * PlainMonteCarlo.MARGIN_TRIALS_PER_BLOCK, plain.margins().total());
        ClassEstimate auto = engine.estimate(c, 3, LossMethod.AUTO);
        assertEquals(LossEngine.EXACT, auto.result().method());
        assertEquals(1 << 15, auto.trialsSpent());
    }

    @Test
    void rareEventSkipsThePreciseEnoughPlainRun() {
        // P(fail) ≈ 0.3: AUTO stops at the plain run; RARE_EVENT goes on to importance sampling
        LinkClass c = Channels.independent("ln", 4, LossEngineTest.GRADE_C, 8, 0.1, 1.5);
        assertEquals(LossEngine.PLAIN, engine.estimate(c, 1, LossMethod.AUTO).result().method());
        ClassEstimate rare = engine.estimate(c, 1, LossMethod.RARE_EVENT);
        assertEquals(LossEngine.IMPORTANCE_SAMPLING, rare.result().method());
        assertTrue(!rare.probabilityFromPlainRun());
        assertEquals((1 << 15) + rare.result().trials(), rare.trialsSpent());
    }

    @Test
    void rareEventTakesTheClosedFormWhereItExists() {
        LinkClass c = Channels.independent("g", 2, LossEngineTest.STANDARD_MPO, 1, 0, 2.75);
        ClassEstimate r = engine.estimate(c, 1, LossMethod.RARE_EVENT);
        assertEquals(LossEngine.EXACT, r.result().method());
        assertEquals(GammaSums.exactTail(2, LossEngineTest.STANDARD_MPO, 2.75), r.result().failProbability(), 0);
    }
}
