package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cablesim.optics.GammaSums;
import org.cablesim.optics.GaussianBeamMpoLoss;
import org.cablesim.stats.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain Monte Carlo against exact gamma sums; determinism across thread counts. */
class PlainMonteCarloTest {
    static final GammaDistribution STANDARD_MPO = RareEventEstimatorTest.STANDARD_MPO;
    /** Two-sided 99.9 % normal quantile. */
    static final double Z999 = 3.2905;

    /**
     * P(sum of N iid gamma &gt; b), one lane: the estimate lies within the 99.9 % band p ± 3.29·√(p(1−p)/n)
     * of the exact tail (false-failure rate 0.1 % per case).
     */
    @ParameterizedTest
    @CsvSource({"3, 2.0", "4, 2.75", "5, 2.75", "6, 2.75", "8, 3.5"})
    void matchesExactGammaTail(int n, double budget) {
        LinkClass c = Channels.independent("g" + n, n, STANDARD_MPO, 1, 0, budget);
        long trials = 1 << 18;
        PlainResult r = new PlainMonteCarlo(2).run(c, trials, 100 + n);
        double p = GammaSums.exactTail(n, STANDARD_MPO, budget);
        assertEquals(p, r.failProbability(), Z999 * Math.sqrt(p * (1 - p) / trials), () -> r + " exact " + p);
        assertTrue(r.ci95().low() <= r.failProbability() && r.failProbability() <= r.ci95().high());
    }

    /**
     * Margin statistics of one lane of 4 gamma pairs vs the exact Gamma(4k, θ): mean and the 5th and 50th
     * percentiles of the margin subsample (1/8 of 2^18 trials) within 4 standard errors plus the 0.0005 dB bin
     * resolution (false-failure rate ≈ 2e−4 in all).
     */
    @Test
    void marginStatisticsMatchExactGammaSum() {
        double budget = 2.75;
        LinkClass c = Channels.independent("m", 4, STANDARD_MPO, 1, 0, budget);
        PlainResult r = new PlainMonteCarlo(2).run(c, 1 << 18, 9);
        long n = r.margins().total();
        assertEquals((1 << 18) / 8, n);
        org.apache.commons.statistics.distribution.GammaDistribution sum = org.apache.commons.statistics.distribution.GammaDistribution.of(4 * STANDARD_MPO.shape(), STANDARD_MPO.scale());
        double sd = Math.sqrt(sum.getVariance());
        assertEquals(budget - sum.getMean(), r.meanMarginDb(), 4 * sd / Math.sqrt(n));
        for (double[] q : new double[][] {{0.5, r.marginP50Db()}, {0.05, r.marginP5Db()}}) {
            double x = sum.inverseCumulativeProbability(1 - q[0]);
            double se = Math.sqrt(q[0] * (1 - q[0]) / n) / sum.density(x);
            assertEquals(budget - x, q[1], 4 * se + MarginHistogram.BIN_DB / 2, "margin quantile " + q[0]);
        }
    }

    /** 1 vs 3 threads: bit-identical results, on a correlated physics model with several partial blocks. */
    @Test
    void resultsAreIdenticalForAnyThreadCount() {
        LinkClass c = Channels.of("gb", 4, GaussianBeamMpoLoss.singleMode1310().withFerruleOffset(0.6, 0), 12, 8, 0.1, 2.0);
        long trials = 5 * PlainMonteCarlo.BLOCK_TRIALS + 123;
        PlainResult one = new PlainMonteCarlo(1).run(c, trials, 77);
        PlainResult three = new PlainMonteCarlo(3).run(c, trials, 77);
        assertEquals(one, three);
        assertEquals(Double.doubleToRawLongBits(one.meanMarginDb()), Double.doubleToRawLongBits(three.meanMarginDb()));
        assertTrue(one.failures() > 0);
    }

    /** The same class under another seed draws differently (the seed is not ignored). */
    @Test
    void seedMatters() {
        LinkClass c = Channels.independent("g", 4, STANDARD_MPO, 8, 0, 2.75);
        assertTrue(new PlainMonteCarlo(1).run(c, 1 << 14, 1).meanMarginDb() != new PlainMonteCarlo(1).run(c, 1 << 14, 2).meanMarginDb());
    }

    /**
     * A margins-only run of a class (5 blocks and a partial one of 123 trials) next to a full run of another: the
     * same margins bit for bit as its full run, and trials and failures counting its subsample alone (5·512 + 123);
     * the other class's result is untouched.
     */
    @Test
    void marginsOnlyKeepsTheMarginsOfTheFullRun() {
        LinkClass c = Channels.independent("g", 4, STANDARD_MPO, 8, 0, 2.0);
        LinkClass other = Channels.independent("h", 3, STANDARD_MPO, 8, 0, 2.0);
        long trials = 5 * PlainMonteCarlo.BLOCK_TRIALS + 123;
        java.util.List<LinkClass> both = java.util.List.of(c, other);
        java.util.List<PlainResult> full = new PlainMonteCarlo(2).runAll(both, trials, 31);
        java.util.List<PlainResult> part = new PlainMonteCarlo(2).runAll(both, trials, 31, new boolean[] {true, false});
        PlainResult f = full.get(0);
        PlainResult m = part.get(0);
        long subsample = 5L * PlainMonteCarlo.MARGIN_TRIALS_PER_BLOCK + 123;
        assertEquals(subsample, m.trials());
        assertEquals(subsample, m.margins().total());
        assertEquals(f.margins(), m.margins());
        assertEquals(Double.doubleToRawLongBits(f.meanMarginDb()), Double.doubleToRawLongBits(m.meanMarginDb()));
        assertTrue(m.failures() > 0 && m.failures() < f.failures(), () -> m + " vs " + f);
        assertEquals(full.get(1), part.get(1));
    }
}
