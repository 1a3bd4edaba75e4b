package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.optics.GammaSums;
import org.cablesim.optics.LossCalibration;
import org.cablesim.random.RandomStreams;
import org.cablesim.stats.GammaDistribution;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.LognormalDistribution;
import org.cablesim.stats.WeibullDistribution;
import org.cablesim.random.ReseedableStream;
import org.cablesim.random.StreamKey;
import org.cablesim.stats.Sampler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The trial generator: the pass bound decides exactly as the losses do; the engine's own samplers draw their laws. */
class ChannelTrialsTest {
    static final LognormalDistribution GRADE_C = LossCalibration.lognormal(0.25, LossCalibration.P97, 0.50);
    static final WeibullDistribution GRADE_C_WEIBULL = LossCalibration.weibull(0.25, LossCalibration.P97, 0.50);
    /** Two-sided 99.9 % normal quantile. */
    static final double Z999 = 3.2905;

    /** How trials are drawn and read. */
    private enum Mode { LOSSES, DECISIONS, MARGINS }

    /** Per trial of three blocks of one class: the worst lane's loss, or 1/0 for fail/pass in DECISIONS mode. */
    private static List<Double> outcomes(LinkClass c, Mode mode) {
        ChannelTrials t = new ChannelTrials(c, RandomStreams.of(3));
        List<Double> out = new ArrayList<>();
        for (long block = 0; block < 3; block++) {
            t.startBlock(block);
            for (int start = 0; start < PlainMonteCarlo.BLOCK_TRIALS; start += ChannelTrials.BATCH) {
                switch (mode) {
                    case LOSSES -> t.drawLosses(ChannelTrials.BATCH);
                    case DECISIONS -> t.drawDecisions(ChannelTrials.BATCH);
                    default -> t.drawMargins(ChannelTrials.BATCH);
                }
                for (int i = 0; i < ChannelTrials.BATCH; i++) {
                    out.add(mode == Mode.DECISIONS ? (t.fails(i) ? 1.0 : 0.0) : t.worstLaneLossDb(i));
                }
            }
        }
        return out;
    }

    /**
     * Lognormal or Weibull pairs, 8 lanes: 12 pairs against a budget close to their mean sum (the bound rarely passes
     * a lane), or 4 pairs with room (it passes most lanes). Many trials fail, the bounds decide every trial as the
     * losses do, and the worst lane found through the bounds is the worst lane of the losses.
     */
    @ParameterizedTest
    @CsvSource({"lognormal, 12, 3.4", "lognormal, 4, 1.6", "weibull, 12, 3.4", "weibull, 4, 1.3"})
    void passBoundDecidesExactlyAsTheLosses(String family, int pairs, double budgetDb) {
        Distribution d = family.equals("weibull") ? GRADE_C_WEIBULL : GRADE_C;
        LinkClass c = Channels.independent(family, pairs, d, 8, 0.05, budgetDb);
        List<Double> worst = outcomes(c, Mode.LOSSES);
        List<Double> fails = worst.stream().map(w -> w > budgetDb ? 1.0 : 0.0).toList();
        long failures = fails.stream().filter(f -> f > 0).count();
        assertTrue(failures > 100 && failures < fails.size() - 100, "failures " + failures);
        assertEquals(fails, outcomes(c, Mode.DECISIONS));
        // the worst lane from bounds and the lanes that can be worst is the worst lane of all losses, bit for bit
        assertEquals(worst, outcomes(c, Mode.MARGINS));
    }

    /**
     * Lognormal draws by inversion: P(X &gt; b) for one pair and one lane against the lognormal's exact survival,
     * within the 99.9 % binomial band (false-failure rate 0.1 % per case).
     */
    @ParameterizedTest
    @CsvSource({"0.25", "0.5", "0.8"})
    void lognormalTailMatchesTheLaw(double budgetDb) {
        LinkClass c = Channels.independent("ln1", 1, GRADE_C, 1, 0, budgetDb);
        long trials = 1 << 20;
        PlainResult r = new PlainMonteCarlo(2).run(c, trials, 17);
        double p = GRADE_C.survival(budgetDb);
        assertEquals(p, r.failProbability(), Z999 * Math.sqrt(p * (1 - p) / trials), () -> r + " exact " + p);
    }

    /**
     * Gamma shape below 1 (Marsaglia–Tsang with the U^(1/k) boost): the tail of a sum of 3 against the exact gamma
     * tail, within the 99.9 % band.
     */
    @Test
    void gammaBelowShapeOneMatchesTheExactSum() {
        GammaDistribution g = new GammaDistribution(0.6, 0.2);
        LinkClass c = Channels.independent("g06", 3, g, 1, 0, 0.8);
        long trials = 1 << 19;
        PlainResult r = new PlainMonteCarlo(2).run(c, trials, 23);
        double p = GammaSums.exactTail(3, g, 0.8);
        assertEquals(p, r.failProbability(), Z999 * Math.sqrt(p * (1 - p) / trials), () -> r + " exact " + p);
    }

    /** The Weibull draws are the distribution's own sampler's, draw for draw, bit for bit, across batches. */
    @Test
    void weibullDrawsAreTheSamplersValues() {
        StreamKey key = RandomStreams.of(5).key(ChannelTrials.PURPOSE, "w");
        int lanes = 3;
        WeibullDraws draws = new WeibullDraws(GRADE_C_WEIBULL, lanes);
        draws.startBlock(key, 7);
        Sampler sampler = GRADE_C_WEIBULL.sampler(new ReseedableStream(key, 7));
        for (int batch = 0; batch < 4; batch++) {
            double[] loss = new double[ChannelTrials.BATCH * lanes];
            draws.add(loss, ChannelTrials.BATCH);
            for (double x : loss) {
                assertEquals(Double.doubleToRawLongBits(sampler.sample()), Double.doubleToRawLongBits(x));
            }
        }
    }
}
